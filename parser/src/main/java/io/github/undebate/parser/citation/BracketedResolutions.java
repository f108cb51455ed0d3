package io.github.undebate.parser.citation;

import io.github.undebate.core.Body;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolutions whose numbers the Official Records print in an editor's bracket after a speaker named
 * them otherwise: "the Security Council resolution of 22 November 1967 [242 (1967)]", "the
 * resolution adopted last year [2012 (XX)]" → {@code S/RES/242 (1967)}, {@code A/RES/2012 (XX)}.
 * The bracket must open with a number and its year or session, or a special session's number, and
 * the word "resolution(s)" must stand earlier in its sentence; a bare number in a bracket ("[434
 * meeting]", "[item 94]") is no resolution.
 */
final class BracketedResolutions implements CitationForm {
  /** How far back in its sentence the word "resolution" may stand. */
  private static final int WINDOW = 150;

  private static final Pattern KEYWORD =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])"
              + Phrases.alternation(Phrases.lines("resolution-words.txt"))
              + "(?![\\p{L}])");

  @Override
  public boolean mayOccur(String text) {
    return text.indexOf('[') >= 0;
  }

  @Override
  public void collect(String text, Body body, List<Found> out) {
    ResolutionNumbers numbers = null;
    Matcher keyword = null;
    for (int at = text.indexOf('['); at >= 0; at = text.indexOf('[', at + 1)) {
      int pos = at + 1;
      if (pos < text.length() && text.charAt(pos) == ' ') {
        pos++;
      }
      if (pos >= text.length() || !opensNumber(text.charAt(pos))) {
        continue;
      }
      if (numbers == null) {
        numbers = new ResolutionNumbers(text);
      }
      if (!numbers.opensBracketed(pos)) {
        continue;
      }
      if (keyword == null) {
        keyword = KEYWORD.matcher(text);
      }
      int sentence = Sentences.startBefore(text, at, WINDOW);
      keyword.region(sentence, at);
      int keywordStart = -1;
      while (keyword.find()) {
        keywordStart = keyword.start();
      }
      if (keywordStart < 0 || closes(text, keywordStart, at)) {
        continue;
      }
      ResolutionReferences.Surroundings surroundings =
          new ResolutionReferences.Surroundings(text, keywordStart, body);
      int end = numbers.list(pos, pos, true, surroundings, out);
      at = Math.max(at, end - 1);
    }
  }

  /** Whether a bracket closes between the keyword and this bracket: another reference's. */
  private static boolean closes(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == ']') {
        return true;
      }
    }
    return false;
  }

  private static boolean opensNumber(char c) {
    return c >= '0' && c <= '9' || c == 'E' || c == 'S';
  }
}
