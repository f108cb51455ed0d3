package io.github.undebate.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A cue finds what repeated find() calls find, trying the pattern only at its openings. */
class CueTest {
  private static final Pattern AS_POST =
      Pattern.compile("\\b[Aa]s (?:the )?(\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*){0,3})\\b");

  @Test
  void findsTheMatchesFindWouldFindInOrder() {
    String speech =
        "Has the time come? As President of my country, I say yes. It inspires me now as Prime"
            + " Minister.";
    Cue cue = new Cue(AS_POST, speech, "As ", "as ");
    Matcher plain = AS_POST.matcher(speech);
    int from = 0;
    while (plain.find()) {
      int at = cue.find(from);
      assertThat(at).isEqualTo(plain.start());
      assertThat(cue.matcher().group(1)).isEqualTo(plain.group(1));
      from = cue.matcher().end();
    }
    assertThat(cue.find(from)).isEqualTo(-1);
  }

  @Test
  void aCueAtWordStartsFindsTheSameOnRandomText() {
    Pattern firstPerson = Pattern.compile("\\b(I|me|my)\\b");
    long seed = new java.util.Random().nextLong();
    java.util.Random random = new java.util.Random(seed);
    String[] pieces = {"I", "me", "my", "some", "_", "é", " ", ".", "Im", "a", "\u0301", "9"};
    for (int i = 0; i < 5_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(10); k > 0; k--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      for (Cue cue :
          List.of(
              Cue.atWordStart(firstPerson, text, "I", "me", "my"),
              Cue.atWholeWords(firstPerson, text, "I", "me", "my"))) {
        Matcher plain = firstPerson.matcher(text);
        int from = 0;
        while (plain.find()) {
          assertThat(cue.find(from)).as("seed %d: \"%s\"", seed, text).isEqualTo(plain.start());
          from = cue.matcher().end();
        }
        assertThat(cue.find(from)).as("seed %d: \"%s\"", seed, text).isEqualTo(-1);
      }
    }
  }

  @Test
  void aCueAtWholeWordsFindsWhatFindFindsInTheTestCorpus() throws IOException {
    Pattern firstPerson = Pattern.compile("\\b(I|me|my)\\b");
    int found = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(p);
        Cue cue = Cue.atWholeWords(firstPerson, text, "I", "me", "my");
        Matcher plain = firstPerson.matcher(text);
        int from = 0;
        while (plain.find()) {
          assertThat(cue.find(from)).as(p.toString()).isEqualTo(plain.start());
          from = cue.matcher().end();
          found++;
        }
        assertThat(cue.find(from)).as(p.toString()).isEqualTo(-1);
      }
    }
    assertThat(found).isGreaterThan(100);
    assertThatThrownBy(() -> Cue.atWholeWords(firstPerson, "", "m", "me"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
