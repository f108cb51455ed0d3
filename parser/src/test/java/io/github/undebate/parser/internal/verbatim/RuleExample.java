package io.github.undebate.parser.internal.verbatim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One example of a file in {@code src/test/resources/verbatim/rules}: a few lines of record text,
 * the rule they show and what the reader makes of them. An example reads
 *
 * <pre>
 * === SpeakerLabelRule: what the example shows (where the lines come from)
 * the record's lines, as printed
 * ---
 * what the reader makes of them
 * </pre>
 *
 * <p>Lines starting with {@code #} before the first example are the file's comments.
 *
 * @param file the file's name
 * @param number the example's number in the file, from 1
 * @param rule the simple name of the rule's class
 * @param title what the example shows
 * @param input the record's lines
 * @param expected what the reader makes of them, one line each
 */
record RuleExample(
    String file, int number, String rule, String title, String input, String expected) {
  static final Path DIRECTORY = Path.of("src/test/resources/verbatim/rules");

  /** The examples of one file, in order. */
  static List<RuleExample> read(String file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(DIRECTORY.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<RuleExample> examples = new ArrayList<>();
    int k = 0;
    while (k < lines.size() && !lines.get(k).startsWith("=== ")) {
      k++;
    }
    while (k < lines.size()) {
      String head = lines.get(k++).substring(4);
      int colon = head.indexOf(':');
      if (colon < 0) {
        throw new IllegalStateException(
            file + ": an example's head needs \"Rule: title\": " + head);
      }
      List<String> input = new ArrayList<>();
      while (k < lines.size() && !lines.get(k).equals("---")) {
        input.add(lines.get(k++));
      }
      if (k == lines.size()) {
        throw new IllegalStateException(file + ": example \"" + head + "\" has no --- line");
      }
      k++;
      List<String> expected = new ArrayList<>();
      while (k < lines.size() && !lines.get(k).startsWith("=== ")) {
        expected.add(lines.get(k++));
      }
      while (!expected.isEmpty() && expected.get(expected.size() - 1).isBlank()) {
        expected.remove(expected.size() - 1);
      }
      examples.add(
          new RuleExample(
              file,
              examples.size() + 1,
              head.substring(0, colon).strip(),
              head.substring(colon + 1).strip(),
              String.join("\n", input),
              String.join("\n", expected)));
    }
    return examples;
  }

  @Override
  public String toString() {
    return file + " example " + number + " (" + rule + "): " + title;
  }
}
