package io.github.undebate.parser.citation;

import io.github.undebate.core.Body;
import io.github.undebate.core.Citation;
import io.github.undebate.core.CitationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds citations of UN documents, resolutions, the Charter, rules of procedure and dated
 * instruments in a paragraph of text.
 *
 * <pre>{@code
 * List<Citation> found = CitationFinder.create().find("as contained in document S/2020/24.");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CitationFinder {
  // A first, narrow form: Security Council and General Assembly document symbols with a year or
  // session and a number, as "S/2020/24" or "A/74/1".
  private static final Pattern DOCUMENT = Pattern.compile("\\b[AS]/\\d{1,4}/\\d{1,5}\\b");

  private CitationFinder() {}

  /** A finder with the default grammar. */
  public static CitationFinder create() {
    return new CitationFinder();
  }

  /** The citations in the text, in order, with offsets into it. */
  public List<Citation> find(String text) {
    return find(text, null);
  }

  /**
   * The citations in the text, in order, with offsets into it.
   *
   * @param text the paragraph's text
   * @param body the organ of the debate, used for resolutions whose organ the text does not name;
   *     may be {@code null}
   */
  public List<Citation> find(String text, Body body) {
    Objects.requireNonNull(text, "text");
    List<Citation> out = new ArrayList<>();
    Matcher m = DOCUMENT.matcher(text);
    while (m.find()) {
      out.add(new Citation(CitationType.DOCUMENT, m.group(), m.start(), m.end(), m.group()));
    }
    return List.copyOf(out);
  }
}
