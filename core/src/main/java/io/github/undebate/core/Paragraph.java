package io.github.undebate.core;

import java.util.List;

/**
 * One paragraph of a {@link Statement}: line wraps joined, page noise removed, the original wording
 * kept.
 *
 * @param kind what the paragraph does: salutation, body, closing or quote
 * @param text the paragraph's text, never blank
 * @param citations the citations found in {@code text}, each with offsets into it, in order
 * @param quotations passages of {@code text} that quote a third person, in order
 */
public record Paragraph(
    ParagraphKind kind, String text, List<Citation> citations, List<Quotation> quotations) {

  /** Validates the fields; every citation and quotation must lie inside {@code text}. */
  public Paragraph {
    Check.notNull(kind, "kind");
    Check.notBlank(text, "text");
    citations = Check.list(citations, "citations");
    quotations = Check.list(quotations, "quotations");
    for (int i = 0; i < citations.size(); i++) {
      Citation c = citations.get(i);
      int at = i;
      Check.argument(
          c.end() <= text.length(),
          () ->
              "citations["
                  + at
                  + "].end must be <= text length "
                  + text.length()
                  + ", was "
                  + c.end());
      Check.argument(
          text.regionMatches(c.start(), c.text(), 0, c.text().length()),
          () ->
              "citations["
                  + at
                  + "].text must equal the paragraph text at "
                  + c.start()
                  + ".."
                  + c.end()
                  + ", was \""
                  + c.text()
                  + "\" but the paragraph has \""
                  + text.substring(c.start(), c.end())
                  + "\"");
    }
    for (int i = 0; i < quotations.size(); i++) {
      Quotation q = quotations.get(i);
      int at = i;
      Check.argument(
          q.end() <= text.length(),
          () ->
              "quotations["
                  + at
                  + "].end must be <= text length "
                  + text.length()
                  + ", was "
                  + q.end());
    }
  }

  /** A paragraph of the given kind with no citations and no quotations. */
  public Paragraph(ParagraphKind kind, String text) {
    this(kind, text, List.of(), List.of());
  }

  /** A body paragraph with no citations and no quotations. */
  public static Paragraph body(String text) {
    return new Paragraph(ParagraphKind.BODY, text);
  }
}
