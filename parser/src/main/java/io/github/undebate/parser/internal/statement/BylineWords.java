package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.common.ResourceTable;
import io.github.undebate.parser.internal.text.PhraseList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The words a byline is read with ({@link PrintedSpeaker}): the words that announce a statement
 * ({@code statement-words.txt}), honorifics ({@code byline-honorifics.txt}), posts ({@code
 * posts.txt}), the words that stop a name ({@code name-stops.txt}) and what a name's words look
 * like. Data, so that a byline in another language is mostly new rows.
 */
final class BylineWords {
  static final List<String> HONORIFICS =
      byLength(ResourceTable.phrases(BylineWords.class, "byline-honorifics.txt"));
  // the honorifics by their first character folded ({@link #caseFolded}), in their order: a text
  // is compared only with those it may open with
  private static final char[] HONORIFIC_FIRSTS;
  private static final String[][] HONORIFICS_BY_FIRST;
  // lower-cased (root locale), longest first as printed
  private static final PhraseList STATEMENT_WORDS =
      PhraseList.of(
          PhraseList.lowerCase(
              byLength(ResourceTable.phrases(BylineWords.class, "statement-words.txt"))));
  private static final PhraseList POSTS =
      PhraseList.of(
          PhraseList.lowerCase(byLength(ResourceTable.phrases(BylineWords.class, "posts.txt"))));
  static final List<String> STOPS =
      ResourceTable.lowerCasePhrases(BylineWords.class, "name-stops.txt");
  private static final Pattern OCR_DOLLAR =
      Pattern.compile("(?<=[\\p{Lu}$])\\$(?!\\d)|\\$(?=[\\p{Lu}$])");
  static final Pattern NAME_TOKEN =
      Pattern.compile(
          "(?:\\p{Lu}[\\p{L}\\p{M}'’.]*(?:-\\p{L}[\\p{L}\\p{M}'’]*)*|de|da|do|dos|van|von|der|bin|al|el|la|le|di|du)");

  static {
    TreeMap<Character, List<String>> byFirst = new TreeMap<>();
    for (String h : HONORIFICS) {
      if (h.isEmpty() || Character.isSurrogate(h.charAt(0))) {
        throw new IllegalStateException("an honorific must open with a character: \"" + h + "\"");
      }
      byFirst.computeIfAbsent(caseFolded(h.charAt(0)), c -> new ArrayList<>()).add(h);
    }
    HONORIFIC_FIRSTS = new char[byFirst.size()];
    HONORIFICS_BY_FIRST = new String[byFirst.size()][];
    int k = 0;
    for (Map.Entry<Character, List<String>> e : byFirst.entrySet()) {
      HONORIFIC_FIRSTS[k] = e.getKey();
      HONORIFICS_BY_FIRST[k++] = e.getValue().toArray(String[]::new);
    }
  }

  /**
   * A character as {@code String.regionMatches(true, ...)} compares it: two characters match
   * exactly when their upper cases lower-case alike.
   */
  static char caseFolded(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  private static List<String> byLength(List<String> entries) {
    List<String> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(sorted);
  }

  /**
   * Whether the text opens with a word that announces a statement ("Statement by", "Discours de").
   */
  static boolean opensWithStatementWord(String text) {
    return statementWord(text) != null;
  }

  /** Whether the text is a statement word and nothing else ("STATEMENT", "كلمة"). */
  static boolean onlyStatementWord(String text) {
    String t = text.strip();
    String word = statementWord(t);
    return word != null && PrintedSpeaker.trimPunctuation(t.substring(word.length())).isEmpty();
  }

  /** The statement word that opens the text, after an opening parenthesis, if any. */
  static String statementWord(String text) {
    int paren = text.startsWith("(") ? 1 : 0;
    int length = STATEMENT_WORDS.leadingWord(text.substring(paren));
    return length < 0 ? null : text.substring(0, paren + length);
  }

  /** The honorific that opens the text, if any, in any case ("H.E.", "HIS EXCELLENCY"). */
  static Optional<String> leadingHonorific(String text) {
    if (text.isEmpty() || Character.isSurrogate(text.charAt(0))) {
      return Optional.empty(); // no honorific opens so
    }
    int at = Arrays.binarySearch(HONORIFIC_FIRSTS, caseFolded(text.charAt(0)));
    if (at < 0) {
      return Optional.empty();
    }
    for (String h : HONORIFICS_BY_FIRST[at]) {
      if (text.regionMatches(true, 0, h, 0, h.length())
          && (text.length() == h.length() || text.charAt(h.length()) == ' ')) {
        return Optional.of(text.substring(0, h.length()));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether an honorific may open a text that opens with {@code c}: when not, {@link
   * #leadingHonorific} finds none, and a caller need not make the text to ask.
   */
  static boolean mayOpenHonorific(char c) {
    return !Character.isSurrogate(c) && Arrays.binarySearch(HONORIFIC_FIRSTS, caseFolded(c)) >= 0;
  }

  /** Whether the word may be part of a name: capitalised, or a particle ("de", "van"). */
  static boolean nameToken(String word) {
    return NAME_TOKEN.matcher(word).matches();
  }

  /** Whether the word stops a name ({@code name-stops.txt}). */
  static boolean nameStop(String word) {
    return STOPS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The honorifics of {@code byline-honorifics.txt}, longest first. */
  static List<String> honorifics() {
    return HONORIFICS;
  }

  /** The posts of {@code posts.txt}. */
  static List<String> posts() {
    return POSTS.phrases();
  }

  /** The post that opens the text, if any. */
  static Optional<String> leadingPost(String text) {
    int length = POSTS.leadingWord(text);
    return length < 0 ? Optional.empty() : Optional.of(text.substring(0, length));
  }

  /**
   * The text with each "$" that stands beside a capital read as the "S" it is: text recognition of
   * a scanned byline in capitals prints "DE $ON EXCELLENCE", "$ES$$ION". A "$" before a figure
   * stays.
   */
  static String dollarsAsS(String text) {
    return text.indexOf('$') < 0 ? text : OCR_DOLLAR.matcher(text).replaceAll("S");
  }

  private BylineWords() {}
}
