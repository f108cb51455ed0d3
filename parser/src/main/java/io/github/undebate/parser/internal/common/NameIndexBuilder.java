package io.github.undebate.parser.internal.common;

import io.github.undebate.parser.internal.text.WordTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Collects the names of a {@link NameIndex}; {@link #build} makes the index: each name under its
 * first folded word, Arabic names also with a conjunction or preposition joined to that word
 * ({@link ArabicClitics}), names of several words also with their spaces taken out.
 */
final class NameIndexBuilder<T> {
  private final String table;
  private final Map<String, T> byKey = new HashMap<>();
  private final Map<String, T> asAdded = new HashMap<>();
  private final Map<String, List<NameIndex.Name<T>>> byFirstWord = new HashMap<>();
  // Arabic names with a conjunction or preposition joined to their first word
  private final Map<String, List<NameIndex.Name<T>>> withClitic = new HashMap<>();
  // the names of byFirstWord and of withClitic ("+" before), as put() keys them
  private final Set<String> seen = new HashSet<>();
  private Set<String> notAfter = Set.of();

  NameIndexBuilder(String table) {
    this.table = table;
  }

  /**
   * Adds a name. A name written in capitals only ("UK", "U.S.") is found in text only when printed
   * in capitals; in other names each capitalized word must be capitalized in the text.
   *
   * @throws IllegalStateException naming the row when the name already stands for something else
   */
  NameIndexBuilder<T> add(String name, T value, ResourceTable.Row row) {
    Objects.requireNonNull(value, "value");
    // the name's words are cut and folded once, for its key and its entry both
    List<Words.Word> words = words(name);
    if (words.isEmpty()) {
      throw row.malformed("name \"" + name + "\" has no letters");
    }
    String key = key(words);
    T previous = byKey.putIfAbsent(key, value);
    // the same object first: a table gives one value all its names, and a record's equals is
    // linked through method handles on its first call, milliseconds at start-up
    if (previous != null && previous != value && !previous.equals(value)) {
      throw row.malformed("name \"" + name + "\" already stands for " + previous + " in " + table);
    }
    asAdded.put(name, value);
    index(name, words, value);
    return this;
  }

  /**
   * Adds a phrase that contains a name but does not mean it ("Lake Chad", "Gulf of Guinea"):
   * finding skips it whole, lookup ignores it.
   */
  NameIndexBuilder<T> addLookalike(String phrase, ResourceTable.Row row) {
    List<Words.Word> words = words(phrase);
    if (words.isEmpty()) {
      throw row.malformed("phrase \"" + phrase + "\" has no letters");
    }
    index(phrase, words, null);
    return this;
  }

  /**
   * The words of a name as {@link NameIndex#lookupKey} reads them: folded, without a leading "the"
   * before other words.
   */
  private static List<Words.Word> words(String name) {
    List<Words.Word> words = Words.of(name);
    if (words.size() > 1 && words.get(0).folded().equals("the")) {
      words = words.subList(1, words.size());
    }
    return words;
  }

  /** The lookup key of a name's {@link #words}: {@link NameIndex#lookupKey} of the name. */
  private static String key(List<Words.Word> words) {
    StringBuilder key = new StringBuilder();
    for (Words.Word word : words) {
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(word.folded());
    }
    return key.toString();
  }

  private void index(String name, List<Words.Word> words, T value) {
    List<String> folded = new ArrayList<>(words.size());
    List<Boolean> capitalized = new ArrayList<>(words.size());
    boolean upper = hasLetter(name);
    for (Words.Word word : words) {
      folded.add(word.folded());
      capitalized.add(word.capitalized());
      upper &= word.upperCase();
    }
    NameIndex.Name<T> entry =
        new NameIndex.Name<>(
            List.copyOf(folded),
            List.copyOf(capitalized),
            upper,
            name.strip().endsWith(")"),
            value,
            0);
    put(byFirstWord, entry);
    String first = folded.get(0);
    ArabicClitics.forEach(
        first,
        (joined, clitic) -> {
          List<String> cliticWords = new ArrayList<>(entry.words());
          cliticWords.set(0, joined);
          put(
              withClitic,
              new NameIndex.Name<>(
                  List.copyOf(cliticWords),
                  entry.capitalized(),
                  entry.upperCase(),
                  entry.closesParenthesis(),
                  value,
                  clitic));
        });
  }

  private static boolean hasLetter(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (Character.isLetter(name.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds a name to its first word's bucket unless the bucket has one of the same words and case
   * already. The words seen are kept in a set, not looked for in the bucket: buckets of common
   * first words ("republic") grow long, and the table is built in the interpreter at start-up.
   */
  private void put(Map<String, List<NameIndex.Name<T>>> names, NameIndex.Name<T> entry) {
    // a StringBuilder, not +: each shape of string concatenation is linked on its first use
    StringBuilder key = new StringBuilder(names == byFirstWord ? "" : "+");
    key.append(entry.upperCase() ? 'U' : 'u');
    for (String word : entry.words()) {
      key.append(' ').append(word);
    }
    if (seen.add(key.toString())) {
      names.computeIfAbsent(entry.words().get(0), k -> new ArrayList<>()).add(entry);
    }
  }

  /** Names are not found right after these words (folded), e.g. honorifics: "Mr. Jordan". */
  NameIndexBuilder<T> notAfter(Set<String> words) {
    this.notAfter = Set.copyOf(words);
    return this;
  }

  /** The index of the names added; the builder must not be used after it. */
  NameIndex<T> build() {
    Map<String, List<NameIndex.Name<T>>> index = new HashMap<>();
    int smallOpenings = 0;
    Comparator<NameIndex.Name<T>> longestFirst =
        Comparator.comparingInt((NameIndex.Name<T> n) -> n.words().size()).reversed();
    Map<String, List<NameIndex.Name<T>>> all = new HashMap<>(byFirstWord);
    // a word that opens a name as printed is never read as a clitic and a name
    withClitic.forEach(all::putIfAbsent);
    for (Map.Entry<String, List<NameIndex.Name<T>>> e : all.entrySet()) {
      for (NameIndex.Name<T> name : e.getValue()) {
        if (!name.upperCase() && !name.capitalized().get(0)) {
          char c = name.words().get(0).charAt(0);
          // a name that opens with any other small letter: every small word is looked up
          smallOpenings |= c >= 'a' && c <= 'z' ? 1 << (c - 'a') : -1;
        }
      }
      List<NameIndex.Name<T>> names = new ArrayList<>(e.getValue());
      if (names.size() > 1) {
        names.sort(longestFirst);
      }
      index.put(e.getKey(), List.copyOf(names));
    }
    Map<String, Boolean> honorifics = new HashMap<>();
    for (String word : notAfter) {
      honorifics.put(word, Boolean.TRUE);
    }
    Map<String, T> runTogether = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Map.Entry<String, T> e : byKey.entrySet()) {
      if (e.getKey().indexOf(' ') < 0) {
        continue;
      }
      String key = e.getKey().replace(" ", "");
      T previous = runTogether.putIfAbsent(key, e.getValue());
      if (previous != null && previous != e.getValue() && !previous.equals(e.getValue())) {
        ambiguous.add(key);
      }
    }
    runTogether.keySet().removeAll(ambiguous);
    return new NameIndex<>(
        WordTable.of(byKey),
        // not copied: a builder is dropped once built, and a copy costs at start-up
        Collections.unmodifiableMap(runTogether),
        Collections.unmodifiableMap(asAdded),
        WordTable.of(index),
        WordTable.of(honorifics),
        smallOpenings);
  }
}
