/** The {@code undebate} command line: parse records and write them as JSON. */
module io.github.undebate.cli {
  requires io.github.undebate.parser;
  requires io.github.undebate.formats;
  requires info.picocli;

  opens io.github.undebate.cli to
      info.picocli;
}
