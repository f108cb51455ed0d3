package io.github.undebate.parser.internal.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase found as whole words, case-blind as {@code CASE_INSENSITIVE | UNICODE_CASE} compares
 * ("this Assembly", "Security Council"). The speed trick lives here: the pattern can match only
 * where the text's case-folded form ({@link #fold}) holds the phrase's, so a search folds the text
 * once and tries the pattern only at those places. Immutable and safe to share.
 */
public final class CaseBlindPhrase {
  private final String phrase;
  private final Pattern pattern;
  private final String folded;

  private CaseBlindPhrase(String phrase) {
    this.phrase = phrase;
    this.pattern =
        Pattern.compile(
            "(?<![\\p{L}])" + Pattern.quote(phrase) + "(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.folded = fold(phrase);
  }

  /**
   * The phrase, stripped.
   *
   * @throws IllegalArgumentException when it is blank
   */
  public static CaseBlindPhrase of(String phrase) {
    String p = phrase.strip();
    if (p.isEmpty()) {
      throw new IllegalArgumentException("a phrase must not be blank");
    }
    return new CaseBlindPhrase(p);
  }

  /** The phrase as given, stripped. */
  public String phrase() {
    return phrase;
  }

  /**
   * The text with each character case-folded as a case-blind pattern compares it ({@code
   * toLowerCase(toUpperCase(c))}; ASCII without the tables). The folding is its own fixed point, so
   * a text folds to hold a phrase's folded form wherever the pattern matches the phrase.
   */
  public static String fold(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(text.charAt(i));
    }
    return new String(out);
  }

  /** The case-folded form of one character ({@link #fold}); ASCII without the tables. */
  static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /**
   * Whether the folded text holds the folded phrase at all: when it does not, the phrase cannot
   * match, and no matcher need be made.
   */
  public boolean mayOccurIn(String folded) {
    return folded.contains(this.folded);
  }

  /** A matcher for {@link #next} that sees the whole text around its region. */
  public Matcher matcher(String text) {
    return pattern.matcher(text).useTransparentBounds(true);
  }

  /**
   * Finds the phrase's next match opening at or after {@code from}, as {@code find()} would; the
   * matcher then holds it.
   *
   * @param m a {@link #matcher} of the text
   * @param folded the text {@link #fold folded}
   */
  public boolean next(Matcher m, String text, String folded, int from) {
    for (int p = folded.indexOf(this.folded, from);
        p >= 0;
        p = folded.indexOf(this.folded, p + 1)) {
      m.region(p, text.length());
      if (m.lookingAt()) {
        return true;
      }
    }
    return false;
  }
}
