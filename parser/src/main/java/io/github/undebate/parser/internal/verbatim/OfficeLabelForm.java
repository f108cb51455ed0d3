package io.github.undebate.parser.internal.verbatim;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A label that names an office after its article: "The President", "The PRESIDENT", "The Acting
 * President", "The Secretary-General" (the offices of {@link Office}), "THE PRESIDENT", as older
 * records print their labels in capitals, and the French and Spanish labels of bilingual records
 * and of the French and Spanish editions: "Le PRÉSIDENT", "La Présidente", "El Presidente". Every
 * label that opens with "The " or "THE " is this form's: no other form reads it.
 */
final class OfficeLabelForm implements LabelForm {
  /**
   * The articles that open an office's label, by the language of the office's post, each as printed
   * with a capital and in capitals: a lowercase article opens a sentence's middle, not a label.
   */
  static final Map<String, List<String>> ARTICLES =
      Map.of(
          "en", List.of("The ", "THE "),
          "fr", List.of("Le ", "LE ", "La ", "LA "),
          "es", List.of("El ", "EL ", "La ", "LA "));

  /** The letters the articles open with: most lines need no look at the offices. */
  private static final String FIRST_LETTERS = "TLE";

  @Override
  public Optional<Who> read(String text, int from) {
    if (from + 3 >= text.length() || FIRST_LETTERS.indexOf(text.charAt(from)) < 0) {
      return Optional.empty();
    }
    for (Office office : Office.ALL) {
      int after = afterArticle(text, from, office.language());
      if (after < 0) {
        continue;
      }
      String post = office.post();
      if (!text.regionMatches(true, after, post, 0, post.length())) {
        continue;
      }
      int end = after + post.length();
      // "The President-designate", "The Presidents": another word
      if (end < text.length()
          && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) {
        continue;
      }
      return Optional.of(
          new Who(
              Optional.of(new Office(office.role(), text.substring(after, end), office.language())),
              null,
              null,
              end));
    }
    return Optional.empty();
  }

  /** Where the post starts after an article of the language at {@code from}, or -1. */
  private static int afterArticle(String text, int from, String language) {
    List<String> articles = ARTICLES.get(language);
    // by index: an iterator per call was a third of what a text of labels allocated
    for (int i = 0; i < articles.size(); i++) {
      String article = articles.get(i);
      if (text.startsWith(article, from)) {
        return from + article.length();
      }
    }
    return -1;
  }
}
