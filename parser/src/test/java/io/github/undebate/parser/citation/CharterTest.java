package io.github.undebate.parser.citation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Body;
import org.junit.jupiter.api.Test;

/** Articles and Chapters of the Charter, and articles of other instruments, from the corpus. */
class CharterTest {

  @Test
  void articlesOfTheCharter() {
    assertThat(
            Citations.in(
                "the right to collective self-defense enshrined in Article 51 of the UN Charter,"
                    + " form the basis of the CSTO"))
        .containsExactly("charter_article Charter, Article 51");
    assertThat(
            Citations.in(
                "the delegation of the Philippines raised a violent objection to Article 27 of the"
                    + " Charter."))
        .containsExactly("charter_article Charter, Article 27");
    assertThat(
            Citations.in(
                "on the basis of Article 51 of the Charter of the United Nations. I am certain"))
        .containsExactly("charter_article Charter, Article 51");
  }

  @Test
  void aParagraphFoldsIntoItsArticle() {
    assertThat(
            Citations.in(
                "And clear rules governing the use of force, as set out in Article 2, paragraph 4,"
                    + " and Chapter VII of the Charter."))
        .containsExactly(
            "charter_article Charter, Article 2", "charter_chapter Charter, Chapter VII");
    assertThat(
            Citations.texts(
                "Moreover, Article 109, paragraph 2, says clearly that the Charter adopted at San"
                    + " Francisco may not be revised",
                null))
        .containsExactly("Article 109, paragraph 2");
    assertThat(
            Citations.in(
                "the threat or use of force, as prohibited by Article 2, paragraph 4, of the Charter"
                    + " of the United Nations, and article 2(4) of the Charter"))
        .containsExactly(
            "charter_article Charter, Article 2", "charter_article Charter, Article 2");
    assertThat(Citations.in("The purpose set out in Article 2.1 is clear."))
        .containsExactly("charter_article Charter, Article 2");
  }

  @Test
  void eachArticleOfAListIsItsOwnCitation() {
    assertThat(
            Citations.texts(
                "He quoted Articles 33, 36, 37 and 38. In spite of this, the majority of the"
                    + " Security Council decided",
                Body.GENERAL_ASSEMBLY))
        .containsExactly("Articles 33", "36", "37", "38");
    assertThat(
            Citations.in(
                "defined a range of purposes and principles in Articles 1 and 2 of the Charter,"
                    + " which constitute a true legal basis"))
        .containsExactly(
            "charter_article Charter, Article 1", "charter_article Charter, Article 2");
  }

  @Test
  void chapters() {
    assertThat(
            Citations.in(
                "The CSTO is a regional organization as under Chapter VIII of the UN Charter, and"
                    + " it makes"))
        .containsExactly("charter_chapter Charter, Chapter VIII");
    assertThat(
            Citations.in(
                "the tools of the Council are abundant, as outlined in Chapters VI and VII of the"
                    + " Charter."))
        .containsExactly(
            "charter_chapter Charter, Chapter VI", "charter_chapter Charter, Chapter VII");
    assertThat(
            Citations.in(
                "Thirdly, the Security Council rushes to use Chapter VII instead of Chapter VI of"
                    + " the Charter"))
        .containsExactly(
            "charter_chapter Charter, Chapter VII", "charter_chapter Charter, Chapter VI");
  }

  @Test
  void articlesOfOtherInstrumentsAreNotTheCharters() {
    assertThat(Citations.in("We cannot accept article 6 of the draft as it stands.")).isEmpty();
    assertThat(
            Citations.in(
                "On one hand, article 2 of the ASEAN Charter commits ASEAN and its member States to"
                    + " upholding the"))
        .isEmpty();
    assertThat(
            Citations.in(
                "Article IV of that Treaty, which calls for the fullest possible exchange, and"
                    + " Articles III and IV"))
        .isEmpty();
    assertThat(Citations.in("Allies will honour NATO's Article 5 commitment.")).isEmpty();
    assertThat(
            Citations.in(
                "Some clarification of Sweden's interpretation of certain specific articles in the"
                    + " Declaration is necessary. Article 19 can be implemented in different ways."))
        .isEmpty();
    assertThat(Citations.in("Mexican States. Article 2 of our constitution recognizes")).isEmpty();
  }

  @Test
  void numbersTheCharterDoesNotHaveAndChaptersInWordsAreNotCited() {
    assertThat(
            Citations.in("Article 112 and Chapter XX, and Chapter Six and a Half of the Charter"))
        .isEmpty();
  }
}
