/**
 * Turns the raw text or HTML of UN debate records into the {@link io.github.undebate.core.Debate}
 * model. Start at {@link io.github.undebate.parser.DebateParser}.
 */
module io.github.undebate.parser {
  requires transitive io.github.undebate.core;
  requires org.jsoup;

  exports io.github.undebate.parser;
  exports io.github.undebate.parser.citation;
}
