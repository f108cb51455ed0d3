package io.github.undebate.parser.internal.noise;

import io.github.undebate.parser.internal.common.ResourceTable;
import io.github.undebate.parser.internal.text.PhraseList;
import io.github.undebate.parser.internal.text.Whitespace;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whole lines of a statement that are page noise from text: page numbers, print headers, web
 * addresses, time stamps, section rules, site chrome ({@code chrome.txt}), stage directions ({@code
 * stage-directions.txt}) and banners. What a line holds inside it is {@link InlineCleaning}'s job;
 * a verbatim record's noise is {@link RecordPageNoise}'s.
 */
public final class StatementPageNoise {
  private static final PhraseList CHROME =
      ResourceTable.phraseList(StatementPageNoise.class, "chrome.txt");
  private static final List<String> STAGE =
      ResourceTable.lowerCasePhrases(StatementPageNoise.class, "stage-directions.txt");

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "[-–—]?\\s*\\d{1,3}\\s*[-–—]?|\\d{1,3}\\s*/\\s*\\d{1,3}|(?i:page|p\\.)\\s*\\d{1,3}(\\s*(?i:of)\\s*\\d{1,3})?");
  private static final Pattern PRINT_HEADER =
      Pattern.compile(
          "\\d{1,2}/\\d{1,2}/\\d{2,4},?\\s+\\d{1,2}:\\d{2}(\\s*[AaPp]\\.?[Mm]\\.?)?(\\s.*)?");
  static final Pattern URL =
      Pattern.compile("(https?://|www\\.)\\S+(\\s+\\d{1,3}\\s*/\\s*\\d{1,3})?");
  private static final Pattern TIME_STAMP =
      Pattern.compile("\\d{1,2}[:.]\\d{2}\\s*[AaPp]\\.?\\s?[Mm]\\.?(\\s+[A-Z]{2,4})?");
  // a row of navigation links: "State Council | Ministry of Commerce | ..."
  private static final Pattern LINK_ROW = Pattern.compile("\\S \\| \\S.* \\|(?: \\S|$)| \\|$");
  private static final Pattern SEPARATOR = Pattern.compile("[*_=~#\\-–—•·\\s]+");
  static final Pattern PARENTHESISED = Pattern.compile("\\(([^()]{1,80})\\)\\.?");

  /** An Optional of each kind, made once: a line found to be noise makes none. */
  private static final List<Optional<NoiseKind>> FOUND =
      Arrays.stream(NoiseKind.values()).map(Optional::of).toList();

  private StatementPageNoise() {}

  /**
   * What noise the whole line is, if any; {@code repeated} is how often the same line (folded)
   * stands in the text. Each pattern is tried only when the line opens with a character it can open
   * with (or holds the " |" a link row needs).
   */
  public static Optional<NoiseKind> of(String text, int repeated) {
    return of(text, () -> repeated);
  }

  /**
   * As {@link #of(String, int)}; the count of repeats is asked only of a line that may be a banner
   * (short, capitals and spaces only), so that it need not be counted for every line.
   */
  public static Optional<NoiseKind> of(String text, IntSupplier repeated) {
    char first = text.isEmpty() ? ' ' : text.charAt(0);
    boolean digit = first >= '0' && first <= '9';
    // the characters compared one by one, not looked up in a String: every line is asked
    boolean dashOrSpace = first == '-' || first == '–' || first == '—' || Whitespace.isSpace(first);
    if ((digit || dashOrSpace || first == 'p' || first == 'P')
        && onlyPageNumberCharacters(text)
        && PAGE_NUMBER.matcher(text).matches()) {
      return found(NoiseKind.PAGE_NUMBER);
    }
    if (digit
        && (charAt(text, 1) == '/' || charAt(text, 2) == '/')
        && PRINT_HEADER.matcher(text).matches()) {
      return found(NoiseKind.PRINT_HEADER);
    }
    if ((text.startsWith("http://") || text.startsWith("https://") || text.startsWith("www."))
        && URL.matcher(text).matches()) {
      return found(NoiseKind.URL);
    }
    if (digit && (opensTime(text, 1) || opensTime(text, 2)) && TIME_STAMP.matcher(text).matches()) {
      return found(NoiseKind.TIME_STAMP);
    }
    if ((dashOrSpace || opensSeparator(first)) && SEPARATOR.matcher(text).matches()) {
      return found(NoiseKind.SEPARATOR);
    }
    if (isChrome(text) || holdsSpacedBar(text) && LINK_ROW.matcher(text).find()) {
      return found(NoiseKind.SITE_CHROME);
    }
    if (first == '(') {
      Matcher p = PARENTHESISED.matcher(text);
      if (p.matches() && isStage(p.group(1))) {
        return found(NoiseKind.STAGE_DIRECTION);
      }
    }
    // a banner: the same short line without punctuation on many pages ("OFFICIAL")
    if (text.length() <= 40
        && lettersAndSpaces(text)
        && text.equals(text.toUpperCase(Locale.ROOT))
        && repeated.getAsInt() >= 3) {
      return found(NoiseKind.BANNER);
    }
    return Optional.empty();
  }

  /**
   * Whether every character of the text is one {@link #PAGE_NUMBER} can match: digits, white space,
   * dashes, a slash and the letters of "page", "p." and "of". A paragraph that opens with its
   * number ("12. We ...") is told from a page number without a matcher (the patterns below are
   * tried on the same terms).
   */
  private static boolean onlyPageNumberCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || Whitespace.isSpace(c) || "-–—/.pPaAgGeEoOfF".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the text is letters and spaces only ({@code [\p{L} ]+}), read without a matcher. */
  private static boolean lettersAndSpaces(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c != ' ' && !Character.isLetter(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * Whether a bar follows a space in the text ({@code contains(" |")}, which a link row needs): the
   * bars found by {@code indexOf('|')}, quicker than looking for the two characters, as most lines
   * have none.
   */
  static boolean holdsSpacedBar(String text) {
    for (int i = text.indexOf('|', 1); i >= 0; i = text.indexOf('|', i + 1)) {
      if (text.charAt(i - 1) == ' ') {
        return true;
      }
    }
    return false;
  }

  /** Whether a section rule ({@link #SEPARATOR}) may open with the character, but for a dash. */
  private static boolean opensSeparator(char c) {
    return c == '*' || c == '_' || c == '=' || c == '~' || c == '#' || c == '•' || c == '·';
  }

  /** The kind found, in an Optional made once for each kind. */
  private static Optional<NoiseKind> found(NoiseKind kind) {
    return FOUND.get(kind.ordinal());
  }

  /** The character at {@code i}, or a space past the end. */
  private static char charAt(String text, int i) {
    return i < text.length() ? text.charAt(i) : ' ';
  }

  /** Whether {@link #TIME_STAMP}'s ":" or "." may stand at {@code i}, a digit after it. */
  private static boolean opensTime(String text, int i) {
    char mark = charAt(text, i);
    char next = charAt(text, i + 1);
    return (mark == ':' || mark == '.') && next >= '0' && next <= '9';
  }

  /**
   * Whether the line is site chrome from {@code chrome.txt}: an entry ending in "*" is a prefix,
   * any other the whole line.
   */
  public static boolean isChrome(String text) {
    return CHROME.isLine(text);
  }

  /** Whether the text inside parentheses is a stage direction ("Applause", "spoke in French"). */
  static boolean isStage(String inside) {
    String t = inside.strip().toLowerCase(Locale.ROOT);
    for (String s : STAGE) {
      if (t.startsWith(s)) {
        return true;
      }
    }
    return false;
  }
}
