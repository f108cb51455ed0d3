package io.github.undebate.parser.internal.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The text around a name folded as a statement's self-references compare it with their phrases:
 * lower case, every run of white space as one space (line breaks kept), curly apostrophes straight,
 * Arabic without its vowel marks and tatweel and with the hamza forms of alef as bare alef (a
 * speech may vocalise a phrase that the table writes bare, or stretch it).
 *
 * <p>The speed tricks of that comparison live here. A speech names a State every few hundred
 * characters, and folding the windows around every name was most of the cost of weighing them
 * (issue 14), though the clause around most names opens with none of the phrases: {@link #mayOpen}
 * says so from a few characters read in place, without a copy, before the window is folded. A
 * window is folded into a reused buffer, so that only its String is made, and ASCII, most of any
 * text, is folded without the {@code Character} tables. One instance serves one reading on one
 * thread.
 */
public final class ClauseFold {
  /** How many folded characters {@link #mayOpen} compares with the phrases' openings. */
  private static final int OPENING = 16;

  private static final String[] NONE = {};

  private char[] buffer = new char[128];
  private final char[] opening = new char[OPENING];

  /**
   * Phrases, folded, that may open a clause: what {@link #mayOpen} compares a text's opening with.
   */
  public static final class Openings {
    // the phrases' first OPENING characters (all mayOpen compares), each once, by their first
    // character: a clause is compared only with the openings that share its first character
    private final char[] firsts;
    private final String[][] byFirst;
    private final boolean any;

    private Openings(String[] phrases) {
      Map<Character, Set<String>> grouped = new TreeMap<>();
      for (String p : phrases) {
        String head = p.substring(0, Math.min(OPENING, p.length()));
        grouped.computeIfAbsent(head.charAt(0), c -> new LinkedHashSet<>()).add(head);
      }
      firsts = new char[grouped.size()];
      byFirst = new String[grouped.size()][];
      int k = 0;
      for (Map.Entry<Character, Set<String>> e : grouped.entrySet()) {
        firsts[k] = e.getKey();
        byFirst[k++] = e.getValue().toArray(String[]::new);
      }
      any = phrases.length > 0;
    }

    /** The openings that share the first character, or none. */
    private String[] opening(char first) {
      int at = Arrays.binarySearch(firsts, first);
      return at >= 0 ? byFirst[at] : NONE;
    }

    /** The openings of the phrases, each folded already ({@link #fold(String)}). */
    public static Openings of(Collection<String> folded) {
      for (String p : folded) {
        if (p.isEmpty() || Character.isWhitespace(p.charAt(0))) {
          // mayOpen compares from the first character that is not white space
          throw new IllegalArgumentException("a phrase opens with white space: \"" + p + "\"");
        }
      }
      return new Openings(folded.toArray(String[]::new));
    }

    /** The openings of several lists of phrases, each folded already. */
    public static Openings of(List<List<String>> lists) {
      return of(lists.stream().flatMap(List::stream).toList());
    }
  }

  /**
   * Phrases, folded, that may end the text before a name, perhaps before an article: what {@link
   * #mayClose} compares the text's last words with.
   */
  public static final class Closings {
    // the phrases' last words, each once, by their last character (an empty one ends every word)
    private final char[] lasts;
    private final String[][] byLast;
    private final boolean emptyWord;
    private final String[] articles;

    private Closings(String[] lastWords, String[] articles) {
      Map<Character, Set<String>> grouped = new TreeMap<>();
      boolean empty = false;
      for (String w : lastWords) {
        if (w.isEmpty()) {
          empty = true;
        } else {
          grouped.computeIfAbsent(w.charAt(w.length() - 1), c -> new LinkedHashSet<>()).add(w);
        }
      }
      lasts = new char[grouped.size()];
      byLast = new String[grouped.size()][];
      int k = 0;
      for (Map.Entry<Character, Set<String>> e : grouped.entrySet()) {
        lasts[k] = e.getKey();
        byLast[k++] = e.getValue().toArray(String[]::new);
      }
      this.emptyWord = empty;
      this.articles = articles;
    }

    /** The last words that end with the character, or none. */
    private String[] ending(char last) {
      int at = Arrays.binarySearch(lasts, last);
      return at >= 0 ? byLast[at] : NONE;
    }

    /**
     * The closings of the phrases, each folded already, before which a reader may also drop one of
     * the articles ("on behalf of the Sudan"; an elided "l'" too).
     */
    public static Closings of(Collection<String> folded, Collection<String> articles) {
      return new Closings(
          folded.stream().map(p -> p.substring(p.lastIndexOf(' ') + 1)).toArray(String[]::new),
          articles.toArray(String[]::new));
    }
  }

  /** The whole of {@code s} folded. */
  public static String fold(String s) {
    return new ClauseFold().fold(s, 0, s.length());
  }

  /** The text from {@code from} to {@code to} folded, read in place (not cut out first). */
  public String fold(String text, int from, int to) {
    if (buffer.length < to - from) {
      buffer = new char[to - from];
    }
    int n = foldInto(text, from, to, buffer, buffer.length);
    return new String(buffer, 0, n);
  }

  /**
   * The text from {@code from} to {@code to} folded into {@code out}, which holds at least {@code
   * to - from} characters, read in place; returns how many it wrote. No String is made of it.
   */
  public static int fold(String text, int from, int to, char[] out) {
    if (out.length < to - from) {
      throw new IllegalArgumentException("room for " + out.length + " of " + (to - from));
    }
    return foldInto(text, from, to, out, out.length);
  }

  /**
   * Folds the text from {@code from} to {@code to} into {@code out} after the {@code n} characters
   * folded into it already from the text before {@code from}, as folding the whole at once would go
   * on: folding is read left to right, and all it keeps of what it has read is whether it wrote a
   * space last. {@code out} must have room for {@code n + to - from}; returns the new count.
   */
  public static int foldMore(String text, int from, int to, char[] out, int n) {
    if (out.length - n < to - from) {
      throw new IllegalArgumentException("room for " + (out.length - n) + " of " + (to - from));
    }
    return foldInto(text, from, to, out, n, out.length);
  }

  /**
   * Folds the text from {@code from} to {@code to} into {@code out}, at most {@code max}
   * characters; returns how many it wrote.
   */
  private static int foldInto(String text, int from, int to, char[] out, int max) {
    return foldInto(text, from, to, out, 0, max);
  }

  /** Folds on after {@code n} characters folded already, up to {@code max} in all. */
  private static int foldInto(String text, int from, int to, char[] out, int n, int max) {
    // a space is written only for white space, and then it is the last character written
    boolean space = n > 0 && out[n - 1] == ' ';
    for (int i = from; i < to && n < max; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        out[n++] = '\n';
        space = false;
      } else if (isWhitespace(c)) {
        if (!space) {
          out[n++] = ' ';
        }
        space = true;
      } else if (!isLeftOut(c)) {
        out[n++] = lowerCase(c);
        space = false;
      }
    }
    return n;
  }

  /**
   * Where the text from {@code from} to {@code to} ends without its trailing white space: folded to
   * there, it is the whole folded without its trailing white space, made without that copy.
   */
  public static int strippedEnd(String text, int from, int to) {
    while (to > from && isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  /**
   * Whether the text from {@code from} (up to {@code to}), folded and with its leading white space
   * left out, may open with one of the phrases: false only when it opens with none of them. Reads
   * at most a few characters, in place.
   */
  public boolean mayOpen(String text, int from, int to, Openings openings) {
    // the folded text's first characters after its leading white space: folding maps white space
    // to white space and nothing else to it, so they are the first characters folded from the
    // first raw character that is not white space on
    char[] opening = this.opening;
    int i = from;
    while (i < to && (text.charAt(i) == '\n' || isWhitespace(text.charAt(i)))) {
      i++;
    }
    int n = foldInto(text, i, to, opening, OPENING);
    if (n == 0) {
      return openings.any; // nothing to compare: every phrase agrees
    }
    for (String p : openings.opening(opening[0])) {
      if (agree(p, opening, n)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text from {@code from} to {@code to}, folded and with its trailing white space left
   * out, may end with one of the phrases, perhaps followed by one article or an elided "l'": false
   * only when it cannot. Reads the last two words in place: a phrase that ends the text ends its
   * last word, or the word before an article that stands alone.
   */
  public boolean mayClose(String text, int from, int to, Closings closings) {
    int end = to;
    while (end > from && isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > from && !isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    if (start == end) {
      return false; // nothing before the name
    }
    int previousEnd = start;
    while (previousEnd > from && isWhitespace(text.charAt(previousEnd - 1))) {
      previousEnd--;
    }
    int previousStart = previousEnd;
    while (previousStart > from && !isWhitespace(text.charAt(previousStart - 1))) {
      previousStart--;
    }
    for (int i = previousStart; i < end; i++) {
      if (isLeftOut(text.charAt(i))) {
        return true; // folding drops characters here, which the comparison in place cannot follow
      }
    }
    for (String article : closings.articles) {
      if (end - start == article.length() && foldedEquals(text, start, article)) {
        // an article alone is dropped: the phrase ends the word before it
        return endsWithAny(text, previousStart, previousEnd, closings);
      }
    }
    if (endsWithAny(text, start, end, closings)) {
      return true;
    }
    for (String article : closings.articles) {
      // "(the": an article after a character that is no letter or digit inside the word
      int at = end - article.length();
      if (at > start
          && foldedEquals(text, at, article)
          && !Character.isLetterOrDigit(text.charAt(at - 1))
          && endsWithAny(text, start, at, closings)) {
        return true;
      }
    }
    // "de l'" + name: the phrase ends before the elided article, in its word or the one before
    if (end - start >= 2 && foldedEquals(text, end - 2, "l'")) {
      return end - start > 2
          ? endsWithAny(text, start, end - 2, closings)
          : endsWithAny(text, previousStart, previousEnd, closings);
    }
    return false;
  }

  /** Whether the folded word from {@code start} to {@code end} ends with a phrase's last word. */
  private static boolean endsWithAny(String text, int start, int end, Closings closings) {
    if (closings.emptyWord && end >= start) {
      return true;
    }
    if (end <= start) {
      return false;
    }
    for (String word : closings.ending(lowerCase(text.charAt(end - 1)))) {
      if (end - start >= word.length() && foldedEquals(text, end - word.length(), word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text at {@code at}, folded, reads {@code folded}. */
  private static boolean foldedEquals(String text, int at, String folded) {
    for (int j = 0; j < folded.length(); j++) {
      if (lowerCase(text.charAt(at + j)) != folded.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the phrase and the first {@code n} folded characters agree as far as both go. */
  private static boolean agree(String phrase, char[] opening, int n) {
    int k = Math.min(phrase.length(), n);
    for (int j = 0; j < k; j++) {
      if (phrase.charAt(j) != opening[j]) {
        return false;
      }
    }
    return true;
  }

  /** White space as folding reads it: {@code Character.isWhitespace} and the no-break space. */
  private static boolean isWhitespace(char c) {
    if (c < 128) {
      return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
    }
    return c == '\u00A0' || Character.isWhitespace(c);
  }

  /** A character lower-cased as folding does: the curly apostrophe straight, alef bare. */
  private static char lowerCase(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    if (c == '\u2019') {
      return '\'';
    }
    if (c == '\u0622' || c == '\u0623' || c == '\u0625') {
      return '\u0627';
    }
    return Character.toLowerCase(c);
  }

  /** Whether folding leaves the character out: Arabic vowel marks and the tatweel. */
  private static boolean isLeftOut(char c) {
    return c >= '\u0640' && (c <= '\u065F' && (c >= '\u064B' || c == '\u0640') || c == '\u0670');
  }
}
