package io.github.undebate.parser.internal.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The honorifics of {@code honorifics.txt} that open speaker labels and bylines: "Mr.", "H.E.",
 * "His Excellency", "Mme", "Senhor", "Г-н" ... Posts such as "President" are not honorifics.
 * Immutable and safe to share; use {@link #standard()}.
 */
public final class Honorifics {
  private static final String TABLE = "honorifics.txt";

  /** Longest first, so "Mrs." is tried before "Mr" and "H.E." before nothing shorter. */
  private final List<String> honorifics;

  private final Set<String> singleWords;

  /**
   * The honorifics by their first character as {@code regionMatches} ignoring case compares it
   * ({@link #caseKey}), each list longest first; null when one begins with a surrogate or is empty,
   * and every honorific is tried.
   */
  private final Map<Character, List<String>> byFirst;

  private Honorifics(List<String> honorifics, Set<String> singleWords) {
    this.honorifics = honorifics;
    this.singleWords = singleWords;
    Map<Character, List<String>> first = new HashMap<>();
    for (String honorific : honorifics) {
      if (honorific.isEmpty() || Character.isSurrogate(honorific.charAt(0))) {
        first = null;
        break;
      }
      first.computeIfAbsent(caseKey(honorific.charAt(0)), k -> new ArrayList<>()).add(honorific);
    }
    if (first != null) {
      first.replaceAll((k, v) -> List.copyOf(v));
    }
    this.byFirst = first == null ? null : Map.copyOf(first);
  }

  /**
   * The character as {@code String.regionMatches(true, ...)} compares it: two characters match
   * there exactly when their keys are equal.
   */
  private static char caseKey(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  private static final class Holder {
    static final Honorifics STANDARD = load();
  }

  /** The shared table, loaded once on first use. */
  public static Honorifics standard() {
    return Holder.STANDARD;
  }

  private static Honorifics load() {
    List<String> honorifics = new ArrayList<>();
    Set<String> singleWords = new HashSet<>();
    for (ResourceTable.Row row : ResourceTable.read(Honorifics.class, TABLE, 1, 1)) {
      String honorific = row.cell(0);
      honorifics.add(honorific);
      List<Words.Word> words = Words.of(honorific);
      if (words.size() == 1) {
        singleWords.add(words.get(0).folded());
      }
    }
    honorifics.sort(Comparator.comparingInt(String::length).reversed());
    return new Honorifics(List.copyOf(honorifics), Set.copyOf(singleWords));
  }

  /**
   * The honorific {@code label} starts with, as printed there, the longest that fits: "Mrs." for
   * "Mrs. Gueguen (France):", "His Excellency" for "His Excellency Mr. ...". It must end at a word
   * boundary, so "Miss" is not found in "Mississippi"; leading spaces are skipped.
   */
  public Optional<String> leading(String label) {
    if (label == null) {
      return Optional.empty();
    }
    return leading(label, 0);
  }

  /**
   * As {@link #leading(String)} of {@code label.substring(from)}, without the copy: the honorific
   * the label starts with from {@code from} on, leading spaces skipped.
   */
  public Optional<String> leading(String label, int from) {
    int start = from;
    while (start < label.length() && Character.isWhitespace(label.charAt(start))) {
      start++;
    }
    List<String> candidates = honorifics;
    if (byFirst != null) {
      if (start >= label.length()) {
        return Optional.empty();
      }
      char c = label.charAt(start);
      if (!Character.isSurrogate(c)) {
        candidates = byFirst.getOrDefault(caseKey(c), List.of());
      }
    }
    for (String honorific : candidates) {
      int end = start + honorific.length();
      if (label.regionMatches(true, start, honorific, 0, honorific.length())
          && endsWord(label, end, honorific)) {
        return Optional.of(label.substring(start, end));
      }
    }
    return Optional.empty();
  }

  private static boolean endsWord(String label, int end, String honorific) {
    if (end == label.length()) {
      return true;
    }
    char next = label.charAt(end);
    if (honorific.endsWith(".")) {
      // "Mr.Nebenzia" lost its space, but "M." before a letter is more likely an initial
      return honorific.length() > 2 || Character.isWhitespace(next);
    }
    return !Character.isLetterOrDigit(next) && next != '.' && next != '-' && next != '\'';
  }

  /** The honorifics of one word, folded as {@link Words} folds: "mr", "mme", "sheikh". */
  Set<String> singleWords() {
    return singleWords;
  }
}
