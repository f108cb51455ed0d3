package io.github.undebate.parser.internal.statement;

import java.util.Optional;

/**
 * The statement reader's view of the shared country and organisation tables: a State or
 * organisation named in a byline, a letterhead or a speech.
 */
final class Nations {
  private Nations() {}

  /** A State: its UN short name and ISO 3166-1 alpha-2 code. */
  record State(String name, String code) {}

  /** The State whose name (or a variant of it) is the whole text. */
  static Optional<State> lookup(String name) {
    return Optional.empty();
  }

  /** The first State the text names, longest mention first. */
  static Optional<State> find(String text) {
    return Optional.empty();
  }

  /** The State the text names most often, when one clearly leads. */
  static Optional<State> dominant(String text) {
    return Optional.empty();
  }

  /** The organisation the text names, if any. */
  static Optional<String> organization(String text) {
    return Optional.empty();
  }
}
