package io.github.undebate.parser.citation;

import io.github.undebate.core.Body;
import io.github.undebate.core.CitationType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * United Nations document symbols, following the UN's own grammar: a series root ({@code A}, {@code
 * S}, {@code E}, {@code ST}, {@code CRC}, ... from {@code document-series.txt}), then
 * slash-separated components: a session or year ({@code 74}, {@code 2020}), a subsidiary body
 * ({@code AC.109}, {@code C.1}, {@code CN.4}, {@code CONF.151}, {@code WG.2}, {@code HRC}), a
 * document type ({@code PV.8697}, {@code RES}, {@code PRST}, {@code L.5}, {@code INF}, {@code
 * SR.12}), a number, and suffixes ({@code Add.1}, {@code Rev.2}, {@code Corr.1}, {@code Amend.1}).
 *
 * <p>Examples from the corpus: {@code S/2019/1005}, {@code S/PRST/2020/1}, {@code SG/SM/19929},
 * {@code A/3302/Add.4/Rev.1}, and as PDF extraction breaks them: {@code A/49/ PV.14}, {@code [A/
 * 3137]}, {@code S/ PV. 8701}, {@code S/2020/\n24}. A record of a meeting ({@code PV.}) is a {@link
 * CitationType#MEETING} and keeps a printed {@code (Resumption 1)}; a symbol with a {@code RES}
 * component is a {@link CitationType#RESOLUTION} ({@code S/RES/1440 (2002)} keeps the year printed
 * after it); a joint symbol {@code A/74/123-S/2019/456} is one document; everything else is a
 * {@link CitationType#DOCUMENT}.
 */
final class DocumentSymbols implements CitationForm {
  /**
   * A slash, then at most two spaces or tabs and at most one line break: the breaks PDF extraction
   * puts into symbols ({@code S/ 2020/24}, {@code S/2020/\n24}).
   */
  private static final String SEPARATOR = "/[ \\t]{0,2}(?:\\r?\\n[ \\t]{0,2})?";

  /**
   * One component after a slash: a special session ({@code ES-10}, {@code S-8}, as PDF extraction
   * spaces it {@code ES -10}), a dotted body or type with its number ({@code PV.8697}, {@code PV.
   * 8701}, {@code AC.109}, {@code Add.1}), a suffix as OCR reads it ({@code Add,l}, {@code Rev 1}),
   * an upper-case body or type ({@code HRC}, {@code RES}, {@code PRST}; not the capital of a word,
   * the "R" of "Rev"), a number, or a lone OCR'd "1" between slashes ({@code A/31/l/Add.1}).
   */
  private static final String COMPONENT =
      "(?:(?:ES|S)[ \\t]?-[ \\t]?\\d{1,2}|[A-Z][A-Za-z]{0,5}[ \\t]?\\.[ \\t]?\\d{1,5}"
          + "|(?:Add|Rev|Corr|Amend)(?:[ \\t]?[.,][ \\t]?|[ \\t])[0-9lI]{1,2}(?![\\p{L}\\p{N}])"
          + "|[A-Z]{1,6}(?![a-z])|\\d{1,5}|l(?=/))";

  /**
   * At most eight components, matched possessively: each is delimited by its slash, so giving one
   * back never helps, and the bound keeps every attempt short on adversarial input.
   */
  private static final String SYMBOL_BODY = "(?:" + SEPARATOR + COMPONENT + "){1,8}+";

  private static final List<String> SERIES = series();

  private static final Pattern SYMBOL =
      Pattern.compile("(?<![\\p{L}\\p{N}/.\\-\u2013])" + Phrases.alternation(SERIES) + SYMBOL_BODY);

  /** The longest series root: a symbol opens at most this far before its first slash. */
  private static final int LONGEST_SERIES =
      SERIES.stream().mapToInt(String::length).max().orElse(0);

  /** The year or session printed after a resolution symbol: {@code S/RES/1440 (2002)}. */
  private static final Pattern RESOLUTION_YEAR =
      Pattern.compile("[ \\t]?\\((\\d{4}|(?:ES-|S-)?[IVXLC]{1,8})\\)");

  /** The resumption or part printed after a meeting record: {@code S/PV.8699 (Resumption 1)}. */
  private static final Pattern RESUMPTION =
      Pattern.compile("\\s{0,2}\\(\\s?(?:Resumption|Part)\\s{0,2}\\d{1,2}\\s?\\)");

  /** The suffixes whose misreadings {@link #normalise} repairs. */
  private static final List<String> SUFFIXES = List.of("Add", "Rev", "Corr", "Amend");

  /** A suffix component, squeezed, as OCR may print it: {@code Add,l}, {@code Rev1}. */
  private static final Pattern OCR_SUFFIX_PARTS =
      Pattern.compile("(Add|Rev|Corr|Amend)[.,]?([0-9lI]{1,2})");

  private static final Pattern RESUMPTION_PARTS =
      Pattern.compile("\\(\\s?(Resumption|Part)\\s{0,2}(\\d{1,2})\\s?\\)");

  @Override
  public boolean mayOccur(String text) {
    return text.indexOf('/') >= 0;
  }

  @Override
  public void collect(String text, Body body, List<Found> out) {
    Matcher m = null;
    Matcher joint = null;
    int from = 0;
    for (int at = nextStart(text, 0); at >= 0; at = nextStart(text, from)) {
      if (m == null) {
        m = SYMBOL.matcher(text).useTransparentBounds(true);
      }
      if (!m.region(at, text.length()).lookingAt()) {
        from = at + 1;
        continue;
      }
      int start = m.start();
      int end = m.end();
      String symbol = normalise(m.group());
      // A joint symbol: two symbols joined by a hyphen (or the en dash the UN often prints) are
      // one document, "A/74/845-S/2020/525". The second symbol is matched with opaque bounds: the
      // look-behind that keeps a symbol from gluing to a hyphen does not see the joining one.
      while (end + 1 < text.length() && (text.charAt(end) == '-' || text.charAt(end) == '\u2013')) {
        if (joint == null) {
          joint = SYMBOL.matcher(text);
        }
        if (!joint.region(end + 1, text.length()).lookingAt()) {
          break;
        }
        symbol = symbol + "-" + normalise(joint.group());
        end = joint.end();
      }
      from = end;
      if (!hasDigit(symbol)) {
        continue; // "HIV/AIDS" and other slashed words: a symbol has a number
      }
      CitationType type = CitationType.DOCUMENT;
      String target = symbol;
      if (hasComponent(symbol, "RES")) {
        type = CitationType.RESOLUTION;
        Matcher year = RESOLUTION_YEAR.matcher(text).region(end, text.length());
        if (year.lookingAt()) {
          target = symbol + " (" + year.group(1) + ")";
          end = year.end();
        }
      } else if (symbol.contains("/PV.")) {
        type = CitationType.MEETING;
        Matcher resumption = RESUMPTION.matcher(text).region(end, text.length());
        if (resumption.lookingAt()) {
          target = symbol + " " + squeezeInner(resumption.group());
          end = resumption.end();
        }
      }
      out.add(new Found(type, start, end, target));
      from = end;
    }
  }

  /**
   * The first position at or after {@code from} where {@link #SYMBOL} may match: a symbol is a
   * series root (capital letters, no letter before it) right before a slash, so each slash is
   * looked back from to the start of the capitals before it. Trying the pattern at these positions
   * in order finds what {@code find(from)} finds.
   */
  private static int nextStart(String text, int from) {
    for (int slash = text.indexOf('/', from); slash >= 0; slash = text.indexOf('/', slash + 1)) {
      int start = slash;
      while (start > 0 && slash - start <= LONGEST_SERIES && isCapital(text.charAt(start - 1))) {
        start--;
      }
      if (start < slash && slash - start <= LONGEST_SERIES && start >= from) {
        return start;
      }
    }
    return -1;
  }

  /** The series roots; capital letters only, which {@link #nextStart} relies on. */
  private static List<String> series() {
    List<String> series = Phrases.lines("document-series.txt");
    for (String root : series) {
      if (!root.chars().allMatch(c -> isCapital((char) c))) {
        throw new IllegalStateException("document-series.txt: not capital letters: " + root);
      }
    }
    return series;
  }

  private static boolean isCapital(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Whether a component between slashes or hyphens is {@code component}. */
  private static boolean hasComponent(String symbol, String component) {
    int start = 0;
    for (int i = 0; i <= symbol.length(); i++) {
      if (i == symbol.length() || symbol.charAt(i) == '/' || symbol.charAt(i) == '-') {
        if (symbol.startsWith(component, start) && i - start == component.length()) {
          return true;
        }
        start = i + 1;
      }
    }
    return false;
  }

  /**
   * The symbol as the UN writes it: without the whitespace extraction put into it, and with the
   * suffixes OCR misread repaired ({@code Add,l} and {@code Add.l} are {@code Add.1}, {@code Rev 1}
   * is {@code Rev.1}, a lone {@code l} component is {@code 1}).
   */
  private static String normalise(String printed) {
    String symbol = squeeze(printed);
    if (!misread(symbol)) {
      return symbol;
    }
    String[] components = symbol.split("/", -1);
    for (int i = 0; i < components.length; i++) {
      Matcher suffix = OCR_SUFFIX_PARTS.matcher(components[i]);
      if (suffix.matches()) {
        components[i] = suffix.group(1) + "." + ones(suffix.group(2));
      } else if (components[i].equals("l")) {
        components[i] = "1";
      }
    }
    return String.join("/", components);
  }

  /**
   * Whether a squeezed symbol holds what only a misreading puts there: a suffix whose period is not
   * followed by a digit ("Add,l", "Rev1", "Add.l"), or a lone "l" component.
   */
  private static boolean misread(String symbol) {
    for (int slash = symbol.indexOf('/'); slash >= 0; slash = symbol.indexOf('/', slash + 1)) {
      int at = slash + 1;
      if (symbol.startsWith("l", at)
          && (at + 1 == symbol.length() || symbol.charAt(at + 1) == '/')) {
        return true;
      }
      for (String suffix : SUFFIXES) {
        int after = at + suffix.length();
        if (symbol.startsWith(suffix, at)
            && (after + 1 >= symbol.length()
                || symbol.charAt(after) != '.'
                || !Character.isDigit(symbol.charAt(after + 1)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The digits OCR read as "l" and "I", as "1". */
  static String ones(String printed) {
    return printed.replace('l', '1').replace('I', '1');
  }

  /** The text without the whitespace extraction put into it: "ES -10/24" is "ES-10/24". */
  static String squeeze(String printed) {
    StringBuilder b = new StringBuilder(printed.length());
    for (int i = 0; i < printed.length(); i++) {
      char c = printed.charAt(i);
      if (!Character.isWhitespace(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** "(Resumption 1)" with single spaces and no leading space. */
  private static String squeezeInner(String printed) {
    return RESUMPTION_PARTS.matcher(printed.strip()).replaceFirst("($1 $2)");
  }
}
