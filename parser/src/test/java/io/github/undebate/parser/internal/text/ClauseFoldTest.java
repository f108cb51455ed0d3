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
  void arabicIsFoldedWithoutItsVowelMarksAndTatweelAndWithBareAlef() {
    // Kuwait's 2024 statement (pdf/delivered-2024/gadebate2024_kw_ar.pdf) stretches "الكـويت" and
    // vocalises its words; the table writes them bare
    assertThat(ClauseFold.fold("دولة الكـويتُ")).isEqualTo("دولة الكويت");
    assertThat(ClauseFold.fold("إن العراقَ")).isEqualTo("ان العراق");
    ClauseFold fold = new ClauseFold();
    ClauseFold.Openings openings = ClauseFold.Openings.of(List.of(ClauseFold.fold("يسعى")));
    assertThat(fold.mayOpen(" يَسعى إلى", 0, 10, openings)).isTrue();
    // where folding drops characters in the last words, the comparison in place says it may
    ClauseFold.Closings closings =
        ClauseFold.Closings.of(List.of(ClauseFold.fold("باسم حكومة")), List.of());
    assertThat(fold.mayClose("باسمِ حكومةِ ", 0, 13, closings)).isTrue();
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

  private static final List<String> BEFORE =
      List.of("on behalf of", "my country,", "my country, the", "au nom de", "we in");
  private static final List<String> ARTICLES = List.of("the", "la", "le", "el", "o", "a");
  private static final ClauseFold.Closings CLOSINGS = ClauseFold.Closings.of(BEFORE, ARTICLES);

  @Test
  void aClauseMayEndWithAPhraseOnlyWhereItsLastWordDoes() {
    ClauseFold fold = new ClauseFold();
    assertThat(fold.mayClose("speaking on behalf of Ghana", 0, 22, CLOSINGS)).isTrue();
    assertThat(fold.mayClose("ON BEHALF OF THE\n Sudan", 0, 18, CLOSINGS))
        .as("before an article alone")
        .isTrue();
    assertThat(fold.mayClose("au nom de l\u2019Algérie", 0, 12, CLOSINGS))
        .as("before an elided article")
        .isTrue();
    assertThat(fold.mayClose("au nom de (l'Algérie", 0, 13, CLOSINGS)).isFalse();
    assertThat(fold.mayClose("we in (la Sudan", 0, 9, CLOSINGS))
        .as("an article inside a word after a bracket")
        .isFalse();
    assertThat(fold.mayClose("Brazil, and Ghana", 0, 12, CLOSINGS)).isFalse();
    assertThat(fold.mayClose("in the Sudan", 0, 7, CLOSINGS))
        .as("\"in\" ends \"we in\" as far as its word goes")
        .isTrue();
    assertThat(fold.mayClose("the Sudan", 0, 4, CLOSINGS)).as("an article alone").isFalse();
    assertThat(fold.mayClose("  Ghana", 0, 2, CLOSINGS)).as("nothing before the name").isFalse();
  }

  @Test
  void whereAPhraseEndsTheFoldedClauseTheTestSaysItMay() throws IOException {
    ClauseFold fold = new ClauseFold();
    int closed = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(p);
        // every place before a capitalised word, as a name may start there
        for (int at = 1; at < text.length(); at++) {
          if (!Character.isUpperCase(text.charAt(at)) || Character.isLetter(text.charAt(at - 1))) {
            continue;
          }
          int from = Math.max(0, at - 120);
          String clause = withoutArticle(fold.fold(text, from, at));
          boolean ends = false;
          for (String phrase : BEFORE) {
            ends |= endsWithWords(clause, phrase);
          }
          if (ends) {
            closed++;
            assertThat(fold.mayClose(text, from, at, CLOSINGS)).as(p + " at " + at).isTrue();
          }
        }
      }
    }
    assertThat(closed).as("clauses the phrases end").isGreaterThan(20);
  }

  /** The rule of the self-references: a closing article (or elided "l'") does not count. */
  private static String withoutArticle(String before) {
    String b = before.stripTrailing();
    for (String the : ARTICLES) {
      if (endsWithWords(b, the)) {
        return b.substring(0, b.length() - the.length()).stripTrailing();
      }
    }
    return before.endsWith("l'") ? before.substring(0, before.length() - 2) : b;
  }

  private static boolean endsWithWords(String text, String phrase) {
    String t = text.stripTrailing();
    int at = t.length() - phrase.length();
    return t.endsWith(phrase) && (at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1)));
  }

  @Test
  void aPhraseThatOpensWithWhiteSpaceIsRefused() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> ClauseFold.Openings.of(List.of(" has")));
  }
}
