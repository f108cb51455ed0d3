package io.github.undebate.parser.internal.verbatim;

import java.util.List;

/**
 * Reads a verbatim record's body in one pass over its lines: on each printed line, the rules are
 * tried in order and the first that knows the line reads it. To teach the reader a new kind of
 * line, add a {@link BodyRule} at its place in {@link #RULES}.
 */
final class BodyReader {
  /** The rules, in the order they are tried; the last one reads any line. */
  static final List<BodyRule> RULES =
      List.of(
          new LanguageNoteRule(),
          new ChairTakenRule(),
          new ProceduralNoteRule(),
          new VoteListRule(),
          new SpeakerLabelRule(),
          new ParagraphNumberRule(),
          new InterpretationRule(),
          new SpeechLineRule(),
          new LooseLineRule());

  private BodyReader() {}

  /** Reads the body from the state's current line to the end, into blocks. */
  static List<Block> read(BodyState body) {
    return read(body, RULES);
  }

  /**
   * Reads the body with the given rules, in order.
   *
   * @throws IllegalStateException when no rule reads a line (the last rule must read any line)
   */
  static List<Block> read(BodyState body, List<BodyRule> rules) {
    while (!body.done()) {
      if (body.line().isNoise() || body.line().isEmpty()) {
        body.next();
        continue;
      }
      if (!readLine(body, rules)) {
        throw new IllegalStateException("no body rule reads line " + body.line().number());
      }
    }
    return body.blocks();
  }

  private static boolean readLine(BodyState body, List<BodyRule> rules) {
    for (int i = 0; i < rules.size(); i++) { // by index: no iterator per line
      if (rules.get(i).read(body)) {
        return true;
      }
    }
    return false;
  }
}
