package io.github.undebate.parser.internal.common;

import io.github.undebate.parser.internal.text.WordTable;
import java.util.ArrayList;
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
    String key = NameIndex.lookupKey(name);
    if (key.isEmpty()) {
      throw row.malformed("name \"" + name + "\" has no letters");
    }
    T previous = byKey.putIfAbsent(key, value);
    if (previous != null && !previous.equals(value)) {
      throw row.malformed("name \"" + name + "\" already stands for " + previous + " in " + table);
    }
    asAdded.put(name, value);
    index(name, value);
    return this;
  }

  /**
   * Adds a phrase that contains a name but does not mean it ("Lake Chad", "Gulf of Guinea"):
   * finding skips it whole, lookup ignores it.
   */
  NameIndexBuilder<T> addLookalike(String phrase, ResourceTable.Row row) {
    if (NameIndex.lookupKey(phrase).isEmpty()) {
      throw row.malformed("phrase \"" + phrase + "\" has no letters");
    }
    index(phrase, null);
    return this;
  }

  private void index(String name, T value) {
    List<Words.Word> words = Words.of(name);
    if (words.size() > 1 && words.get(0).folded().equals("the")) {
      words = words.subList(1, words.size());
    }
    List<String> folded = new ArrayList<>();
    List<Boolean> capitalized = new ArrayList<>();
    boolean upper = name.chars().anyMatch(Character::isLetter);
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

  private static <T> void put(Map<String, List<NameIndex.Name<T>>> names, NameIndex.Name<T> entry) {
    List<NameIndex.Name<T>> bucket =
        names.computeIfAbsent(entry.words().get(0), k -> new ArrayList<>());
    if (bucket.stream()
        .noneMatch(n -> n.words().equals(entry.words()) && n.upperCase() == entry.upperCase())) {
      bucket.add(entry);
    }
  }

  /** Names are not found right after these words (folded), e.g. honorifics: "Mr. Jordan". */
  NameIndexBuilder<T> notAfter(Set<String> words) {
    this.notAfter = Set.copyOf(words);
    return this;
  }

  NameIndex<T> build() {
    Map<String, List<NameIndex.Name<T>>> index = new HashMap<>();
    int smallOpenings = 0;
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
      names.sort(Comparator.comparingInt((NameIndex.Name<T> n) -> n.words().size()).reversed());
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
      if (previous != null && !previous.equals(e.getValue())) {
        ambiguous.add(key);
      }
    }
    runTogether.keySet().removeAll(ambiguous);
    return new NameIndex<>(
        WordTable.of(byKey),
        Map.copyOf(runTogether),
        Map.copyOf(asAdded),
        WordTable.of(index),
        WordTable.of(honorifics),
        smallOpenings);
  }
}
