/** The {@code undebate} command line: parse records, write them as JSON or XML, count corpora. */
module io.github.undebate.cli {
  requires io.github.undebate.parser;
  requires io.github.undebate.formats;
  requires info.picocli;
  requires me.tongfei.progressbar;
  requires tools.jackson.core;
}
