package io.github.undebate.parser.citation;

import io.github.undebate.core.Body;
import io.github.undebate.core.CitationType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * General Assembly document symbols as OCR misread them in the bracketed references of the Official
 * Records, where a slash became "l", "I", "j", "!", "f" or "[" and a "1" became "l" or "I". Real
 * examples from the UNGDC speeches: "[Al36/547]" (A/36/547), "[AI36I457, annex]", "[Al9601lAdd.l,
 * p. 6]" (A/9601/Add.1), "[see Aj32j244j", "[Af 8401/Add.l, para. 177]", "[A[9027, para. 19]".
 *
 * <p>Only a reference that opens a square bracket (after an optional "see") is read this way, and
 * only with the symbol's shape of its time: {@code A/nn/nnn} for the thirty-first session (1976)
 * on, {@code A/nnnn} before. A symbol printed with its slash ({@code [A/36/547]}) is {@link
 * DocumentSymbols}'s.
 */
final class MisreadSymbols implements CitationForm {
  /** What OCR printed for a slash. */
  private static final String SLASH = "[lIj!f\\[/]";

  private static final Pattern MISREAD =
      Pattern.compile(
          "\\[(?:see\\s)?(?<symbol>A(?:[lIj!\\[]|f\\s?)"
              + "(?:(?<session>3[1-9]|[4-7]\\d)"
              + SLASH
              + "(?<number>\\d{1,4})|(?<old>\\d{3}[\\dlI]\\d?))"
              + "(?:"
              + SLASH
              + "(?<suffix>Add|Rev|Corr)[.,]\\s?(?<part>[\\dlI]{1,2}))?)"
              + "(?:(?![\\p{L}\\p{N}])|(?=[jJ](?![\\p{L}\\p{N}])))");

  @Override
  public boolean mayOccur(String text) {
    return text.indexOf('[') >= 0;
  }

  @Override
  public void collect(String text, Body body, List<Found> out) {
    Matcher m = null;
    for (int at = text.indexOf('['); at >= 0; at = text.indexOf('[', at + 1)) {
      if (!text.startsWith("A", at + 1) && !text.startsWith("see A", at + 1)) {
        continue;
      }
      if (m == null) {
        m = MISREAD.matcher(text);
      }
      if (!m.region(at, text.length()).lookingAt()) {
        continue;
      }
      StringBuilder symbol = new StringBuilder("A/");
      if (m.group("session") != null) {
        symbol.append(m.group("session")).append('/').append(m.group("number"));
      } else {
        symbol.append(DocumentSymbols.ones(m.group("old")));
      }
      if (m.group("suffix") != null) {
        symbol
            .append('/')
            .append(m.group("suffix"))
            .append('.')
            .append(DocumentSymbols.ones(m.group("part")));
      }
      out.add(
          new Found(CitationType.DOCUMENT, m.start("symbol"), m.end("symbol"), symbol.toString()));
    }
  }
}
