package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.common.ResourceTable;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Tells an agenda heading from speech that an interruption cut off without a full stop. Headings
 * are noun phrases: no finite verb, no personal pronoun ({@code speech-cues.txt}), no trailing
 * function word or dash ({@code heading-ends.txt}).
 */
final class HeadingShape {
  private static final Set<String> CUES = new HashSet<>();
  private static final Set<String> BAD_ENDS = new HashSet<>();

  static {
    CUES.addAll(ResourceTable.lowerCasePhrases(HeadingShape.class, "speech-cues.txt"));
    BAD_ENDS.addAll(ResourceTable.lowerCasePhrases(HeadingShape.class, "heading-ends.txt"));
  }

  private HeadingShape() {}

  /** Whether the text, a block's lines joined, can be a heading. */
  static boolean canBeHeading(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    if (last == '—' || last == '-' || last == ',' || last == '–') {
      return false;
    }
    String[] words = t.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’]+");
    if (words.length > 0 && BAD_ENDS.contains(words[words.length - 1])) {
      return false;
    }
    for (String w : words) {
      if (CUES.contains(w)) {
        return false;
      }
    }
    return true;
  }
}
