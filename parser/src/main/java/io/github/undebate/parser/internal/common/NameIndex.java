package io.github.undebate.parser.internal.common;

import io.github.undebate.parser.internal.text.WordBuffer;
import io.github.undebate.parser.internal.text.WordTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names of things (countries, organizations, organs) indexed for exact lookup and for finding them
 * as whole words in free text. Built once from a table, immutable, safe to share between threads.
 *
 * <p>Lookup folds case, accents, punctuation, whitespace and a leading "the". Finding walks the
 * words of the text once and, at each word, tries only the names that start with that word, longest
 * first; the first word that starts a name wins, with its longest name there (leftmost-longest), so
 * "Nigeria" never yields "Niger" and "Papua New Guinea" never "Guinea".
 *
 * @param <T> what a name stands for
 */
final class NameIndex<T> {

  /** A name found in a text: what it stands for and where it is. */
  record Match<T>(T value, int start, int end) {}

  /**
   * A name as words; {@code value} is null for a look-alike that stands for nothing. {@code clitic}
   * is how many letters of an Arabic conjunction or preposition its first word opens with (see
   * {@link ArabicClitics}), which the match leaves out.
   */
  record Name<T>(
      List<String> words,
      List<Boolean> capitalized,
      boolean upperCase,
      boolean closesParenthesis,
      T value,
      int clitic) {}

  private final WordTable<T> byKey;
  // keys of names of several words with their spaces taken out, where only one value has the key
  private final Map<String, T> byRunTogetherKey;
  private final Map<String, T> asAdded;
  private final WordTable<List<Name<T>>> byFirstWord;
  private final WordTable<Boolean> notAfter;
  // the small ASCII letters (bit c - 'a') a name may open with: most names must open with a
  // capital (or be printed in capitals), so a word that opens with any other small letter starts
  // none and need not be looked up (nor folded)
  private final int smallOpenings;

  NameIndex(
      WordTable<T> byKey,
      Map<String, T> byRunTogetherKey,
      Map<String, T> asAdded,
      WordTable<List<Name<T>>> byFirstWord,
      WordTable<Boolean> notAfter,
      int smallOpenings) {
    this.byKey = byKey;
    this.byRunTogetherKey = byRunTogetherKey;
    this.asAdded = asAdded;
    this.byFirstWord = byFirstWord;
    this.notAfter = notAfter;
    this.smallOpenings = smallOpenings;
  }

  /** The key a name is looked up by: folded words, without a leading "the". */
  static String lookupKey(String name) {
    return lookupKey(name, new StringBuilder()).toString();
  }

  /** Puts the lookup key of {@code name} in {@code key}, emptied first, and returns it. */
  private static StringBuilder lookupKey(String name, StringBuilder key) {
    key.setLength(0);
    Words.appendKey(key, name);
    if (key.length() > 4
        && key.charAt(0) == 't'
        && key.charAt(1) == 'h'
        && key.charAt(2) == 'e'
        && key.charAt(3) == ' ') {
      key.delete(0, 4);
    }
    return key;
  }

  /** What {@code name} stands for, matching the whole name after folding. */
  /**
   * The value of a name of several words printed with some of its spaces lost, as PDF text
   * extraction loses them where type is set tight ("United KingdomofGreatBritainand Northern
   * Ireland"): matched with every space taken out of both, where that key stands for one value
   * only. Empty for a name that {@link #lookup} finds, or none.
   */
  Optional<T> lookupRunTogether(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(byRunTogetherKey.get(lookupKey(name).replace(" ", "")));
  }

  Optional<T> lookup(String name) {
    if (name == null) {
      return Optional.empty();
    }
    // a name as the table prints it has the key it was added under: no need to fold it
    T added = asAdded.get(name);
    if (added != null) {
      return Optional.of(added);
    }
    return Optional.ofNullable(byKey.get(lookupKey(name, new StringBuilder(name.length()))));
  }

  /** The leftmost name in {@code text}, longest there. */
  Optional<Match<T>> find(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    List<Match<T>> found = scan(text, true);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** Every name in {@code text}, left to right, none overlapping. */
  List<Match<T>> findAll(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    return scan(text, false);
  }

  /**
   * Walks the words of {@code text} once, reading ahead only where a word starts a name; no word is
   * kept and no String made for it.
   */
  private List<Match<T>> scan(String text, boolean firstOnly) {
    WordReader words = new WordReader(text);
    List<Match<T>> found = new ArrayList<>();
    // a word that opens with a small letter none of the names opens with starts no name
    while (words.nextFolded(smallOpenings, byFirstWord, null)) {
      List<Name<T>> candidates = byFirstWord.get(words.folded());
      int start = words.start();
      Name<T> hit = null;
      // the word before the current one, for notAfter
      WordBuffer previous = words.previous();
      if (candidates != null && (previous.length() == 0 || !notAfter.contains(previous))) {
        words.mark();
        // an index loop: a hot one, where an iterator would be made for every candidate word
        for (int c = 0; c < candidates.size() && hit == null; c++) {
          if (matches(candidates.get(c), words)) {
            hit = candidates.get(c);
          } else {
            words.reset();
          }
        }
      }
      // after a hit the reader stands on the name's last word, which comes before the next word
      if (hit == null || hit.value() == null) {
        continue;
      }
      int end = words.end();
      if (hit.closesParenthesis()) {
        // "Bolivia (Plurinational State of)": the words end before the parenthesis
        int k = end;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
          k++;
        }
        if (k < text.length() && text.charAt(k) == ')') {
          end = k + 1;
        }
      }
      found.add(new Match<>(hit.value(), nameStart(text, hit, start), end));
      if (firstOnly) {
        break;
      }
    }
    return List.copyOf(found);
  }

  /**
   * Every name of {@code first} and every name of {@code second} in {@code text}, each list as
   * {@link #findAll} of that index gives it, from one walk over the words: a reader that wants both
   * (the States a speech names and the States' adjectives it prints) reads and folds each word once
   * instead of twice. Each index is tried at a word only where its own scan would try it, not on
   * the words of a name it has just found, and the reader goes back to the word after each try, so
   * the lists are those of two scans. The stretches of {@code blanked} (start and end pairs) read
   * as spaces ({@link WordReader#WordReader(String, int[])}).
   *
   * @return whether a word that may open a name holds a letter from U+0370 on ({@link
   *     #holdsOther}): without one, the text holds no name in another script than Latin
   */
  static <T> boolean findAllTogether(
      String text,
      int[] blanked,
      NameIndex<T> first,
      List<Match<T>> firstFound,
      NameIndex<T> second,
      List<Match<T>> secondFound) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    WordReader words = new WordReader(text, blanked);
    // the word after the one tried, read once for all the candidates of a try (tryAt)
    WordBuffer following = new WordBuffer();
    // where each index's own scan would read on: after the last word of the last name it found
    int firstFrom = 0;
    int secondFrom = 0;
    boolean other = false;
    // a word that opens with a small letter neither index's names open with starts none of them
    int small = first.smallOpenings | second.smallOpenings;
    // a word that starts a name of neither index, seen from its hash, is passed over unfolded
    while (words.nextFolded(small, first.byFirstWord, second.byFirstWord)) {
      int start = words.start();
      other = other || holdsOther(text, start, words.end());
      List<Name<T>> firstCandidates =
          start >= firstFrom ? first.byFirstWord.get(words.folded()) : null;
      List<Name<T>> secondCandidates =
          start >= secondFrom ? second.byFirstWord.get(words.folded()) : null;
      if (firstCandidates == null && secondCandidates == null) {
        continue;
      }
      // read before either try: a try moves the reader, and the previous word is lost with it
      WordBuffer previous = words.previous();
      boolean firstMay = firstCandidates != null && first.mayFollow(previous);
      boolean secondMay = secondCandidates != null && second.mayFollow(previous);
      if (firstMay) {
        firstFrom = first.tryAt(text, words, firstCandidates, firstFound, firstFrom, following);
      }
      if (secondMay) {
        secondFrom =
            second.tryAt(text, words, secondCandidates, secondFound, secondFrom, following);
      }
    }
    return other;
  }

  /**
   * Whether the word from {@code start} to {@code end} holds a letter from U+0370 on, or a
   * surrogate, as {@link Scripts#mayHoldOther} reads a text. Every word of a text that may match a
   * word of a name in another script is one the walk folds: such a name's words hold none of the
   * small ASCII letters and ASCII words it passes over, and folding makes no such letter, so a text
   * whose folded words hold none holds no such name.
   */
  private static boolean holdsOther(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x370 && (Character.isLetter(c) || Character.isSurrogate(c))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name may stand after the word before it ({@link NameIndexBuilder#notAfter}). */
  private boolean mayFollow(WordBuffer previous) {
    return previous.length() == 0 || !notAfter.contains(previous);
  }

  /**
   * Tries the candidates at the reader's current word, adds the name found to {@code found} and
   * leaves the reader on the same word; returns where a scan of this index reads on: after the
   * name's last word, or {@code from} when none is found.
   *
   * <p>A name of several words matches only where the next word, in the same sentence, is its
   * second word: that word is read once, into {@code following}, and a candidate whose second word
   * it is not is passed over without a try. Most first words that open a name open several ("United
   * States", "United Kingdom", ... before "United Nations"), and each try read and folded the next
   * word again (issue 14); the tries made are those that could match, so the name found is the
   * same.
   */
  private int tryAt(
      String text,
      WordReader words,
      List<Name<T>> candidates,
      List<Match<T>> found,
      int from,
      WordBuffer following) {
    int start = words.start();
    words.mark();
    boolean followingRead = false;
    boolean followingKnown = false;
    Name<T> hit = null;
    for (int c = 0; c < candidates.size() && hit == null; c++) {
      Name<T> candidate = candidates.get(c);
      if (candidate.words().size() > 1) {
        if (!followingRead) {
          followingRead = true;
          // as matches reads it: the next word, with no sentence break before it
          followingKnown = words.next() && !words.breakBefore();
          if (followingKnown) {
            following.copyOf(words.folded());
          }
          words.reset();
        }
        if (!followingKnown || !following.contentEquals(candidate.words().get(1))) {
          continue; // its second word is not there: no try could match
        }
      }
      if (matches(candidate, words)) {
        hit = candidate;
      } else {
        words.reset();
      }
    }
    if (hit == null) {
      return from;
    }
    int end = words.end();
    words.reset();
    if (hit.value() != null) {
      found.add(new Match<>(hit.value(), nameStart(text, hit, start), closedEnd(text, hit, end)));
    }
    return end;
  }

  /** Where a name starts: after the clitic its first word opens with, if any. */
  private static <T> int nameStart(String text, Name<T> hit, int start) {
    return hit.clitic() == 0 ? start : ArabicClitics.after(text, start, hit.clitic());
  }

  /** Where a name ends: after its closing parenthesis, for a name printed with one. */
  private static <T> int closedEnd(String text, Name<T> hit, int end) {
    if (hit.closesParenthesis()) {
      // "Bolivia (Plurinational State of)": the words end before the parenthesis
      int k = end;
      while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
        k++;
      }
      if (k < text.length() && text.charAt(k) == ')') {
        return k + 1;
      }
    }
    return end;
  }

  /**
   * Whether {@code name} is printed from the reader's current word on; on success the reader stands
   * on the name's last word, otherwise anywhere after the current word.
   */
  private static <T> boolean matches(Name<T> name, WordReader words) {
    int size = name.words().size();
    for (int k = 0; k < size; k++) {
      if (k > 0 && (!words.next() || words.breakBefore())) {
        return false;
      }
      if (!words.folded().contentEquals(name.words().get(k))) {
        return false;
      }
      if (name.upperCase()
          ? !words.upperCase()
          : name.capitalized().get(k) && !words.capitalized()) {
        return false;
      }
    }
    return true;
  }
}
