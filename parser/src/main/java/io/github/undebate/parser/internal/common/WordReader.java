package io.github.undebate.parser.internal.common;

import static io.github.undebate.parser.internal.common.Words.isAsciiLetterOrDigit;
import static io.github.undebate.parser.internal.common.Words.isHardBreak;
import static io.github.undebate.parser.internal.common.Words.isLetterOrDigit;

import io.github.undebate.parser.internal.text.WordBuffer;
import io.github.undebate.parser.internal.text.WordTable;

/**
 * Reads the words of a text one at a time, as {@link Words#of} cuts them, without keeping them: the
 * current word's folded form lives in a reused {@link WordBuffer}, and so does the previous word's.
 * ASCII letters and digits, most of any text, are read and folded without the {@code Character}
 * tables; a reader that looks only for capitalised words ({@link #nextSkippingSmall}) folds a word
 * that opens with a small letter only if asked for it. One reader serves one call on one thread; it
 * is not shared.
 */
final class WordReader {
  private final String text;
  private WordBuffer folded = new WordBuffer();
  private WordBuffer previous = new WordBuffer();
  // whether each buffer holds its word folded, or the word must be read again to fold it
  private boolean foldedRead = true;
  private boolean previousRead = true;
  private int previousStart = -1;
  private int position;
  private int start = -1;
  private int end = -1;
  private boolean capitalized;
  private boolean upperCase;
  private boolean breakBefore;

  // what the last word read was found to be, and a scan for reading one again (made on need)
  private final WordScan scan = new WordScan();
  private WordScan again;

  // made by the first mark: a reader for a key never goes back
  private WordBuffer markedFolded;
  private int markedPosition;
  private int markedStart = -1;
  private int markedEnd = -1;
  private boolean markedCapitalized;
  private boolean markedUpperCase;
  private boolean markedBreakBefore;

  // stretches of the text read as spaces (start and end pairs, in order), the next one not passed
  // yet, and where it starts (the text's length when none is left)
  private final int[] blanked;
  private int stretch;
  private int stretchStart;
  private int markedStretch;

  private static final int[] NONE = {};

  WordReader(String text) {
    this(text, NONE);
  }

  /**
   * A reader of {@code text} with the stretches of {@code blanked} (start and end pairs, in order,
   * none overlapping) read as spaces, as if overwritten by them: a quotation whose words do not
   * count is passed over in the text itself, not in a copy. Each stretch must follow a character
   * that ends a word and is looked at after none (neither a letter, a digit, an apostrophe nor a
   * dot: a quotation's opening mark), so that no word, nor the look beyond one, runs into it.
   */
  WordReader(String text, int[] blanked) {
    this.text = text;
    this.blanked = blanked;
    this.stretchStart = blanked.length == 0 ? text.length() : blanked[0];
  }

  /** Passes the stretch at or before {@code i}: where reading goes on. */
  private int pastStretch(int i) {
    int to = Math.max(i, blanked[2 * stretch + 1]);
    stretch++;
    stretchStart = 2 * stretch < blanked.length ? blanked[2 * stretch] : text.length();
    return to;
  }

  /** Comes back to the stretch {@code k}, the next not passed. */
  private void backToStretch(int k) {
    stretch = k;
    stretchStart = 2 * k < blanked.length ? blanked[2 * k] : text.length();
  }

  /**
   * Moves to the next word as {@link #next} does; a word that opens with a small ASCII letter not
   * in {@code keep} (bit {@code c - 'a'}) is read to its end but not folded ({@link #isFolded} is
   * false) until {@link #folded} or {@link #previous} asks for it.
   */
  boolean nextSkippingSmall(int keep) {
    return next(~keep);
  }

  /**
   * Moves to the next word that {@link #nextSkippingSmall} would fold, passing over the words it
   * would leave unfolded as that would; false at the end of the text. A word passed over is read
   * only to its end: of the last one, a later word needs only where it is (the previous word,
   * folded when asked; a full stop right after it), not the rest of what {@link #next} keeps of a
   * word.
   */
  boolean nextFolded(int keep) {
    return nextFolded(keep, null, null);
  }

  /**
   * Moves as {@link #nextFolded(int)} does, also passing over every word of ASCII letters and
   * digits whose folded form's {@link String#hashCode} neither table may hold ({@link
   * WordTable#mayHold}; {@code secondWords} may be null): a reader looking for the words of tables
   * (the first words of names) folds only the words they may hold, not every capitalised word of
   * the text nor every word that opens with a letter in {@code keep}. A word beyond ASCII is always
   * folded.
   */
  boolean nextFolded(int keep, WordTable<?> firstWords, WordTable<?> secondWords) {
    int skip = ~keep;
    String text = this.text;
    int n = text.length();
    int i = position;
    int separators = i;
    int separatorsStretch = stretch;
    boolean passed = false;
    int passedStart = -1;
    int passedEnd = -1;
    SmallWords small = SmallWords.passing(keep);
    while (true) {
      // separators and plain small words in one loop, up to the next other word or stretch
      int from = i;
      i = small.pass(text, i, stretchStart);
      int last = SmallWords.lastWordEnd(text, from, i);
      if (last >= 0) {
        passed = true;
        passedStart = SmallWords.wordStart(text, from, last);
        passedEnd = last;
        separators = last;
        separatorsStretch = stretch;
      }
      char first = 0; // the character the loop stops at: the word's first
      while (true) {
        int limit = stretchStart;
        while (i < limit && !isLetterOrDigit(first = text.charAt(i))) {
          i++;
        }
        if (i < limit || limit >= n) {
          break;
        }
        i = pastStretch(i);
      }
      if (i >= n) {
        break;
      }
      // the word's end and where reading goes on after it, read here for the words most text is
      // made of (ASCII letters up to a space or punctuation that ends a word), which WordScan
      // would read the same (WordReaderShortcutTest): no field is written for a word passed over
      int wordEnd;
      int after;
      boolean ended = false; // whether the word was read here, ended by the character at after
      if (first >= 'a' && first <= 'z' && (skip >>> (first - 'a') & 1) != 0) {
        int j = i + 1;
        char d = ' ';
        while (j < n && (d = text.charAt(j)) >= 'a' && d <= 'z') {
          j++;
        }
        if (j < n && (d >= 128 || isAsciiLetterOrDigit(d) || d == '\'' || d == '.' && j - i == 1)) {
          scan.read(text, i, null);
          wordEnd = scan.wordEnd;
          after = scan.end;
        } else {
          wordEnd = j;
          after = j;
          ended = j < n;
        }
      } else if (firstWords == null) {
        break;
      } else {
        // a word of ASCII letters and digits, its folded form's hash read with it
        int j = i;
        int hash = 0;
        char d = ' ';
        while (j < n && (d = text.charAt(j)) < 128 && isAsciiLetterOrDigit(d)) {
          hash = 31 * hash + (d >= 'A' && d <= 'Z' ? d + ('a' - 'A') : d);
          j++;
        }
        if (j < n && (d >= 128 || d == '\'' || d == '.')) {
          scan.read(text, i, null); // its end, and whether it is ASCII
          if (!scan.ascii) {
            break;
          }
          wordEnd = scan.wordEnd;
          after = scan.end;
          hash = WordScan.asciiFoldedHash(text, i, wordEnd);
        } else {
          wordEnd = j;
          after = j;
          ended = j < n;
        }
        if (firstWords.mayHold(hash) || secondWords != null && secondWords.mayHold(hash)) {
          break;
        }
      }
      passed = true;
      passedStart = i;
      passedEnd = wordEnd;
      separators = after;
      separatorsStretch = stretch;
      // the character that ended a word read here is no letter or digit, nor a stretch's start
      // (which follows an opening mark): the separators' loop goes on after it
      i = ended ? after + 1 : after;
    }
    if (passed) {
      // the last word passed over is the current one, unfolded, as nextSkippingSmall leaves it
      foldedRead = false;
      start = passedStart;
      end = passedEnd;
    }
    // the separators before the word are read again by next, for the break they may hold
    position = separators;
    backToStretch(separatorsStretch);
    return next(skip);
  }

  /** Moves to the next word; false at the end of the text. */
  boolean next() {
    return next(0);
  }

  /**
   * Moves to the next word, leaving unfolded one that opens with a small letter in {@code skip}.
   */
  private boolean next(int skip) {
    String text = this.text;
    int n = text.length();
    int i = position;
    boolean pendingBreak = false;
    while (true) {
      int limit = stretchStart;
      while (i < limit && !isLetterOrDigit(text.charAt(i))) {
        char c = text.charAt(i);
        if (isHardBreak(c)) {
          pendingBreak = true;
        } else if (c == '.' && end == i && end - start >= 3) {
          // a full stop right after a word of three or more letters ends a sentence
          pendingBreak = true;
        }
        i++;
      }
      if (i < limit || limit >= n) {
        break;
      }
      i = pastStretch(i); // spaces: no break, no word
    }
    if (i >= n) {
      position = n;
      return false;
    }
    // the word read so far becomes the previous one; its buffer is reused for this one
    WordBuffer word = previous;
    previous = folded;
    folded = word;
    previousRead = foldedRead;
    previousStart = start;
    char first = text.charAt(i);
    boolean small = first >= 'a' && first <= 'z' && (skip >>> (first - 'a') & 1) != 0;
    if (small) {
      scan.readSmall(text, i);
      capitalized = false;
    } else {
      scan.read(text, i, word);
      capitalized = Character.isUpperCase(first) || Character.isDigit(first);
    }
    foldedRead = !small;
    upperCase = !scan.hasLower;
    breakBefore = pendingBreak;
    start = i;
    end = scan.wordEnd;
    position = scan.end;
    return true;
  }

  /** Whether the current word is folded already ({@link #nextSkippingSmall} may leave it). */
  boolean isFolded() {
    return foldedRead;
  }

  /** The current word without accents, inner apostrophes and dots, in lower case. */
  WordBuffer folded() {
    if (!foldedRead) {
      refold(start, folded);
      foldedRead = true;
    }
    return folded;
  }

  /** The word before the current one, folded; empty before the first word. */
  WordBuffer previous() {
    if (!previousRead) {
      refold(previousStart, previous);
      previousRead = true;
    }
    return previous;
  }

  /** Reads the word at {@code at} again, folding it; the reader's place stays. */
  private void refold(int at, WordBuffer into) {
    if (again == null) {
      again = new WordScan();
    }
    again.read(text, at, into);
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
      markedFolded = new WordBuffer();
    }
    markedFolded.copyOf(folded());
    markedPosition = position;
    markedStretch = stretch;
    markedStart = start;
    markedEnd = end;
    markedCapitalized = capitalized;
    markedUpperCase = upperCase;
    markedBreakBefore = breakBefore;
  }

  /**
   * Comes back to the word current at the last {@link #mark}; the previous word is then unknown
   * until the next word is read.
   */
  void reset() {
    folded.copyOf(markedFolded);
    foldedRead = true;
    position = markedPosition;
    backToStretch(markedStretch);
    start = markedStart;
    end = markedEnd;
    capitalized = markedCapitalized;
    upperCase = markedUpperCase;
    breakBefore = markedBreakBefore;
  }
}
