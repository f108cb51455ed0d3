/** Runnable snippets, one main class per task a user has. */
module io.github.undebate.examples {
  requires io.github.undebate.parser;
  requires io.github.undebate.formats;

  exports io.github.undebate.examples;
}
