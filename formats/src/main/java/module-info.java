/**
 * The undebate model as JSON (the contract {@code undebate/1}, {@link
 * io.github.undebate.formats.DebateJson}), as native XML ({@link
 * io.github.undebate.formats.DebateXml}) and as OASIS Akoma Ntoso ({@link
 * io.github.undebate.formats.AkomaNtoso}).
 */
module io.github.undebate.formats {
  requires transitive io.github.undebate.core;
  requires java.xml;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires org.jsoup;

  exports io.github.undebate.formats;
}
