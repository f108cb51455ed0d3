package io.github.undebate.core;

import java.util.List;

/**
 * The interpreter's rendering of a statement in another language, as bilingual records of the 1940s
 * and 1950s print it after the speech ("(Interpretation)", or just the next paragraphs in the other
 * language). It belongs to the {@link Statement} it renders: it is not the speaker's own words and
 * not a second speech.
 *
 * @param language the ISO 639-1 code of the language it is in ({@code fr})
 * @param paragraphs its paragraphs in order, at least one
 */
public record Interpretation(String language, List<Paragraph> paragraphs) {

  /** Validates the fields: a two-letter lower-case language, at least one paragraph. */
  public Interpretation {
    Check.notNull(language, "language");
    Check.argument(
        Check.isCode(language, 2, 'a', 'z'),
        () -> "language must be an ISO 639-1 code, was \"" + language + "\"");
    paragraphs = Check.list(paragraphs, "paragraphs");
    Check.argument(!paragraphs.isEmpty(), "an interpretation has at least one paragraph");
  }
}
