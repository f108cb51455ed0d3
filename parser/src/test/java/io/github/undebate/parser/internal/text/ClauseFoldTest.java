package io.github.undebate.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fold a statement's self-references compare clauses in, and the test that spares folding a
 * clause no phrase can open: it may say yes wrongly, never no wrongly.
 */
class ClauseFoldTest {
  private static final ClauseFold.Openings OPENINGS =
      ClauseFold.Openings.of(
          List.of(", which i represent", "has", "reiterates", "continues to", "considered"));

  @Test
  void foldsCaseSpaceAndApostrophesAndKeepsLineBreaks() {
    ClauseFold fold = new ClauseFold();
    String text = "said: My\u00a0 Country,\n  the Côte d\u2019Ivoire\t\tDELEGATION ";
    assertThat(fold.fold(text, 6, text.length()))
        .isEqualTo("my country,\n the côte d'ivoire delegation ");
    assertThat(ClauseFold.fold("On Behalf  OF")).isEqualTo("on behalf of");
    assertThat(fold.fold(text, 3, 3)).isEmpty();
  }

  @Test
  void aBufferTooSmallForTheWindowGrows() {
    String text = "X".repeat(1000);
    assertThat(new ClauseFold().fold(text, 0, 1000)).isEqualTo("x".repeat(1000));
  }

  @Test
  void aClauseOpensWithAPhraseOnlyWhereItsFirstCharactersAgree() {
    ClauseFold fold = new ClauseFold();
    String text = "Ghana, which I represent; Ghana  Has; Ghana and Togo; Ghana\n\n Continues to";
    assertThat(fold.mayOpen(text, 5, text.length(), OPENINGS)).isTrue();
    assertThat(fold.mayOpen(text, 31, text.length(), OPENINGS)).as("after white space").isTrue();
    assertThat(fold.mayOpen(text, 43, text.length(), OPENINGS)).as("\" and Togo\"").isFalse();
    assertThat(fold.mayOpen(text, 59, text.length(), OPENINGS)).as("after line breaks").isTrue();
    assertThat(fold.mayOpen(text, text.length(), text.length(), OPENINGS))
        .as("nothing after the name: no saying")
        .isTrue();
    assertThat(fold.mayOpen("Ghana has", 5, 7, OPENINGS))
        .as("a window cut short agrees as far as it goes")
        .isTrue();
  }

  @Test
  void whereAPhraseOpensTheFoldedClauseTheTestSaysItMay() throws IOException {
    ClauseFold fold = new ClauseFold();
    int opened = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(p);
        // every place after a word, as a name may end there
        for (int at = 1; at < text.length(); at++) {
          if (!Character.isLetter(text.charAt(at - 1)) || Character.isLetter(text.charAt(at))) {
            continue;
          }
          int to = Math.min(text.length(), at + 120);
          String clause = fold.fold(text, at, to).stripLeading();
          boolean opens = false;
          for (String phrase : List.of(", which i represent", "has", "reiterates", "considered")) {
            opens |= clause.startsWith(phrase);
          }
          if (opens) {
            opened++;
            assertThat(fold.mayOpen(text, at, to, OPENINGS)).as(p + " at " + at).isTrue();
          }
        }
      }
    }
    assertThat(opened).as("clauses the phrases open").isGreaterThan(100);
  }

  @Test
  void aPhraseThatOpensWithWhiteSpaceIsRefused() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> ClauseFold.Openings.of(List.of(" has")));
  }
}
