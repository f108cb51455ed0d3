package io.github.undebate.parser.citation;

import io.github.undebate.core.Body;
import io.github.undebate.core.CitationType;
import io.github.undebate.parser.internal.text.Whitespace;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Instruments dated in full: a letter, note, report, statement or decision cited as "dated <day
 * month year>", and an agreement, accord, memorandum, declaration or communiqué also as "<noun> of
 * <day month year>" (nouns and connectors in {@code instrument-nouns.txt}). Real examples: "a
 * letter dated 14 October 2019 from the Secretary-General" (S/PV.8701) → {@code letter 2019-10-14};
 * "the Joint Declaration on cooperation between the two secretariats dated 18 March 2010" → {@code
 * declaration 2010-03-18}; "a Memorandum dated 9 November 2018" → {@code memorandum 2018-11-09}.
 * The citation runs from the noun to the end of the date.
 *
 * <p>Named instruments without a full date ("the Collective Security Treaty", "the Paris
 * Agreement", "agreements of 22 July") are not cited: their targets cannot be normalised.
 */
final class InstrumentReferences implements CitationForm {
  // English month names are java.time's constant names with small letters after the first, as
  // Month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) prints them (a test checks that): asking
  // for the display names would load the JDK's locale data in every cold start, a parse that
  // prints no date included
  private static final List<String> MONTH_NAMES = monthNames();

  private static final String MONTHS = "(?:" + String.join("|", MONTH_NAMES) + ")";

  /** The full English names of the months, in order. */
  static List<String> monthNames() {
    List<String> names = new ArrayList<>(12);
    for (Month m : Month.values()) {
      names.add(
          new StringBuilder(m.name().length())
              .append(m.name().charAt(0))
              .append(m.name().substring(1).toLowerCase(Locale.ROOT))
              .toString());
    }
    return List.copyOf(names);
  }

  /** "dated 14 October 2019", "of 5 May 2015", "dated November 9, 2018". */
  private static final Pattern DATED =
      Pattern.compile(
          "(?<![\\p{L}])(?<connector>dated|of)\\s(?:(?<d>\\d{1,2})\\s(?<m>"
              + MONTHS
              + "),?\\s(?<y>\\d{4})|(?<m2>"
              + MONTHS
              + ")\\s(?<d2>\\d{1,2}),\\s(?<y2>\\d{4}))(?![\\p{N}])");

  /** Where {@link #DATED} may open: it runs only there. */
  private static final Openings DATED_OPENINGS = Openings.of("dated", "of");

  /** At most this many words may stand between the noun and "dated". */
  private static final int MAX_WORDS_BETWEEN = 14;

  private static final int LOOKBACK = 160;

  // each noun's printed form (lower case), the noun its target names, and the connectors it takes
  private final List<String> forms = new ArrayList<>();
  private final List<String> targetNouns = new ArrayList<>();
  private final List<Set<String>> connectors = new ArrayList<>();
  final Pattern noun;
  // the nouns' last words: a noun right before "of" ends with one of them
  private final List<String> lastWords = new ArrayList<>();
  // the hashes of the nouns folded, sorted: a word whose folded hash is none of them is no noun
  private final int[] nounHashes;

  InstrumentReferences() {
    for (String line : Phrases.lines("instrument-nouns.txt")) {
      String[] columns = line.split("\t");
      if (columns.length != 3) {
        throw new IllegalStateException("instrument-nouns.txt: expected 3 columns in " + line);
      }
      String printed = columns[0].toLowerCase(Locale.ROOT);
      forms.add(printed);
      lastWords.add(printed.substring(printed.lastIndexOf(' ') + 1));
      targetNouns.add(columns[1]);
      connectors.add(Set.of(columns[2].split(" ")));
    }
    nounHashes = new int[forms.size()];
    for (int k = 0; k < forms.size(); k++) {
      String form = forms.get(k);
      int hash = 0;
      for (int j = 0; j < form.length(); j++) {
        if (!Character.isLetter(form.charAt(j))) {
          throw new IllegalStateException("instrument-nouns.txt: a noun is one word: " + form);
        }
        hash = 31 * hash + caseFolded(form.charAt(j));
      }
      nounHashes[k] = hash;
    }
    Arrays.sort(nounHashes);
    noun =
        Pattern.compile(
            "(?<![\\p{L}])" + Phrases.alternation(forms) + "(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  @Override
  public boolean mayOccur(String text) {
    return text.contains("dated") || text.contains(" of ");
  }

  @Override
  public void collect(String text, Body body, List<Found> out) {
    Matcher m = null;
    Openings.Cursor connections = DATED_OPENINGS.in(text);
    for (int at = nextConnector(text, connections, 0);
        at >= 0;
        at = nextConnector(text, connections, at + 1)) {
      if (m == null) {
        m = DATED.matcher(text).useTransparentBounds(true);
      }
      if (!m.region(at, text.length()).lookingAt()) {
        continue;
      }
      at = m.end() - 1;
      // the groups are read in place: "dated" or "of", the day, the month's name and the year
      String connector = text.charAt(m.start("connector")) == 'o' ? "of" : "dated";
      LocalDate date;
      try {
        date =
            m.start("d") >= 0
                ? date(text, m.start("y"), m.start("m"), m.end("m"), m.start("d"), m.end("d"))
                : date(text, m.start("y2"), m.start("m2"), m.end("m2"), m.start("d2"), m.end("d2"));
      } catch (DateTimeException e) {
        continue; // "dated 31 February 2019" is a misprint, not a date
      }
      Matcher n = nounBefore(text, m.start(), connector.equals("of"));
      if (n == null) {
        continue;
      }
      int form = formAt(text, n.start(), n.end());
      if (form < 0 || !connectors.get(form).contains(connector)) {
        continue;
      }
      // A symbol between noun and date is a citation of its own ("letter (S/2020/5) dated ...",
      // "the letter S/2020/5 dated ..."): the instrument then spans its date only, so that both
      // are kept.
      int start = holdsSymbol(text, n.end(), m.start()) ? m.start() : n.start();
      out.add(
          new Found(CitationType.INSTRUMENT, start, m.end(), targetNouns.get(form) + " " + date));
    }
  }

  /**
   * Where {@link #DATED} may match at or after {@code from}: a connector at a word start, one
   * whitespace, then a digit (the day) or the name of a month.
   */
  private static int nextConnector(String text, Openings.Cursor connectors, int from) {
    for (int i = connectors.next(from); i >= 0; i = connectors.next(i + 1)) {
      int end = i;
      while (end < text.length() && Character.isLetter(text.charAt(end))) {
        end++;
      }
      if (end + 1 < text.length() && Whitespace.isSpace(text.charAt(end))) {
        char next = text.charAt(end + 1);
        if (next >= '0' && next <= '9' || next >= 'A' && next <= 'Z' && monthAt(text, end + 1)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean monthAt(String text, int at) {
    for (String month : MONTH_NAMES) {
      if (text.startsWith(month, at)) {
        return true;
      }
    }
    return false;
  }

  /** The whitespace of {@code \\s}. */
  private static boolean holdsSymbol(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '/') {
        return true;
      }
    }
    return false;
  }

  /**
   * The date whose year (four digits) starts at {@code year}, whose month's English name runs from
   * {@code month} to {@code monthEnd} and whose day's one or two digits run from {@code day} to
   * {@code dayEnd}, as the pattern matched them.
   */
  private static LocalDate date(
      String text, int year, int month, int monthEnd, int day, int dayEnd) {
    Month named = null;
    for (int k = 0; k < MONTH_NAMES.size() && named == null; k++) {
      String name = MONTH_NAMES.get(k);
      if (name.length() == monthEnd - month && text.startsWith(name, month)) {
        named = Month.of(k + 1);
      }
    }
    if (named == null) {
      throw new IllegalStateException("the pattern matched no month's name at " + month);
    }
    return LocalDate.of(digits(text, year, year + 4), named, digits(text, day, dayEnd));
  }

  /** The number the ASCII digits from {@code from} to {@code to} print. */
  private static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = 10 * n + (text.charAt(i) - '0');
    }
    return n;
  }

  /**
   * Which noun the text from {@code start} to {@code end} prints, compared as the case-blind
   * pattern compares it ("MEMORANDA", "Communiqué"), or -1. Lower-casing the text would not do: a
   * character the pattern takes for a letter of a noun may lower-case to another ("İ" to "i" and a
   * dot above, "ſ" stays itself), and such a noun would then be in no table.
   */
  private int formAt(String text, int start, int end) {
    for (int k = 0; k < forms.size(); k++) {
      String form = forms.get(k);
      if (form.length() != end - start) {
        continue;
      }
      int j = 0;
      while (j < form.length()
          && caseFolded(text.charAt(start + j)) == caseFolded(form.charAt(j))) {
        j++;
      }
      if (j == form.length()) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The nearest instrument noun before the connector in the same sentence, at most {@value
   * #MAX_WORDS_BETWEEN} words before it ("a letter from the Permanent Representative (S/2020/5)
   * dated ..."); for "of" it must stand right before it ("an agreement of 5 May 2015").
   */
  private Matcher nounBefore(String text, int connectorStart, boolean adjacent) {
    int from = Math.max(0, connectorStart - LOOKBACK);
    for (int i = connectorStart - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
          || c == ';'
          || c == ':'
          || c == '!'
          || c == '?') {
        from = i + 1;
        break;
      }
    }
    if (adjacent && !mayEndNoun(text, from, connectorStart)) {
      return null; // the pattern would find no noun right before the connector
    }
    Matcher n = noun.matcher(text);
    long last = lastNoun(n, text, from, connectorStart);
    if (last < 0) {
      return null;
    }
    int lastStart = (int) (last >>> 32);
    int lastEnd = (int) last;
    if (adjacent
        ? !isBlank(text, lastEnd, connectorStart)
        : words(text, lastEnd, connectorStart) > MAX_WORDS_BETWEEN) {
      return null;
    }
    n.region(lastStart, connectorStart);
    return n.lookingAt() ? n : null;
  }

  /**
   * Where the last noun that repeated {@code find()} in the region from {@code from} to {@code to}
   * would find starts and ends (start in the high half), or -1. The pattern is tried only where its
   * look-behind holds (the region's start, or after a character that is no letter) and the text's
   * character folds as a noun's first does: not at every character of the sentence.
   */
  long lastNoun(Matcher n, String text, int from, int to) {
    long last = -1;
    int p = from;
    while (p < to) {
      if (p > from && Character.isLetter(text.charAt(p - 1))) {
        p++;
        continue;
      }
      // the word's letters, folded into a hash: a noun is a whole word, and a character that
      // folds to a noun's letter is a letter (InstrumentShortcutTest)
      int end = p;
      int hash = 0;
      while (end < to && Character.isLetter(text.charAt(end))) {
        hash = 31 * hash + caseFolded(text.charAt(end));
        end++;
      }
      if (Arrays.binarySearch(nounHashes, hash) >= 0 && n.region(p, to).lookingAt()) {
        last = (long) p << 32 | n.end();
        p = Math.max(n.end(), p + 1);
      } else {
        p = Math.max(end, p + 1);
      }
    }
    return last;
  }

  /** A character as the case-blind pattern compares it. */
  private static char caseFolded(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /**
   * Whether a noun's last word, in any case as the case-blind pattern compares it, ends the text
   * from {@code from} to {@code to} before its trailing white space: where none does, no noun
   * stands right before the connector, and the pattern need not search the sentence.
   */
  boolean mayEndNoun(String text, int from, int to) {
    int end = to;
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    for (String w : lastWords) {
      int start = end - w.length();
      if (start >= from && text.regionMatches(true, start, w, 0, w.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The number of words in [from, to): the text stripped of whitespace at both ends, then split on
   * runs of {@code \\s} (as {@code strip().split("\\s+")} counts them).
   */
  private static int words(String text, int from, int to) {
    int start = Whitespace.stripStart(text, from, to);
    int end = Whitespace.stripEnd(text, start, to);
    int words = 0;
    boolean inWord = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      boolean space = Whitespace.isSpace(c);
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
