package io.github.undebate.parser.internal.statement;

import io.github.undebate.core.Quotation;
import io.github.undebate.parser.internal.common.ResourceTable;
import io.github.undebate.parser.internal.text.Quotes;
import io.github.undebate.parser.internal.text.Whitespace;
import io.github.undebate.parser.internal.text.WordCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passages that quote a third person: spans between quotation marks long enough to be speech, with
 * the person quoted when the text names him before a reporting verb ("Mr. Aleksandr Lukashenko ...
 * pointed out that “...”").
 */
final class QuotedSpeech {
  private static final List<String> VERBS =
      ResourceTable.lowerCasePhrases(QuotedSpeech.class, "speech-verbs.txt");
  // package-private for the test that reads the text the straightforward way
  static final Pattern VERB = verbs(VERBS);
  private static final String[][] VERBS_BY_FIRST = byFirst(VERBS);
  // A person named with an honorific or a post: the name is one to three capitalised words.
  // (TITLES lists what each match opens with; the pattern looks at nothing before.)
  static final Pattern PERSON =
      Pattern.compile(
          "(?:Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Sir|President|Prime Minister|Secretary-General|Minister|Chancellor|King|Queen|Pope)"
              + "\\s+(\\p{Lu}[\\p{Ll}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}'’-]+){0,2})");
  private static final List<String> TITLES =
      List.of(
          "Mr",
          "Ms",
          "Dr",
          "Sir",
          "President",
          "Prime Minister",
          "Secretary-General",
          "Minister",
          "Chancellor",
          "King",
          "Queen",
          "Pope");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:\\s]+$");
  private static final int MIN_WORDS = 4;
  private static final int REACH = 600;

  private QuotedSpeech() {}

  private static Pattern verbs(List<String> verbs) {
    StringBuilder alternatives = new StringBuilder();
    for (String v : verbs) {
      if (v.isEmpty()) {
        throw new IllegalStateException("speech-verbs.txt has an empty entry");
      }
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(v));
    }
    return Pattern.compile("\\b(?:" + alternatives + ")\\b");
  }

  /**
   * The quoted passages of a paragraph, each with its speaker when the text names him. One pass
   * over the text pairs each opening mark with the next closing one, so that long text full of
   * unpaired marks stays linear.
   */
  static List<Quotation> find(String text, Optional<String> speakerBefore) {
    List<Quotation> out = null; // made at the first quotation: most paragraphs have none
    OpeningMarks marks = new OpeningMarks(text);
    int from = 0;
    while (true) {
      int open = marks.next(from);
      if (open < 0) {
        break;
      }
      int close = text.indexOf(Quotes.closing(text.charAt(open)), open + 1);
      if (close < 0) {
        break; // a quotation left open: none closes after it
      }
      Quotation q = quotation(text, open + 1, close, speakerBefore);
      if (q != null) {
        out = out == null ? new ArrayList<>() : out;
        out.add(q);
      }
      from = close + 1;
    }
    return out == null ? List.of() : out;
  }

  /** The opening marks ({@link Quotes#isOpening}) that {@link #find} looks up. */
  static final char[] OPENINGS = {'“', '«', '"'};

  /** The quotation from {@code start} to {@code end}, or null when it is too short for speech. */
  static Quotation quotation(String text, int start, int end, Optional<String> speakerBefore) {
    // the quotation stripped, read in place (white space is never a surrogate)
    int from = Whitespace.stripStart(text, start, end);
    int to = Whitespace.stripEnd(text, from, end);
    if (from == to || WordCount.of(text, from, to) < MIN_WORDS) {
      return null;
    }
    Optional<String> speaker = speakerOf(text, Math.max(0, start - REACH), start);
    return new Quotation(start, end, speaker.isPresent() ? speaker : speakerBefore);
  }

  /** The person named before a reporting verb in the text leading up to a quotation. */
  static Optional<String> speakerOf(String before) {
    return speakerOf(before, 0, before.length());
  }

  /**
   * The person named before a reporting verb in {@code text[from, to)}, read as if it were a string
   * of its own: a matcher's region bounds the patterns as a string's ends do.
   */
  private static Optional<String> speakerOf(String text, int from, int to) {
    // The last match, as repeated find() calls would reach it: a match opens only at a title and
    // the pattern looks at nothing before its start, so the pattern is tried only at titles, from
    // the end of the previous match on.
    Matcher p = null;
    String name = null;
    int nameEnd = -1;
    for (int at = nextTitle(text, from, to); at >= 0; ) {
      if (p == null) {
        p = PERSON.matcher(text);
      }
      p.region(at, to);
      if (p.lookingAt()) {
        name = p.group(1);
        nameEnd = p.end();
        at = nextTitle(text, nameEnd, to);
      } else {
        at = nextTitle(text, at + 1, to);
      }
    }
    if (name == null) {
      return Optional.empty();
    }
    CharSequence between =
        LowerCaseView.fits(text, nameEnd, to)
            ? new LowerCaseView(text, nameEnd, to)
            : text.substring(nameEnd, to).toLowerCase(java.util.Locale.ROOT);
    return namesVerb(between) ? Optional.of(name) : Optional.empty();
  }

  /**
   * {@code text[from, to)} lower-cased as {@code toLowerCase(Locale.ROOT)} does, read in place
   * rather than copied twice (issue 14): only for a range where that is one character for one,
   * {@link Character#toLowerCase(char)} of each ({@link #fits}).
   */
  static final class LowerCaseView implements CharSequence {
    private final String text;
    private final int from;
    private final int to;

    LowerCaseView(String text, int from, int to) {
      this.text = text;
      this.from = from;
      this.to = to;
    }

    /**
     * Whether the range lower-cases character by character: no surrogate, no capital dotted I (two
     * characters in lower case) and no capital sigma (final or not by its context).
     */
    static boolean fits(String text, int from, int to) {
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c >= '\u0130' && (c == '\u0130' || c == '\u03a3' || Character.isSurrogate(c))) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int length() {
      return to - from;
    }

    @Override
    public char charAt(int index) {
      char c = text.charAt(from + index);
      return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
    }

    /** Whether {@code s} stands at {@code at}. */
    boolean startsWith(String s, int at) {
      if (at < 0 || at > length() - s.length()) {
        return false;
      }
      for (int j = 0; j < s.length(); j++) {
        if (charAt(at + j) != s.charAt(j)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return toString().substring(start, end);
    }

    @Override
    public String toString() {
      return text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Whether {@link #VERB} finds a reporting verb in the lower-cased text: tried only where a verb
   * stands, with transparent bounds so that its word boundary sees the character before. The text
   * is read once, each place against the verbs that open with its character, not once for each verb
   * (issue 14): a place the pattern is tried at matches or not whichever verb led there.
   */
  private static boolean namesVerb(CharSequence lower) {
    Matcher m = null;
    int n = lower.length();
    for (int p = 0; p < n; p++) {
      char c = lower.charAt(p);
      String[] verbs = c < VERBS_BY_FIRST.length ? VERBS_BY_FIRST[c] : null;
      if (verbs == null) {
        continue;
      }
      for (String verb : verbs) {
        if (startsWith(lower, verb, p)) {
          if (m == null) {
            m = VERB.matcher(lower).useTransparentBounds(true);
          }
          m.region(p, n);
          if (m.lookingAt()) {
            return true;
          }
          break; // the pattern tried every verb here
        }
      }
    }
    return false;
  }

  /** Whether {@code s} stands in the text at {@code at}. */
  private static boolean startsWith(CharSequence text, String s, int at) {
    return text instanceof LowerCaseView v
        ? v.startsWith(s, at)
        : ((String) text).startsWith(s, at);
  }

  /** The verbs by their first character (an ASCII one), null for a character none opens with. */
  private static String[][] byFirst(List<String> verbs) {
    String[][] out = new String[128][];
    for (String v : verbs) {
      char c = v.charAt(0);
      if (c >= 128) {
        throw new IllegalStateException("speech-verbs.txt: \"" + v + "\" opens beyond ASCII");
      }
      String[] was = out[c] == null ? new String[0] : out[c];
      String[] now = java.util.Arrays.copyOf(was, was.length + 1);
      now[was.length] = v;
      out[c] = now;
    }
    return out;
  }

  /** Where the next title that can open a {@link #PERSON} match stands in the range, or -1. */
  private static int nextTitle(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      // an array by first letter, not the list: most capitals open no title (issue 14)
      String[] titles = c >= 'A' && c <= 'Z' ? TITLES_BY_FIRST[c - 'A'] : null;
      if (titles == null) {
        continue;
      }
      for (String title : titles) {
        if (i + title.length() <= to && text.startsWith(title, i)) {
          return i;
        }
      }
    }
    return -1;
  }

  /** {@link #TITLES} by their first letter, A to Z; null for a letter none opens with. */
  private static final String[][] TITLES_BY_FIRST = titlesByFirst();

  private static String[][] titlesByFirst() {
    String[][] out = new String[26][];
    for (String t : TITLES) {
      int k = t.charAt(0) - 'A';
      String[] was = out[k] == null ? new String[0] : out[k];
      String[] now = java.util.Arrays.copyOf(was, was.length + 1);
      now[was.length] = t;
      out[k] = now;
    }
    return out;
  }

  /**
   * Whether the whole paragraph is one quotation (a block quote): it opens with a quotation mark
   * and closes with one before any trailing punctuation, with no closing mark in between. Read in
   * place, as every paragraph is asked.
   */
  static boolean isBlockQuote(String text) {
    // the text stripped as String.strip does (white space is never a surrogate)
    int from = 0;
    int to = text.length();
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (to - from < 20 || !Quotes.isOpening(text.charAt(from))) {
      return false;
    }
    if (text.charAt(to - 1) == '\u0085') {
      // where regex $ also matches: before a final line terminator that strip keeps
      return isBlockQuoteByPattern(text.substring(from, to));
    }
    int end = to; // without trailing punctuation: TRAILING_PUNCTUATION
    while (end > from
        && (".,;:".indexOf(text.charAt(end - 1)) >= 0
            || Whitespace.isSpace(text.charAt(end - 1)))) {
      end--;
    }
    if (end - from < 2 || !Quotes.isClosing(text.charAt(end - 1))) {
      // a lone opening mark before punctuation only is no quotation
      return false;
    }
    // the quotation must run from the first mark to the last: no closing mark in between
    for (int i = from + 1; i < end - 1; i++) {
      char c = text.charAt(i);
      if (c == '”' || c == '»' || c == '"') {
        return false;
      }
    }
    return true;
  }

  /** {@link #isBlockQuote} of a stripped text, with the trailing punctuation cut by pattern. */
  private static boolean isBlockQuoteByPattern(String t) {
    String end = TRAILING_PUNCTUATION.matcher(t).replaceAll("");
    char last = end.isEmpty() ? ' ' : end.charAt(end.length() - 1);
    if (end.length() < 2 || !Quotes.isClosing(last)) {
      return false;
    }
    String inner = end.substring(1, end.length() - 1);
    return inner.indexOf('”') < 0 && inner.indexOf('»') < 0 && inner.indexOf('"') < 0;
  }
}
