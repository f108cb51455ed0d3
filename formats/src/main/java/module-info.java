/**
 * The undebate model as JSON (the contract {@code undebate/1}) and XML. Start at {@link
 * io.github.undebate.formats.DebateJson}.
 */
module io.github.undebate.formats {
  requires transitive io.github.undebate.core;
  requires tools.jackson.core;
  requires tools.jackson.databind;

  exports io.github.undebate.formats;
}
