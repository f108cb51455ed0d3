package io.github.undebate.parser.internal.verbatim;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The symbol of a verbatim record ("S/PV.8700", "A/61/PV.107", "S/PV.8699 (Resumption 1)"), also as
 * an extractor spaced it ("S/ PV.870 0", "A/61/PV .107").
 */
final class RecordSymbols {
  private static final Pattern SYMBOL =
      Pattern.compile(
          "(?<![\\w/])([ASE])((?:\\s?/\\s?(?:C\\.\\s?\\d|ES-\\d{1,2}|\\d{1,3})){0,2})\\s?/\\s?PV\\s?\\.\\s?"
              + "(\\d(?:[\\d ]{0,7}\\d)?)(\\s?\\(\\s?Resumption\\s?\\d{1,2}\\s?\\))?");
  private static final Pattern SPACE = Pattern.compile("\\s");
  private static final Pattern SPACE_OR_PARENTHESIS = Pattern.compile("[\\s()]");
  private static final Pattern MEETING_NUMBER = Pattern.compile("PV\\.(\\d+)");

  private RecordSymbols() {}

  /** The first record symbol in the text, spaces removed and a resumption kept. */
  static Optional<String> find(String text) {
    Matcher m = SYMBOL.matcher(text);
    return m.find() ? Optional.of(symbolOf(m)) : Optional.empty();
  }

  /** Whether the text holds a record symbol. */
  static boolean isIn(String text) {
    return text.contains("PV") && SYMBOL.matcher(text).find();
  }

  /** {@link #isIn(String)} of a line read in place. */
  static boolean isIn(CharSequence text) {
    for (int i = text.length() - 2; i >= 0; i--) {
      if (text.charAt(i) == 'P' && text.charAt(i + 1) == 'V') {
        return SYMBOL.matcher(text).find();
      }
    }
    return false;
  }

  /** The meeting number a symbol gives ("S/PV.8700" gives 8700). */
  static Optional<Integer> meetingNumber(String symbol) {
    Matcher m = MEETING_NUMBER.matcher(symbol);
    return m.find() ? Optional.of(Integer.valueOf(m.group(1))) : Optional.empty();
  }

  private static String symbolOf(Matcher m) {
    StringBuilder s = new StringBuilder(m.group(1));
    s.append(SPACE.matcher(m.group(2)).replaceAll("")).append('/');
    s.append("PV.").append(m.group(3).replace(" ", ""));
    if (m.group(4) != null) {
      s.append(" (")
          .append(
              SPACE_OR_PARENTHESIS
                  .matcher(m.group(4))
                  .replaceAll("")
                  .replace("Resumption", "Resumption "))
          .append(')');
    }
    return s.toString();
  }
}
