package io.github.undebate.parser.internal.common;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts text into words for name matching and folds each word: case, accents and inner punctuation
 * do not count, so "Côte d’Ivoire", "COTE D'IVOIRE" and "Cote d'Ivoire" are the same words. An
 * apostrophe between letters and the dots of an initialism ("U.S.A.") stay inside a word, a
 * possessive "'s" is dropped ("Russia's" is "Russia"); every other non-letter separates words.
 */
public final class Words {
  private Words() {}

  /**
   * One word of a text.
   *
   * @param folded the word without accents, inner apostrophes and dots, in lower case
   * @param start offset of its first character in the text
   * @param end offset just after its last character (a final initialism dot included)
   * @param capitalized its first letter is upper case
   * @param upperCase it has no lower-case letter
   * @param breakBefore a comma, semicolon, colon, other sentence punctuation, or a full stop after
   *     a word of three or more letters stands between this word and the previous one, so a name
   *     may not run across
   */
  record Word(
      String folded,
      int start,
      int end,
      boolean capitalized,
      boolean upperCase,
      boolean breakBefore) {}

  /** The words of {@code text}, in order. */
  static List<Word> of(String text) {
    List<Word> words = new ArrayList<>();
    Reader reader = new Reader(text);
    while (reader.next()) {
      words.add(
          new Word(
              reader.folded().toString(),
              reader.start(),
              reader.end(),
              reader.capitalized(),
              reader.upperCase(),
              reader.breakBefore()));
    }
    return words;
  }

  /** The folded words of {@code name} joined by single spaces. */
  public static String key(String name) {
    StringBuilder key = new StringBuilder(name.length());
    appendKey(key, name);
    return key.toString();
  }

  /** Appends the folded words of {@code name}, joined by single spaces, to {@code key}. */
  static void appendKey(StringBuilder key, String name) {
    Reader reader = new Reader(name);
    boolean first = true;
    while (reader.next()) {
      if (!first) {
        key.append(' ');
      }
      key.append(reader.folded());
      first = false;
    }
  }

  /**
   * Reads the words of a text one at a time, as {@link #of} cuts them, without keeping them: the
   * current word's folded form lives in one reused buffer. One reader serves one call on one
   * thread; it is not shared.
   */
  static final class Reader {
    private final String text;
    private final StringBuilder folded = new StringBuilder();
    private int position;
    private int start = -1;
    private int end = -1;
    private boolean capitalized;
    private boolean upperCase;
    private boolean breakBefore;

    // made by the first mark: a reader for a key never goes back
    private StringBuilder markedFolded;
    private int markedPosition;
    private int markedStart = -1;
    private int markedEnd = -1;
    private boolean markedCapitalized;
    private boolean markedUpperCase;
    private boolean markedBreakBefore;

    Reader(String text) {
      this.text = text;
    }

    /** Moves to the next word; false at the end of the text. */
    boolean next() {
      String text = this.text;
      int n = text.length();
      int i = position;
      boolean pendingBreak = false;
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        char c = text.charAt(i);
        if (isHardBreak(c)) {
          pendingBreak = true;
        } else if (c == '.' && end == i && end - start >= 3) {
          // a full stop right after a word of three or more letters ends a sentence
          pendingBreak = true;
        }
        i++;
      }
      if (i >= n) {
        position = n;
        return false;
      }
      int wordStart = i;
      folded.setLength(0);
      int segment = 0;
      boolean initialism = false;
      boolean possessive = false;
      boolean hasLower = false;
      boolean ascii = true;
      int wordEnd = i;
      while (i < n) {
        char d = text.charAt(i);
        if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
          folded.append(d);
          hasLower |= Character.isLowerCase(d);
          ascii &= d < 128;
          segment++;
          i++;
          wordEnd = i;
        } else if (isApostrophe(d) && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
          if ((text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
              && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
            // a possessive: "Russia's" is the word "Russia"
            possessive = true;
            break;
          }
          i++;
          segment = 0;
        } else if (d == '.'
            && segment == 1
            && i + 1 < n
            && Character.isLetter(text.charAt(i + 1))
            && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2)))) {
          // a dot between single letters: an initialism such as U.S.A.
          i++;
          segment = 0;
          initialism = true;
        } else {
          break;
        }
      }
      if (possessive) {
        i += 2;
      } else if (initialism && segment == 1 && i < n && text.charAt(i) == '.') {
        wordEnd = i + 1;
        i++;
      }
      char first = text.charAt(wordStart);
      capitalized = Character.isUpperCase(first) || Character.isDigit(first);
      upperCase = !hasLower;
      breakBefore = pendingBreak;
      start = wordStart;
      end = wordEnd;
      position = i;
      if (ascii) {
        for (int k = 0; k < folded.length(); k++) {
          char c = folded.charAt(k);
          if (c >= 'A' && c <= 'Z') {
            folded.setCharAt(k, (char) (c + ('a' - 'A')));
          }
        }
      } else {
        String word = fold(folded.toString());
        folded.setLength(0);
        folded.append(word);
      }
      return true;
    }

    /** The current word without accents, inner apostrophes and dots, in lower case. */
    CharSequence folded() {
      return folded;
    }

    /** Offset of the current word's first character in the text. */
    int start() {
      return start;
    }

    /** Offset just after the current word's last character (a final initialism dot included). */
    int end() {
      return end;
    }

    /** The current word's first letter is upper case (or it starts with a digit). */
    boolean capitalized() {
      return capitalized;
    }

    /** The current word has no lower-case letter. */
    boolean upperCase() {
      return upperCase;
    }

    /** Sentence punctuation stands between the current word and the previous one. */
    boolean breakBefore() {
      return breakBefore;
    }

    /** Remembers the current word so {@link #reset} can come back to it. */
    void mark() {
      if (markedFolded == null) {
        markedFolded = new StringBuilder();
      }
      markedFolded.setLength(0);
      markedFolded.append(folded);
      markedPosition = position;
      markedStart = start;
      markedEnd = end;
      markedCapitalized = capitalized;
      markedUpperCase = upperCase;
      markedBreakBefore = breakBefore;
    }

    /** Comes back to the word current at the last {@link #mark}. */
    void reset() {
      folded.setLength(0);
      folded.append(markedFolded);
      position = markedPosition;
      start = markedStart;
      end = markedEnd;
      capitalized = markedCapitalized;
      upperCase = markedUpperCase;
      breakBefore = markedBreakBefore;
    }
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018';
  }

  private static boolean isHardBreak(char c) {
    return c == ',' || c == ';' || c == ':' || c == '!' || c == '?';
  }

  private static String fold(String word) {
    boolean ascii = true;
    for (int k = 0; k < word.length() && ascii; k++) {
      ascii = word.charAt(k) < 128;
    }
    if (ascii) {
      return word.toLowerCase(Locale.ROOT);
    }
    // Marks already apart go before decomposing: the normaliser orders a run of marks by
    // insertion, quadratic in the run's length, and a crafted "word" can be all marks.
    String decomposed = Normalizer.normalize(withoutMarks(word), Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    for (int k = 0; k < decomposed.length(); k++) {
      char c = decomposed.charAt(k);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        folded.append(c);
      }
    }
    return folded.toString().toLowerCase(Locale.ROOT);
  }

  private static String withoutMarks(String word) {
    StringBuilder out = null;
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        if (out == null) {
          out = new StringBuilder(word.length()).append(word, 0, k);
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? word : out.toString();
  }
}
