package io.github.undebate.parser.citation;

import io.github.undebate.core.Body;
import java.util.List;

/** One family of citation forms (document symbols, resolutions, Charter references, ...). */
interface CitationForm {

  /**
   * A cheap literal test: false when the text cannot hold this form, so that the precise patterns
   * never run on it. A form whose {@link #collect} begins with its own search for its keyword
   * ({@link Openings}) answers true, so that the text is searched once.
   */
  boolean mayOccur(String text);

  /** Adds every candidate of this form in the text to {@code out}. */
  void collect(String text, Body body, List<Found> out);
}
