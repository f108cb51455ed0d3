package io.github.undebate.examples;

import io.github.undebate.core.Debate;
import io.github.undebate.formats.DebateJson;
import io.github.undebate.parser.DebateParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Parses every {@code .txt} file in a folder and its sub-folders in parallel, and writes one line
 * of JSON per record (JSON Lines) into a file, in the order of the file names. For whole corpora,
 * with a progress bar and per-file failures, use {@code ./undebate parse --format jsonl} instead.
 *
 * <pre>
 * ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.undebate.examples.ParseFolder \
 *     -Dexec.args="examples/src/main/resources/io/github/undebate/examples target/records.jsonl"
 * </pre>
 */
public final class ParseFolder {
  private ParseFolder() {}

  /**
   * Runs the example.
   *
   * @param args the folder to read and the JSON Lines file to write
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ParseFolder FOLDER OUTPUT.jsonl");
    }
    Path folder = Path.of(args[0]);
    Path output = Path.of(args[1]).toAbsolutePath();
    Files.createDirectories(output.getParent());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }

    // One parser for all threads: it is immutable and thread-safe.
    DebateParser parser = DebateParser.create();
    DebateJson jsonLine = DebateJson.builder().pretty(false).build();
    try (PrintWriter out =
        new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
      files.parallelStream()
          .map(file -> jsonLine.write(parse(parser, file)))
          .forEachOrdered(out::println); // parsed in parallel, written in file order
    }
    System.out.println("wrote " + files.size() + " records to " + output);
  }

  private static Debate parse(DebateParser parser, Path file) {
    try {
      return parser.parse(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
