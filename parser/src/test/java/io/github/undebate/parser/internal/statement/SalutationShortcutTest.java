package io.github.undebate.parser.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.common.ResourceTable;
import io.github.undebate.parser.internal.text.Whitespace;
import io.github.undebate.parser.internal.text.WordCount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Formulas#isSalutation} reads the segments of an address in place; it says what splitting
 * the text on commas and semicolons and stripping each segment says, on every line and paragraph of
 * the test corpus and on random short addresses.
 */
class SalutationShortcutTest {
  private static final Set<String> HEADS =
      Set.copyOf(ResourceTable.lowerCasePhrases(Formulas.class, "salutations.txt"));

  /** The straightforward way: a split, a strip and a lower-cased first word per segment. */
  private static boolean splitAndStripped(String paragraph) {
    String t = paragraph.strip();
    if (t.isEmpty() || ",:!".indexOf(t.charAt(t.length() - 1)) < 0 || WordCount.of(t) > 30) {
      return false;
    }
    for (String segment : Pattern.compile("[,;]").split(t.substring(0, t.length() - 1))) {
      String s = segment.strip();
      if (s.isEmpty()) {
        continue;
      }
      int end = 0;
      while (end < s.length() && !Whitespace.isSpace(s.charAt(end))) {
        end++;
      }
      if (!HEADS.contains(s.substring(0, end).toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  @Test
  void readInPlaceItSaysWhatTheSplitSays() throws IOException {
    List<String> texts =
        new ArrayList<>(
            List.of(
                "Distinguished Mr. President,",
                "Mr. President, Your Excellencies; Ladies and gentlemen:",
                " ,",
                ",",
                "Excellencies,, ;Friends!",
                "Excellencies,\u2003Friends,",
                "Mr. President, the Council,"));
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        StringBuilder run = new StringBuilder();
        for (String line : Files.readString(p).lines().toList()) {
          texts.add(line);
          if (line.isBlank()) {
            texts.add(run.toString());
            run.setLength(0);
          } else {
            run.append(run.length() == 0 ? "" : " ").append(line);
          }
        }
      }
    }
    Random random = new Random(15);
    String[] words = {"Mr.", "President", "Excellencies", "dear", "friends", "the", "Ladies"};
    String punctuation = ",;:! \u00a0\t";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(8); k > 0; k--) {
        sb.append(words[random.nextInt(words.length)]);
        sb.append(punctuation.charAt(random.nextInt(punctuation.length())));
      }
      texts.add(sb.toString());
    }
    int salutations = 0;
    for (String text : texts) {
      boolean expected = splitAndStripped(text);
      assertThat(Formulas.isSalutation(text)).as(text).isEqualTo(expected);
      salutations += expected ? 1 : 0;
    }
    assertThat(salutations).isGreaterThan(1_000);
  }
}
