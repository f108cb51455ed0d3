package io.github.undebate.parser.internal.verbatim;

import java.util.List;

/**
 * Reads a verbatim record's body in one pass over its lines: on each printed line, the rules are
 * tried in order and the first that knows the line reads it. To teach the reader a new kind of
 * line, add a {@link BodyRule} at its place in {@link #RULES}.
 */
final class BodyReader {
  /** The rules, in the order they are tried; the last two read any line. */
  private static final List<BodyRule> RULES =
      List.of(
          new LanguageNoteRule(),
          new ChairTakenRule(),
          new ProceduralNoteRule(),
          new VoteListRule(),
          new SpeakerLabelRule(),
          new ParagraphNumberRule(),
          new SpeechLineRule(),
          new LooseLineRule());

  private BodyReader() {}

  /** Reads the body from the state's current line to the end, into blocks. */
  static List<Block> read(BodyState body) {
    while (!body.done()) {
      if (body.line().isNoise() || body.line().isEmpty()) {
        body.next();
        continue;
      }
      for (BodyRule rule : RULES) {
        if (rule.read(body)) {
          break;
        }
      }
    }
    return body.blocks();
  }
}
