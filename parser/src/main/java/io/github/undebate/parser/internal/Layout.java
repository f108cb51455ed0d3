package io.github.undebate.parser.internal;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * What the page layout says about a line, when the input has a layout: a PDF reader knows the page,
 * where on the page the line stands and its type style; plain text knows none of it ({@link
 * #NONE}).
 *
 * @param page the 1-based page the line is printed on, when known
 * @param band where on the page the line stands
 * @param bold whether the line opens in bold type (a PDF's speaker label or heading)
 * @param italic whether the line opens in italic type
 */
public record Layout(OptionalInt page, Band band, boolean bold, boolean italic) {
  /** No layout known: the line came from plain text. */
  public static final Layout NONE = new Layout(OptionalInt.empty(), Band.UNKNOWN, false, false);

  /** Checks the fields. */
  public Layout {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(band, "band");
    if (page.isPresent() && page.getAsInt() < 1) {
      throw new IllegalArgumentException("page must be >= 1, was " + page.getAsInt());
    }
  }

  /** Where on its page a line stands. */
  public enum Band {
    /** Not known (plain text). */
    UNKNOWN,
    /** In the top margin, where running heads stand. */
    HEADER,
    /** In the body of the page. */
    BODY,
    /** In the bottom margin, where page and job numbers stand. */
    FOOTER
  }
}
