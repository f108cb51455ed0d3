package io.github.undebate.parser.citation;

import io.github.undebate.core.CitationType;
import io.github.undebate.parser.internal.text.Whitespace;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of resolutions, alone or in a list, and their normalised targets: what follows the
 * word "resolution" ({@link ResolutionReferences}) or stands in an editor's bracket after it
 * ({@link BracketedResolutions}). The forms:
 *
 * <ul>
 *   <li>special sessions: "ES-10/19", "S-8/1", as PDF extraction spaces them "ES -10/24" → {@code
 *       A/RES/ES-10/24};
 *   <li>session/number, with lettered parts: "46/182", "48/218 B", "38/58 C" → {@code A/RES/48/218
 *       B}; a year instead of the session is the Economic and Social Council's ("1996/31");
 *   <li>a number with a year or a Roman session, lettered parts before it: "2231 (2015)", "1514
 *       (XV)", "3411 A and B (XXX)", "2253 (ES-V)"; as OCR reads old records "3201 (S-Vl)}", "3362
 *       (S-VIJ)", "2734 (XXVj]", and without the parentheses "2626 XXV";
 *   <li>a bare number, whose organ the words around it must give.
 * </ul>
 *
 * A list goes on while its items have one shape ("1325 (2000) and 1820 (2008)") or all name their
 * organ by their form ("3504 (XXX) and 31/177"); "resolution 2504 (2020), 15 members" is not a
 * list.
 */
final class ResolutionNumbers {
  /** Lettered parts before a Roman session: "3411 A and B (XXX)". */
  private static final String LETTERS = "\\s[A-Z](?:(?:,\\s?|\\s(?:and|to)\\s)[A-Z]){0,6}";

  /**
   * Lettered parts after session/number, as a whole word: "48/218 B,", "38/58 C to convene". Not
   * "A" or "I" before a lower-case word ("resolution 60/1 A new era"), unless a list of letters.
   */
  private static final String SESSION_LETTERS =
      "\\s(?![AI]\\s(?!(?:and|to)\\s[A-Z])[a-z])" + LETTERS.substring(2) + "(?![\\p{L}\\p{N}])";

  /** Where a number ends: not inside a word or symbol, but before a "J" OCR read for "]". */
  private static final String END = "(?:(?![\\p{L}\\p{N}/])|(?=J(?![\\p{L}\\p{N}])))";

  private static final Pattern ITEM =
      Pattern.compile(
          "(?:(?<special>E?S[ \\t]?-[ \\t]?\\d{1,2}[ \\t]?/[ \\t]?\\d{1,3})"
              + END
              + "|(?<session>\\d{1,4})/(?<number>\\d{1,4})(?<sletters>"
              + SESSION_LETTERS
              + ")?"
              + END
              + "|(?<bare>\\d{1,4})(?:(?<letters>"
              + LETTERS
              + ")?\\s?\\((?<paren>\\d{4}|(?:E?S[ \\t]?-[ \\t]?)?[IVXLCl][IVXLClJ]{0,7})"
              + "[ \\t]?(?:\\)|[jJ}\\]](?![\\p{L}\\p{N}]))"
              + "|(?:\\s(?<roman>[IVXLC]{2,6}))?"
              + END
              + "))");

  /** Between the resolutions of a list: "1325 (2000), 1820 (2008) and 2250 (2015)". */
  private static final Pattern LIST_SEPARATOR =
      Pattern.compile("(?:\\s?,\\s(?:and\\s|or\\s)?|\\s(?:and|or|as\\swell\\sas)\\s)");

  /** The most resolutions one list may hold; keeps every attempt short. */
  private static final int MAX_LIST = 40;

  /** The last Roman session "2626 XXV" may name without parentheses, and its last number. */
  private static final int LAST_ROMAN_SESSION = 30;

  private static final int LAST_ROMAN_NUMBER = 3600;

  /** The shapes of an item; every shape but {@code BARE} names its organ by its form. */
  enum Shape {
    SPECIAL,
    SESSION,
    PAREN,
    BARE
  }

  /** How a list names its organ and session when its numbers do not. */
  interface Context {
    /**
     * The target of a session/number ("46/182") or a bare number ("2504") that ends at {@code end},
     * empty when the words around it do not say whose it is.
     */
    Optional<String> target(Shape shape, String number, int end);

    /** The series of a resolution numbered by a Roman session: {@code A/RES/} or {@code E/RES/}. */
    String romanSeries();
  }

  private final String text;
  private final Matcher item;
  private final Matcher separator;

  ResolutionNumbers(String text) {
    this.text = text;
    this.item = ITEM.matcher(text);
    this.separator = LIST_SEPARATOR.matcher(text);
  }

  /**
   * Reads the list of resolutions at {@code pos}, adds each to {@code out} (the first from {@code
   * firstStart}, so that it holds the keyword) and returns where the list ends, or -1 when no
   * resolution stands at {@code pos}. With {@code bracketed}, only the forms an editor puts in a
   * bracket are read: a number with its year or session, a special session's.
   */
  int list(int pos, int firstStart, boolean bracketed, Context context, List<Found> out) {
    int end = -1;
    int start = firstStart;
    int at = pos;
    Shape previous = null;
    for (int n = 0; n < MAX_LIST; n++) {
      if (!item.region(at, text.length()).lookingAt()) {
        break;
      }
      Shape shape = shape();
      if (bracketed && (shape == Shape.BARE || shape == Shape.SESSION)
          || previous != null
              && shape != previous
              && (shape == Shape.BARE || previous == Shape.BARE)) {
        break;
      }
      previous = shape;
      int itemEnd = itemEnd(shape);
      Optional<String> target = target(shape, context);
      if (target.isPresent()) {
        out.add(new Found(CitationType.RESOLUTION, start, itemEnd, target.get()));
      }
      end = itemEnd;
      if (!separator.region(itemEnd, text.length()).lookingAt()) {
        break;
      }
      at = separator.end();
      start = at;
    }
    return end;
  }

  /** Whether an item an editor puts in a bracket stands at {@code pos}: see {@link #list}. */
  boolean opensBracketed(int pos) {
    if (!item.region(pos, text.length()).lookingAt()) {
      return false;
    }
    Shape shape = shape();
    return shape == Shape.PAREN || shape == Shape.SPECIAL;
  }

  private Shape shape() {
    if (item.group("special") != null) {
      return Shape.SPECIAL;
    }
    if (item.group("session") != null) {
      return Shape.SESSION;
    }
    return item.group("paren") != null || romanSession() > 0 ? Shape.PAREN : Shape.BARE;
  }

  /** A bare number's end leaves out a Roman numeral that cannot be a session. */
  private int itemEnd(Shape shape) {
    if (shape == Shape.BARE && item.group("roman") != null) {
      return item.end("bare");
    }
    return item.end();
  }

  /** The session of "2626 XXV", or 0 when the numeral after the number is none. */
  private int romanSession() {
    String roman = item.group("roman");
    if (roman == null || Integer.parseInt(item.group("bare")) > LAST_ROMAN_NUMBER) {
      return 0;
    }
    int session = Roman.value(roman);
    return session <= LAST_ROMAN_SESSION ? session : 0;
  }

  private Optional<String> target(Shape shape, Context context) {
    switch (shape) {
      case SPECIAL:
        return Optional.of("A/RES/" + DocumentSymbols.squeeze(item.group("special")));
      case SESSION:
        String letters = item.group("sletters");
        return context
            .target(shape, item.group("session") + "/" + item.group("number"), item.end())
            .map(t -> letters == null ? t : t + Whitespace.fold(letters));
      case PAREN:
        return paren(context);
      default:
        return context.target(shape, item.group("bare"), item.end("bare"));
    }
  }

  private Optional<String> paren(Context context) {
    String number = item.group("bare");
    String paren = item.group("paren");
    if (paren == null) {
      return Optional.of(context.romanSeries() + number + " (" + item.group("roman") + ")");
    }
    String letters = item.group("letters") == null ? "" : Whitespace.fold(item.group("letters"));
    if (Character.isDigit(paren.charAt(0))) {
      return Optional.of("S/RES/" + number + letters + " (" + paren + ")");
    }
    String session = DocumentSymbols.squeeze(paren);
    String read = session.replace('l', 'I').replace('J', 'I');
    if (!read.equals(session)) {
      // an OCR reading counts only when it gives a numeral: "(S-Vl)" is "(S-VI)"
      int dash = read.indexOf('-');
      if (Roman.value(read.substring(dash + 1)) == 0) {
        return Optional.empty();
      }
    }
    return Optional.of(context.romanSeries() + number + letters + " (" + read + ")");
  }
}
