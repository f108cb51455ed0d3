package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.text.LetterRuns;
import io.github.undebate.parser.internal.text.PhraseList;
import io.github.undebate.parser.internal.text.WordBuffer;
import io.github.undebate.parser.internal.text.WordSet;
import java.util.List;

/**
 * The words of a speech's lines, lower-cased, hyphenated words also in their parts ({@link
 * LetterRuns}): what tells a typesetter's line-end hyphen from a real one. Read only when a line
 * ends in a hyphen, as most texts have none; and a word of ASCII letters is first looked for in the
 * lines (issue 14): a word joined across a line end seldom stands whole elsewhere, and when no line
 * holds it, lower-cased, no set of all the words need be made.
 */
final class Vocabulary {
  /** How many words are looked for in the lines before the set is made for all further ones. */
  private static final int LOOKED_FOR = 8;

  private final List<Line> lines;
  private WordSet words;
  private int lookedFor;

  Vocabulary(List<Line> lines) {
    this.lines = lines;
  }

  /** Whether the words hold {@code word}, lower-case. */
  boolean holds(String word) {
    if (words == null && lookedFor < LOOKED_FOR && isAsciiLetters(word)) {
      lookedFor++;
      // a word of ASCII letters in the set stands in its line lower-cased whole (lower-casing a
      // word alone differs from lower-casing its line only in a final sigma): no line, no word
      PhraseList phrase = PhraseList.of(List.of(word));
      boolean anywhere = false;
      for (int i = 0; i < lines.size() && !anywhere; i++) {
        anywhere = phrase.isIn(lines.get(i).text());
      }
      if (!anywhere) {
        return false;
      }
    }
    return words().contains(word);
  }

  /** All the words, made when first asked. */
  WordSet words() {
    if (words == null) {
      // a speech has one distinct word in 12 to 35 of its characters (the General Debate sample)
      int length = 0;
      for (Line l : lines) {
        length += l.text().length();
      }
      words = new WordSet(length / 32);
      WordBuffer buffer = new WordBuffer();
      for (Line l : lines) {
        LetterRuns.addLowerCase(l.text(), words, buffer);
      }
    }
    return words;
  }

  private static boolean isAsciiLetters(String word) {
    if (word.isEmpty()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
