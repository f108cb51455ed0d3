package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.common.Evidence;
import io.github.undebate.parser.internal.text.Cue;
import io.github.undebate.parser.internal.text.Whitespace;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post the speaker gives himself in a sentence that speaks in the first person: "As President, I
 * have ...", "inspires me now as Prime Minister". The post must open with one of {@code
 * posts.txt}'s, and not go on with "of" (a post of someone else's: "as President of the Assembly")
 * nor with a name ("As Secretary-General Ban Ki-moon completes his tenure").
 *
 * @param post the post as printed
 * @param offset where it stands in the speech
 */
record PostInSpeech(String post, int offset) {
  static final Pattern FIRST_PERSON = Pattern.compile("\\b(I|me|my)\\b");
  static final Pattern AS_POST =
      Pattern.compile("\\b[Aa]s (?:the )?(\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*){0,3})\\b");

  /** The post as found in the speech, on the line of its paragraph. */
  Found<String> found(SpeechText speech) {
    return Found.of(post, Evidence.SPEECH, "", speech.lineAt(offset));
  }

  /** The first post the speech gives its speaker, if any. */
  static Optional<PostInSpeech> find(String speech) {
    // The sentences as split("(?<=[.!?])\\s+") cuts them. A sentence is bounded by white space
    // after a full stop (or by the ends of the speech), where the patterns' word boundaries fall
    // as at the ends of a string: so the patterns are run over the whole speech, only at the
    // words they open with, and their matches counted in the sentence they open in. A match of
    // AS_POST holds no full stop, so none runs from one sentence into the next. The posts are
    // looked for first, as they are rare: the sentence around one that may be the speaker's is
    // found, and read for a first person, only then.
    Cue as = Cue.atWordStart(AS_POST, speech, "As ", "as ");
    Cue person = null;
    SentenceEnd sentences = null;
    int start = 0;
    int end = -1;
    for (int at = as.find(0); at >= 0; at = as.find(as.matcher().end())) {
      Matcher m = as.matcher();
      Optional<String> post = BylineWords.leadingPost(m.group(1));
      if (post.isEmpty()) {
        continue;
      }
      int from = m.start(1) + post.get().length();
      if (sentences == null) {
        sentences = new SentenceEnd(speech);
        person = Cue.atWholeWords(FIRST_PERSON, speech, "I", "me", "my");
        end = sentences.from(0);
      }
      while (at >= end && end < speech.length()) {
        start = gapEnd(speech, end);
        end = sentences.from(start);
      }
      if (at < start || from + 3 <= end && speech.startsWith(" of", from)) {
        continue;
      }
      int firstPerson = person.find(start);
      if (firstPerson < 0) {
        return Optional.empty(); // no sentence after this one speaks in the first person either
      }
      if (firstPerson < end && !namesSomeone(speech, from)) {
        return Optional.of(new PostInSpeech(post.get(), m.start(1)));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a name follows the post: "As Secretary-General Ban Ki-moon completes his tenure" is
   * about someone else ("As President I ..." is not).
   */
  static boolean namesSomeone(String speech, int from) {
    if (from + 2 > speech.length() || speech.charAt(from) != ' ') {
      return false;
    }
    int next = speech.codePointAt(from + 1);
    return Character.isUpperCase(next) && !speech.startsWith(" I ", from);
  }

  /**
   * Where sentences end: at the first white space after a full stop, exclamation or question mark
   * ({@code (?<=[.!?])\\s}), or at the end of the speech. The marks are looked for with {@code
   * indexOf}, each from where it was last found, not a character at a time: a speech is read for
   * them once, as the sentences are asked for in order.
   */
  static final class SentenceEnd {
    private static final char[] MARKS = {'.', '!', '?'};
    private final String speech;
    // where each mark next stands, searched from searched[k] on; -1 for none
    private final int[] next = new int[MARKS.length];
    private final int[] searched = new int[MARKS.length];

    SentenceEnd(String speech) {
      this.speech = speech;
      Arrays.fill(searched, Integer.MAX_VALUE);
    }

    /** Where the sentence from {@code start} ends. */
    int from(int start) {
      int n = speech.length();
      // a mark from this place on, whose next character is white space
      int from = Math.max(start, 1) - 1;
      while (true) {
        int mark = -1;
        for (int k = 0; k < MARKS.length; k++) {
          if (from < searched[k] || next[k] >= 0 && next[k] < from) {
            next[k] = speech.indexOf(MARKS[k], from);
            searched[k] = from;
          }
          if (next[k] >= 0 && (mark < 0 || next[k] < mark)) {
            mark = next[k];
          }
        }
        if (mark < 0 || mark + 1 >= n) {
          return n;
        }
        if (Whitespace.isSpace(speech.charAt(mark + 1))) {
          return mark + 1;
        }
        from = mark + 1;
      }
    }
  }

  static int gapEnd(String speech, int i) {
    while (i < speech.length() && Whitespace.isSpace(speech.charAt(i))) {
      i++;
    }
    return i;
  }
}
