package io.github.undebate.parser.internal.noise;

import java.util.Locale;
import java.util.Optional;

/**
 * What kind of page noise a line (or, for the inline kinds, a part of a line) is: text that belongs
 * to the printed or scraped page, not to the debate. Both readers remove it with a diagnostic
 * {@code removed.<code>}.
 */
public enum NoiseKind {
  /** A verbatim record's running head: symbol, title, date, or an older "Security Council ...". */
  RUNNING_HEAD,
  /** A page number, alone or with a job number ("2/12 20-00806", "- 3 -", "Page 2 of 5"). */
  PAGE_NUMBER,
  /** The UN document job number ("20-00806 (E)"). */
  JOB_NUMBER,
  /** The barcode line under the job number ("*2000806*"). */
  BARCODE,
  /** The distribution footer of an older first page ("Distr. GENERAL", "ENGLISH"). */
  DISTRIBUTION,
  /** The correction notice block of a record's first page ("This record contains ..."). */
  BOILERPLATE,
  /** The header a browser prints on every page ("9/25/24, 10:31 AM Statement ..."). */
  PRINT_HEADER,
  /** A web address on a line of its own. */
  URL,
  /** A time stamp on a line of its own ("10:31 AM EST"). */
  TIME_STAMP,
  /** A section rule ("* * *", "---"): a paragraph boundary. */
  SEPARATOR,
  /** A website's navigation, share buttons, link rows: a paragraph boundary. */
  SITE_CHROME,
  /** A stage direction: "(Applause)", a whole line or inside one. */
  STAGE_DIRECTION,
  /** The same short line in capitals on many pages ("OFFICIAL"). */
  BANNER,
  /** Markup inside a line: HTML tags, Markdown emphasis, escapes, heading marks. */
  MARKUP,
  /** An OCR garbage token between two sentences ("jsEpj"). */
  GARBAGE_TOKEN;

  /** The lower_snake_case name of diagnostics and data tables: {@code running_head}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind a data table names by its code, if it is one. */
  public static Optional<NoiseKind> ofCode(String code) {
    for (NoiseKind k : values()) {
      if (k.code().equals(code)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a line of this kind always ends a statement's paragraph, as a section rule does; other
   * noise is a page break, across which a paragraph may go on.
   */
  public boolean endsParagraph() {
    return this == SEPARATOR || this == SITE_CHROME;
  }
}
