package io.github.undebate.core;

import java.util.List;
import java.util.Optional;

/**
 * One turn of one speaker: what he said from his label to the next speaker's.
 *
 * @param speakerId the {@link Speaker#id()} of who speaks; it must resolve in the enclosing {@link
 *     Debate}
 * @param language the ISO 639-1 code of the language spoken ({@code ru}), when the record says or
 *     the text is not English
 * @param paragraphs the paragraphs in order: what the speaker said
 * @param interpretations the interpreters' renderings of the statement in other languages that a
 *     bilingual record prints after it, in order; they are not counted in {@code paragraphs}
 */
public record Statement(
    String speakerId,
    Optional<String> language,
    List<Paragraph> paragraphs,
    List<Interpretation> interpretations)
    implements Proceeding {

  /** Validates the fields; a language is a two-letter lower-case code. */
  public Statement {
    Check.notBlank(speakerId, "speakerId");
    Check.notNull(language, "language");
    language.ifPresent(
        code ->
            Check.argument(
                Check.isCode(code, 2, 'a', 'z'),
                () -> "language must be an ISO 639-1 code, was \"" + code + "\""));
    paragraphs = Check.list(paragraphs, "paragraphs");
    interpretations = Check.list(interpretations, "interpretations");
  }

  /**
   * A statement without interpretations, as before they were part of the model.
   *
   * @param speakerId who speaks
   * @param language the language spoken, when known
   * @param paragraphs the paragraphs in order
   */
  public Statement(String speakerId, Optional<String> language, List<Paragraph> paragraphs) {
    this(speakerId, language, paragraphs, List.of());
  }

  /** Calls {@link Proceeding.Visitor#visitStatement}. */
  @Override
  public <R> R accept(Proceeding.Visitor<R> visitor) {
    return visitor.visitStatement(this);
  }
}
