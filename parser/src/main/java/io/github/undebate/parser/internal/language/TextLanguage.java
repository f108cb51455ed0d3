package io.github.undebate.parser.internal.language;

import io.github.undebate.parser.internal.common.ResourceTable;
import io.github.undebate.parser.internal.text.LetterRuns;
import io.github.undebate.parser.internal.text.SentenceEnds;
import io.github.undebate.parser.internal.text.TextChars;
import io.github.undebate.parser.internal.text.Whitespace;
import io.github.undebate.parser.internal.text.WordCount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The language a text is written in (not the names of languages: that is {@link LanguageNames}) and
 * whether it is readable, from the share of each language's most frequent function words ({@code
 * stopwords.tsv}). Real prose in any of the listed languages has a large share of them; OCR garbage
 * has almost none.
 *
 * <p>A text is read in one pass over its code points: a word is a run of letters and marks (as the
 * regular expression {@code [\p{L}\p{M}]+} finds them), looked up lower-cased in one table that
 * says which languages list it, without making a string of each word.
 */
public final class TextLanguage {
  /** The language codes in table order; bit {@code i} of a word's mask is language {@code i}. */
  private static final List<String> CODES;

  private static final FunctionWords FUNCTION_WORDS;

  // the texts' characters read in bulk: charAt on a text beyond Latin-1 is slow under C1 alone
  private static final ThreadLocal<TextChars> CHARS = TextChars.perThread();

  // one tally per thread, reset for each count: the counts are read before the next one starts
  private static final ThreadLocal<Tally> TALLY = ThreadLocal.withInitial(Tally::new);

  static {
    List<String> codes = new ArrayList<>();
    Map<String, Integer> masks = new HashMap<>();
    for (ResourceTable.Row row : ResourceTable.read(TextLanguage.class, "stopwords.tsv", 2, 2)) {
      int bit = 1 << codes.size();
      codes.add(row.cell(0));
      for (String word : row.cell(1).split("\\s+")) {
        masks.merge(word, bit, (a, b) -> a | b);
      }
    }
    if (codes.size() > Integer.SIZE) {
      throw new IllegalStateException("stopwords.tsv lists more languages than a mask holds");
    }
    CODES = List.copyOf(codes);
    FUNCTION_WORDS = new FunctionWords(masks);
  }

  /** The share of words with a capital after a small letter above which OCR is taken as broken. */
  public static final double MIN_BROKEN_WORD_SHARE = 0.01;

  /** Below this share of function words a text of some length is taken as unreadable. */
  public static final double MIN_FUNCTION_WORD_SHARE = 0.08;

  private TextLanguage() {}

  /** What one pass over a text counts. */
  private static final class Tally {
    /** The tally with nothing counted: each thread reuses one, as a text is counted at a time. */
    Tally reset() {
      words = 0;
      broken = 0;
      arabic = 0;
      Arrays.fill(hits, 0);
      languages = 0;
      spaceWords = 0;
      sentenceEnds = 0;
      return this;
    }

    int words;
    int broken;
    int arabic;
    final int[] hits = new int[CODES.size()];
    // languages in the order of their first hit, so that ties fall as they always did
    final int[] order = new int[CODES.size()];
    int languages;
    // what the statement reader counts in the same reading: the texts' words as WordCount counts
    // them (runs of characters other than ASCII white space) and their sentence ends
    int spaceWords;
    int sentenceEnds;

    /** A word read: whether a capital follows a small letter in it, and its languages. */
    void word(boolean brokenWord, int mask) {
      words++;
      broken += brokenWord ? 1 : 0;
      hit(mask);
    }

    /** The hits of the language with the most. */
    int mostHits() {
      int most = 0;
      for (int h : hits) {
        most = Math.max(most, h);
      }
      return most;
    }

    void hit(int mask) {
      for (int m = mask; m != 0; m &= m - 1) {
        int language = Integer.numberOfTrailingZeros(m);
        if (hits[language]++ == 0) {
          order[languages++] = language;
        }
      }
    }
  }

  /**
   * Counts the texts as one text of them each ended by a line break: no word runs over a line
   * break, so the texts are read one by one and nothing is joined.
   */
  private static Tally tally(List<String> texts) {
    Tally t = TALLY.get().reset();
    TextChars chars = CHARS.get();
    for (String text : texts) {
      tally(text, chars.of(text), t);
    }
    return t;
  }

  /**
   * Counts {@code text}, whose characters {@code a} holds from index 0 on: its words and function
   * words, and, as the same reading gives them nearly for free, its runs of characters other than
   * white space and its sentence ends ({@link SentenceEnds#endsAt}).
   */
  private static void tally(String text, char[] a, Tally t) {
    int n = text.length();
    int wordStart = -1;
    boolean previousLower = false;
    boolean broken = false;
    // the current word's hash lower-cased, and whether it needs String.toLowerCase
    int hash = 0;
    boolean special = false;
    // whether the current word is ASCII letters only, which FunctionWords may compare by hash alone
    boolean ascii = false;
    // runs of characters other than ASCII white space, and whether one is open
    int tokens = 0;
    boolean inToken = false;
    for (int i = 0; i < n; ) {
      char c = a[i];
      if (c < 0x80) {
        // ASCII, the common case: only the letters are letters, none is Arabic or special
        boolean small = c >= 'a' && c <= 'z';
        boolean capital = c >= 'A' && c <= 'Z';
        if (small || capital) {
          if (!inToken) {
            tokens++;
            inToken = true;
          }
          if (wordStart < 0) {
            wordStart = i;
            broken = false;
            hash = 0;
            special = false;
            ascii = true;
          } else if (capital && previousLower) {
            broken = true;
          }
          hash = 31 * hash + (capital ? c + ('a' - 'A') : c);
          i++;
          // the small letters after it, most of a word, in a tight loop: none breaks the word
          for (char d; i < n && (d = a[i]) >= 'a' && d <= 'z'; i++) {
            hash = 31 * hash + d;
            small = true;
          }
          previousLower = small;
          continue;
        }
        if (wordStart >= 0) {
          t.word(broken, FUNCTION_WORDS.mask(text, a, wordStart, i, hash, special, ascii));
          wordStart = -1;
        }
        if (Whitespace.isSpace(c)) {
          inToken = false;
        } else {
          if (!inToken) {
            tokens++;
            inToken = true;
          }
          if (SentenceEnds.isMark(c) && i > 0 && SentenceEnds.endsAt(a, n, i)) {
            t.sentenceEnds++;
          }
        }
        i++;
        continue;
      }
      if (!inToken) {
        tokens++;
        inToken = true;
      }
      if (SentenceEnds.isMark(c) && i > 0 && SentenceEnds.endsAt(a, n, i)) {
        t.sentenceEnds++;
      }
      int cp = Character.codePointAt(a, i, n);
      int type = Character.getType(cp);
      if (cp >= 0x0600 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC) {
        t.arabic++;
      }
      if (LetterRuns.isLetterOrMarkType(type)) {
        if (wordStart < 0) {
          wordStart = i;
          broken = false;
          hash = 0;
          special = false;
        } else if (previousLower && type == Character.UPPERCASE_LETTER) {
          broken = true;
        }
        ascii = false;
        previousLower = type == Character.LOWERCASE_LETTER;
        if (FunctionWords.isSpecialCase(c)) {
          special = true; // a surrogate pair lands here by its first half
        } else {
          hash = 31 * hash + Character.toLowerCase(c);
        }
      } else if (wordStart >= 0) {
        t.word(broken, FUNCTION_WORDS.mask(text, a, wordStart, i, hash, special, ascii));
        wordStart = -1;
      }
      i += Character.charCount(cp);
    }
    if (wordStart >= 0) {
      t.word(broken, FUNCTION_WORDS.mask(text, a, wordStart, n, hash, special, ascii));
    }
    t.spaceWords += WordCount.asSplit(n, tokens, n > 0 && Whitespace.isSpace(a[0]));
  }

  /** The language with the largest share of function words in the texts, and that share. */
  public static Map.Entry<String, Double> guess(List<String> texts) {
    return guess(tally(texts));
  }

  private static Map.Entry<String, Double> guess(Tally t) {
    Map<String, Integer> hits = new HashMap<>();
    for (int k = 0; k < t.languages; k++) {
      hits.put(CODES.get(t.order[k]), t.hits[t.order[k]]);
    }
    String best = "en";
    int bestHits = 0;
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      if (e.getValue() > bestHits) {
        best = e.getKey();
        bestHits = e.getValue();
      }
    }
    int total = t.words;
    if (t.arabic > total / 2 && total > 0) {
      return Map.entry("ar", 1.0);
    }
    return Map.entry(best, total == 0 ? 0.0 : bestHits / (double) total);
  }

  /** The ISO 639-1 code of a text that is not English; the text is given in lines or paragraphs. */
  public static Optional<String> notEnglish(List<String> texts) {
    return notEnglish(guess(texts));
  }

  private static Optional<String> notEnglish(Map.Entry<String, Double> guess) {
    String code = guess.getKey();
    return code.equals("en") ? Optional.empty() : Optional.of(code);
  }

  /**
   * What one reading of a speech's paragraphs says, for the statement reader, which needs all three
   * and would otherwise read every paragraph three times.
   *
   * @param notEnglish {@link #notEnglish} of the paragraphs
   * @param words the sum of {@code WordCount.of} over the paragraphs
   * @param sentenceEnds the sum of {@code SentenceEnds.count} over the paragraphs
   */
  public record Reading(Optional<String> notEnglish, int words, int sentenceEnds) {}

  /** The paragraphs' language (when not English), words and sentence ends, read in one pass. */
  public static Reading read(List<String> paragraphs) {
    Tally t = tally(paragraphs);
    return new Reading(notEnglish(guess(t)), t.spaceWords, t.sentenceEnds);
  }

  /**
   * Whether the text is too long to be a fragment yet reads as no known language: almost no
   * function words, and (unlike tables and lists, which also have few) words broken by capitals in
   * mid-word ("Gy5ill", "Gelb", "SAI WL"), the mark of OCR run on the wrong script. The text is
   * given in lines.
   */
  public static boolean unreadable(List<String> texts) {
    return unreadable(texts, true);
  }

  /**
   * {@link #unreadable(List)}, counting every word when {@code stopEarly} is false. Otherwise the
   * count stops, with the same answer, once the function words counted so far are too many for any
   * rest of the text to bring their share under the threshold: a rest of {@code n} characters holds
   * at most {@code (n + 1) / 2} words. Prose gets there about halfway through.
   */
  public static boolean unreadable(List<String> texts, boolean stopEarly) {
    long restWords = 0;
    for (String text : texts) {
      restWords += (text.length() + 1) / 2;
    }
    Tally t = TALLY.get().reset();
    TextChars chars = CHARS.get();
    for (String text : texts) {
      tally(text, chars.of(text), t);
      restWords -= (text.length() + 1) / 2;
      if (stopEarly && t.mostHits() > MIN_FUNCTION_WORD_SHARE * (t.words + restWords)) {
        return false;
      }
    }
    if (t.words < 60) {
      return false;
    }
    double share = guess(t).getValue();
    return share < MIN_FUNCTION_WORD_SHARE / 4
        || share < MIN_FUNCTION_WORD_SHARE && t.broken >= t.words * MIN_BROKEN_WORD_SHARE;
  }
}
