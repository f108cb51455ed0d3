package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.text.Whitespace;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bylines that open with neither a statement word nor an honorific: a name alone on its line over a
 * post, and a headline that names who speaks before a verb of delivery. {@link Byline} tries them
 * after its other openings; {@link PrintedSpeaker#read} reads a headline with this class.
 */
final class BylineForms {
  private static final int HEADLINE_LENGTH = 200;
  private static final Pattern HEADLINE_VERB =
      Pattern.compile(" (?:delivers|addresses|speaks (?:at|to|before)) ");

  private BylineForms() {}

  /**
   * A headline that names who speaks before a verb of delivery: "Minister Sean Fleming delivers
   * Ireland's national statement at UN General Assembly", "Prime Minister X addresses the General
   * Assembly". The words before the name must open a post ("Minister", "Prime Minister"); the name
   * is the capitalised words after them, two at least.
   */
  static Optional<PrintedSpeaker> headline(String text) {
    if (text.length() > HEADLINE_LENGTH) {
      return Optional.empty(); // a paragraph, not a headline
    }
    if (text.indexOf("delivers") < 0
        && text.indexOf("addresses") < 0
        && text.indexOf("speaks") < 0) {
      // HEADLINE_VERB's words, which cleaning white space leaves whole: most lines have none,
      // and are not cleaned nor matched to say so
      return Optional.empty();
    }
    String raw = Whitespace.clean(text);
    Matcher verb = HEADLINE_VERB.matcher(raw);
    if (!verb.find()) {
      return Optional.empty();
    }
    String[] who = raw.substring(0, verb.start()).strip().split(" ");
    for (int postWords = 1; postWords <= 3 && who.length - postWords >= 2; postWords++) {
      String post = String.join(" ", Arrays.copyOfRange(who, 0, postWords));
      if (!opensAPost(post)) {
        continue;
      }
      String[] name = Arrays.copyOfRange(who, postWords, who.length);
      if (name.length <= 4
          && Arrays.stream(name)
              .allMatch(w -> BylineWords.nameToken(w) && Character.isUpperCase(w.charAt(0)))
          && !opensAPost(name[0])) {
        return Optional.of(
            new PrintedSpeaker(
                raw, Optional.of(String.join(" ", name)), Optional.empty(), Optional.of(post)));
      }
    }
    return Optional.empty();
  }

  /** Whether the words are a post or the first words of one ("Minister" of "Minister of ..."). */
  private static boolean opensAPost(String words) {
    String w = words.toLowerCase(Locale.ROOT);
    for (String post : BylineWords.posts()) {
      String p = post.toLowerCase(Locale.ROOT);
      if (p.equals(w) || p.startsWith(w + " ")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the first printed line is a name and nothing else and the second opens with a post:
   * "Nayib Armando Bukele Ortez" / "Presidente de la República de El Salvador".
   */
  static boolean nameOverPost(List<String> lines) {
    if (lines.size() < 2 || BylineWords.leadingPost(lines.get(1).strip()).isEmpty()) {
      return false;
    }
    String first = Whitespace.clean(lines.get(0));
    String[] tokens = first.split(" ");
    if (tokens.length < 2 || tokens.length > 5) {
      return false;
    }
    for (String token : tokens) {
      if (!BylineWords.nameToken(token)
          || BylineWords.nameStop(token)
          || BylineWords.leadingPost(token).isPresent()
          || BylineWords.leadingHonorific(token).isPresent()) {
        return false;
      }
    }
    PrintedSpeaker alone = PrintedSpeaker.read(List.of(first));
    return alone.name().filter(first::equals).isPresent() && alone.post().isEmpty();
  }
}
