package io.github.undebate.core;

import java.util.List;
import java.util.Optional;

/**
 * A {@link Statement} together with the {@link Speaker} its {@link Statement#speakerId()} names, as
 * {@link Debate#turns()} yields them: the common loop over who said what, without looking each
 * speaker up.
 *
 * <pre>{@code
 * for (Turn turn : debate.turns()) {
 *   System.out.println(turn.speaker().name().orElse("?") + ": " + turn.paragraphs().size());
 * }
 * }</pre>
 *
 * @param speaker who speaks
 * @param statement what he says
 */
public record Turn(Speaker speaker, Statement statement) {

  /** Validates that the speaker is the one the statement names. */
  public Turn {
    Check.notNull(speaker, "speaker");
    Check.notNull(statement, "statement");
    Check.argument(
        speaker.id().equals(statement.speakerId()),
        () ->
            "speaker \""
                + speaker.id()
                + "\" is not the statement's speaker \""
                + statement.speakerId()
                + "\"");
  }

  /** The statement's paragraphs, in order: {@code statement().paragraphs()}. */
  public List<Paragraph> paragraphs() {
    return statement.paragraphs();
  }

  /** The language of the statement, when known: {@code statement().language()}. */
  public Optional<String> language() {
    return statement.language();
  }
}
