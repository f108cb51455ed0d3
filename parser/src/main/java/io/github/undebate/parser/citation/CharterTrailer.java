package io.github.undebate.parser.citation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What follows a Charter reference in one text: "of the ..." and whether that names the Charter
 * ("Article 51 of the UN Charter"), another instrument ("article 6 of the draft") or nothing. Made
 * once per text, and only for a text where a reference is followed by " of" ({@link #mayOpen}): the
 * matchers are made once, the Chapter's only when a trailer names a Chapter.
 */
final class CharterTrailer {
  /** What the trailer says of the instrument the reference belongs to. */
  enum Verdict {
    CHARTER,
    OTHER,
    NONE
  }

  /** "of the", "of that", "of its": what follows names the instrument the article belongs to. */
  static final Pattern TRAILER =
      Pattern.compile(",?\\sof\\s(?:(?:the|that|this|its|our|their|said|present)\\s)?");

  /** A Chapter named in an article's trailer: "of Chapter VII", then its own trailer. */
  private static final Pattern CHAPTER_OF =
      Pattern.compile("Chapter\\s[IVX]{1,5}(?![\\p{L}\\p{N}])");

  private static final Pattern CHARTER_NAME =
      Pattern.compile(Phrases.alternation(Phrases.lines("charter-names.txt")) + "(?![\\p{L}])");

  private final String text;
  private final Matcher of;
  private final Matcher name;
  private Matcher chapter;
  private final int end;

  CharterTrailer(String text) {
    this.text = text;
    of = TRAILER.matcher(text);
    name = CHARTER_NAME.matcher(text);
    end = text.length();
  }

  /**
   * Whether "of the ..." at {@code pos} names the Charter, another instrument, or nothing. A
   * Chapter between is the Charter's own division, and what follows it decides: "Articles 41 and 42
   * of Chapter VII of the Charter".
   */
  Verdict after(int pos) {
    if (!of.region(pos, end).lookingAt()) {
      return Verdict.NONE;
    }
    if (text.startsWith("Chapter", of.end())) {
      if (chapter == null) {
        chapter = CHAPTER_OF.matcher(text);
      }
      if (chapter.region(of.end(), end).lookingAt()) {
        return after(chapter.end());
      }
    }
    return name.region(of.end(), end).lookingAt() ? Verdict.CHARTER : Verdict.OTHER;
  }

  /**
   * Whether {@link #TRAILER} may match at {@code pos}: " of", after a comma or not; where it may
   * not, {@link #after} says {@link Verdict#NONE} (CharterGatesTest).
   */
  static boolean mayOpen(String text, int pos) {
    int i = pos < text.length() && text.charAt(pos) == ',' ? pos + 1 : pos;
    return spaceAt(text, i) && text.startsWith("of", i + 1);
  }

  /** Whether the character at {@code i} is one the patterns' {@code \s} matches. */
  static boolean spaceAt(String text, int i) {
    char c = charAt(text, i);
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  static char charAt(String text, int i) {
    return i < text.length() ? text.charAt(i) : '\0';
  }
}
