package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.common.ResourceTable;
import io.github.undebate.parser.internal.text.PhraseList;
import io.github.undebate.parser.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who speaks, as a byline, a page title or a heading prints him, read into name, honorific and
 * post: "Ambassador Valentin Rybakov, Permanent Representative of Belarus ...", "Statement by H.E.
 * Wang Yi / Member of ...", "Remarks by President Biden Before ...", "ВЫСТУПЛЕНИЕ Министра ...
 * М.В.Рыженкова". What the text does not print stays empty. The words that open a byline and the
 * posts are data ({@code statement-words.txt}, {@code byline-honorifics.txt}, {@code posts.txt},
 * {@code name-stops.txt}): a byline in another language is mostly new rows there.
 *
 * @param raw the byline as printed, whitespace folded
 * @param name the name without honorific
 * @param honorific the honorific as printed
 * @param post the post as printed
 */
record PrintedSpeaker(
    String raw, Optional<String> name, Optional<String> honorific, Optional<String> post) {
  private static final List<String> HONORIFICS =
      byLength(ResourceTable.phrases(PrintedSpeaker.class, "byline-honorifics.txt"));
  // lower-cased (root locale), longest first as printed
  private static final PhraseList STATEMENT_WORDS =
      PhraseList.of(
          PhraseList.lowerCase(
              byLength(ResourceTable.phrases(PrintedSpeaker.class, "statement-words.txt"))));
  private static final PhraseList POSTS =
      PhraseList.of(
          PhraseList.lowerCase(byLength(ResourceTable.phrases(PrintedSpeaker.class, "posts.txt"))));
  private static final Pattern VENUE_AFTER_POST =
      Pattern.compile("\\s(?i:at the|before the|to the general|on the occasion)\\s");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[,;:.\\s]+|[,;:.\\s]+$");
  private static final List<String> STOPS =
      ResourceTable.lowerCasePhrases(PrintedSpeaker.class, "name-stops.txt");
  private static final List<String> POST_LINKS = List.of("of", "to", "de", "du", "des", "for");
  private static final Pattern INITIALS_NAME =
      Pattern.compile(
          "\\p{Lu}\\.\\s?(?:\\p{Lu}\\.\\s?)?\\p{Lu}[\\p{Ll}\\p{M}]{2,}(?:-\\p{Lu}[\\p{Ll}\\p{M}]+)?");
  private static final Pattern NAME_TOKEN =
      Pattern.compile(
          "(?:\\p{Lu}[\\p{L}\\p{M}'’.]*(?:-\\p{L}[\\p{L}\\p{M}'’]*)*|de|da|do|dos|van|von|der|bin|al|el|la|le|di|du)");

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

  private static String statementWord(String text) {
    int length = STATEMENT_WORDS.leadingWord(text);
    return length < 0 ? null : text.substring(0, length);
  }

  /** The honorific that opens the text, if any. */
  static Optional<String> leadingHonorific(String text) {
    for (String h : HONORIFICS) {
      if (text.startsWith(h) && (text.length() == h.length() || text.charAt(h.length()) == ' ')) {
        return Optional.of(h);
      }
    }
    return Optional.empty();
  }

  /** The post that opens the text, if any. */
  static Optional<String> leadingPost(String text) {
    int length = POSTS.leadingWord(text);
    return length < 0 ? Optional.empty() : Optional.of(text.substring(0, length));
  }

  /** Reads a byline; {@code lines} are its printed lines (a name often ends the first one). */
  static PrintedSpeaker read(List<String> lines) {
    String raw = Whitespace.clean(String.join(" ", lines));
    String rest = raw;
    String word = statementWord(rest);
    if (word != null) {
      rest = rest.substring(word.length()).strip();
    }
    rest = stripPrefix(rest, "the ");
    String honorific = null;
    String post = null;
    Optional<String> lead = leadingPost(rest);
    Optional<String> hon = leadingHonorific(rest);
    if (hon.isPresent() && (lead.isEmpty() || hon.get().length() >= lead.get().length())) {
      honorific = hon.get();
      rest = rest.substring(honorific.length()).strip();
    } else if (lead.isPresent()) {
      String afterPost = rest.substring(lead.get().length()).strip();
      if (afterPost.isEmpty()
          || afterPost.startsWith("of ")
          || afterPost.startsWith("to ")
          || Character.isLowerCase(afterPost.codePointAt(0))
          || afterPost.startsWith(",")) {
        // "Permanent Representative of the Republic of Belarus": a post without a name, unless
        // initials and a surname end it, as bylines in the genitive print them
        Matcher initials = INITIALS_NAME.matcher(rest);
        if (initials.find()) {
          String before = trimPunctuation(rest.substring(0, initials.start()));
          return new PrintedSpeaker(
              raw, Optional.of(initials.group()), Optional.empty(), nonBlank(before));
        }
        return new PrintedSpeaker(
            raw, Optional.empty(), Optional.empty(), nonBlank(trimPunctuation(rest)));
      }
      post = lead.get();
      rest = afterPost;
      Optional<String> hon2 = leadingHonorific(rest);
      if (hon2.isPresent()) {
        honorific = hon2.get();
        rest = rest.substring(honorific.length()).strip();
      }
    }
    // the name: capitalised words up to a comma, a stop word, a post, or a word that opens a
    // post ("Member of", "Minister of")
    String[] tokens = rest.split(" ");
    List<String> name = new ArrayList<>();
    int used = 0;
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i];
      String bare = token.endsWith(",") ? token.substring(0, token.length() - 1) : token;
      boolean stop =
          bare.isEmpty()
              || !NAME_TOKEN.matcher(bare).matches()
              || STOPS.contains(bare.toLowerCase(Locale.ROOT))
              || !name.isEmpty() && i + 1 < tokens.length && POST_LINKS.contains(tokens[i + 1])
              || !name.isEmpty()
                  && leadingPost(String.join(" ", Arrays.copyOfRange(tokens, i, tokens.length)))
                      .isPresent();
      if (stop) {
        break;
      }
      name.add(bare);
      used++;
      if (token.endsWith(",") || name.size() >= 5) {
        break;
      }
    }
    // particles cannot end a name
    while (!name.isEmpty() && Character.isLowerCase(name.get(name.size() - 1).codePointAt(0))) {
      name.remove(name.size() - 1);
      used--;
    }
    String nameText = name.isEmpty() ? null : String.join(" ", name);
    if (nameText != null && post == null) {
      String after = String.join(" ", Arrays.copyOfRange(tokens, used, tokens.length)).strip();
      after = stripPrefix(after, ",").strip();
      post = nonBlank(trimPunctuation(cutVenue(after))).orElse(null);
    }
    if (nameText == null && honorific == null) {
      Matcher initials = INITIALS_NAME.matcher(rest);
      if (initials.find()) {
        String before = trimPunctuation(rest.substring(0, initials.start()));
        return new PrintedSpeaker(
            raw, Optional.of(initials.group()), Optional.empty(), nonBlank(before));
      }
      return new PrintedSpeaker(
          raw, Optional.empty(), Optional.empty(), nonBlank(post == null ? null : post));
    }
    return new PrintedSpeaker(
        raw,
        Optional.ofNullable(nameText),
        Optional.ofNullable(honorific),
        Optional.ofNullable(post));
  }

  /** The post without the venue that follows it ("... China At the General Debate of ..."). */
  private static String cutVenue(String post) {
    Matcher m = VENUE_AFTER_POST.matcher(post);
    return m.find() ? post.substring(0, m.start()) : post;
  }

  private static String stripPrefix(String s, String prefix) {
    return s.toLowerCase(Locale.ROOT).startsWith(prefix) ? s.substring(prefix.length()) : s;
  }

  private static String trimPunctuation(String s) {
    String t = s.strip();
    if (t.endsWith("\u0085")) {
      // "$" also matches before a final NEL, which the hand trim below does not see
      return EDGE_PUNCTUATION.matcher(t).replaceAll("");
    }
    int from = 0;
    int to = t.length();
    while (from < to && isEdgePunctuation(t.charAt(from))) {
      from++;
    }
    while (to > from && isEdgePunctuation(t.charAt(to - 1))) {
      to--;
    }
    return t.substring(from, to);
  }

  /** A character of {@code [,;:.\\s]}, what {@link #EDGE_PUNCTUATION} trims. */
  private static boolean isEdgePunctuation(char c) {
    return ",;:.".indexOf(c) >= 0 || Whitespace.isSpace(c);
  }

  private static Optional<String> nonBlank(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }
}
