package io.github.undebate.parser.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Patterns from a data table that a reader tries, in order, on the texts it reads (the procedural
 * notes of a record, their lines joined). The speed tricks live here, not in the reader's rules: a
 * pattern is tried only on a text whose first character can begin a match ({@link FirstCharacters})
 * and that holds one of the pattern's cues (texts every match holds, which the table gives; found
 * with {@code indexOf}, much faster than a pattern that fails), and one matcher per pattern is
 * reset for every text. Immutable and safe to share; each thread makes its own {@link #matching()}.
 */
public final class PatternSet {
  private final List<Entry> entries;
  private final int[][] byFirst;

  /**
   * One pattern and its cues.
   *
   * @param pattern the pattern, matched against whole texts
   * @param cues texts every match holds, one of which a text must hold to be tried; none to try
   *     every text
   */
  public record Entry(Pattern pattern, List<String> cues) {
    /** Checks and copies the fields. */
    public Entry {
      Objects.requireNonNull(pattern, "pattern");
      cues = List.copyOf(cues);
      for (String cue : cues) {
        if (cue.isEmpty()) {
          throw new IllegalArgumentException("a cue must not be empty");
        }
      }
    }
  }

  private PatternSet(List<Entry> entries) {
    this.entries = entries;
    boolean[] all = new boolean[entries.size()];
    Arrays.fill(all, true);
    List<FirstCharacters> firsts = new ArrayList<>();
    for (Entry e : entries) {
      firsts.add(FirstCharacters.of(e.pattern()));
    }
    this.byFirst = FirstCharacters.index(firsts, all);
  }

  /** A set of the entries, tried in the order given. */
  public static PatternSet of(List<Entry> entries) {
    return new PatternSet(List.copyOf(entries));
  }

  /** The matchers for one thread. */
  public Matching matching() {
    return new Matching();
  }

  /**
   * The set's patterns tried on texts, one matcher each, reset for every text. Not safe to share
   * between threads.
   */
  public final class Matching {
    private final Matcher[] matchers = new Matcher[entries.size()];

    private Matching() {
      for (int k = 0; k < matchers.length; k++) {
        matchers[k] = entries.get(k).pattern().matcher("");
      }
    }

    /**
     * The indices, ascending, of the patterns a match of which may begin with the text's first
     * character. The array is shared: do not change it.
     */
    public int[] candidates(CharSequence text) {
      return FirstCharacters.candidates(byFirst, text);
    }

    /** Whether pattern {@code index} matches the whole text. */
    public boolean matches(int index, CharSequence text) {
      return holdsCue(index, text) && matchers[index].reset(text).matches();
    }

    /** Whether pattern {@code index} matches at the start of the text. */
    public boolean lookingAt(int index, CharSequence text) {
      return holdsCue(index, text) && matchers[index].reset(text).lookingAt();
    }

    /**
     * Whether pattern {@code index} matches the whole text, which holds one of its cues ({@link
     * #holdsCue(int, CharSequence, int)} said so): the cues are not looked for again.
     */
    public boolean matchesCued(int index, CharSequence text) {
      return matchers[index].reset(text).matches();
    }

    /**
     * Whether one of the pattern's cues ends in the text after {@code from} (or the pattern has
     * none): for a text that grows at its end, where the cues were looked for in its first {@code
     * from} characters already, only the new part and the cues that may reach into it are read.
     */
    public boolean holdsCue(int index, CharSequence text, int from) {
      List<String> cues = entries.get(index).cues();
      if (cues.isEmpty()) {
        return true;
      }
      for (int i = 0; i < cues.size(); i++) { // by index: no iterator per line
        String cue = cues.get(i);
        if (indexOf(text, cue, Math.max(0, from - cue.length() + 1)) >= 0) {
          return true;
        }
      }
      return false;
    }

    /** Whether the text holds one of the pattern's cues, or the pattern has none. */
    private boolean holdsCue(int index, CharSequence text) {
      List<String> cues = entries.get(index).cues();
      if (cues.isEmpty()) {
        return true;
      }
      for (int i = 0; i < cues.size(); i++) { // by index: no iterator per line
        if (indexOf(text, cues.get(i)) >= 0) {
          return true;
        }
      }
      return false;
    }

    private static int indexOf(CharSequence text, String cue) {
      return indexOf(text, cue, 0);
    }

    private static int indexOf(CharSequence text, String cue, int from) {
      if (text instanceof String s) {
        return s.indexOf(cue, from);
      }
      if (text instanceof StringBuilder b) {
        return b.indexOf(cue, from);
      }
      return text.toString().indexOf(cue, from);
    }
  }
}
