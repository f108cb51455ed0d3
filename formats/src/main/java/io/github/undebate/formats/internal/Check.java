package io.github.undebate.formats.internal;

import java.util.List;

/**
 * A rule over fields of one object that a JSON Schema or an XSD cannot state (a citation's offsets
 * within its paragraph, a speaker id that must resolve), stated once for both formats. JSON runs it
 * where it stands in its {@link Table}; XML runs it as soon as the element's start tag is read when
 * it reads only attributes, otherwise at the element's end.
 */
final class Check implements Step {

  /** The rule: throws {@link Values#problem} when the values break it. */
  interface Rule {
    void apply(Values values);
  }

  /** The fields the rule reads. */
  final List<String> reads;

  final Rule rule;

  private Check(List<String> reads, Rule rule) {
    this.reads = reads;
    this.rule = rule;
  }

  /** A rule that reads the given fields. */
  static Check of(Rule rule, String... reads) {
    return new Check(List.of(reads), rule);
  }
}
