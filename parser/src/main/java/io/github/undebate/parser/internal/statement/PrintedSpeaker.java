package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.Arrays;
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
  private static final Pattern VENUE_AFTER_POST =
      Pattern.compile("\\s(?i:at the|before the|to the general|on the occasion)\\s");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[,;:.\\s]+|[,;:.\\s]+$");
  private static final List<String> POST_LINKS = List.of("of", "to", "de", "du", "des", "for");
  // what links a post to its State or office ("Minister of Foreign Affairs of", "Ministra de")
  private static final Pattern POST_TAIL =
      Pattern.compile("(?i)(?:of|to|de|del|du|des|d'|d’|for)\\b.*");
  private static final Pattern DELIVERED_BY = Pattern.compile("(?i)\\(?\\s*delivered by\\b");
  private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
  private static final Pattern ARTICLE = Pattern.compile("(?i)(?:the|le|la|el) ");
  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s:,.\\-–—]+");
  // a word that joins a statement word to who speaks, on the byline's next line ("DISCOURS" /
  // "De Son Excellence ...", "RWANDA STATEMENT" / "BY H.E Amb. ...")
  private static final Pattern CONNECTOR = Pattern.compile("(?i)(?:by|of|de|del|du|par|por) ");
  private static final Pattern INITIALS_NAME =
      Pattern.compile(
          "\\p{Lu}\\.\\s?(?:\\p{Lu}\\.\\s?)?\\p{Lu}[\\p{Ll}\\p{M}]{2,}(?:-\\p{Lu}[\\p{Ll}\\p{M}]+)?");

  /**
   * The honorifics that open the text, one after another, and the articles between them ("H.E.
   * Dr.", "SON EXCELLENCE MONSIEUR", "Senator the Hon"), as printed; empty if none.
   */
  private static String leadingHonorifics(String text) {
    int at = 0;
    int end = 0;
    while (at < text.length()) {
      String rest = text.substring(at);
      Optional<String> h = BylineWords.leadingHonorific(rest);
      if (h.isPresent()) {
        at += h.get().length();
        end = at;
      } else if (end > 0 && ARTICLE.matcher(rest).lookingAt()) {
        Matcher article = ARTICLE.matcher(rest);
        at += article.lookingAt() ? article.end() : 0;
        continue;
      } else {
        break;
      }
      while (at < text.length() && text.charAt(at) == ' ') {
        at++;
      }
    }
    return text.substring(0, end);
  }

  /** Reads a byline; {@code lines} are its printed lines (a name often ends the first one). */
  static PrintedSpeaker read(List<String> lines) {
    String joined = String.join(" ", lines); // once for both readings
    Optional<PrintedSpeaker> headline = BylineForms.headline(joined);
    if (headline.isPresent()) {
      return headline.get();
    }
    String raw = Whitespace.clean(joined);
    if (BylineScripts.arabic(raw)) {
      return BylineScripts.readArabic(raw);
    }
    if (BylineScripts.opensChinese(raw)) {
      return BylineScripts.readChinese(raw);
    }
    String rest = BylineWords.dollarsAsS(raw);
    String word = BylineWords.statementWord(rest);
    if (word != null) {
      rest = LEADING_PUNCTUATION.matcher(rest.substring(word.length())).replaceFirst("");
    }
    rest = stripConnector(stripArticle(rest));
    if (BylineScripts.holdsFrom(rest, BylineScripts.FIRST_CYRILLIC)
        && CYRILLIC.matcher(rest).find()) {
      // "Министра иностранных дел Российской Федерации С.В.Лаврова на ...": a Russian byline
      // names post and State in the genitive, then the person by initials and surname
      Matcher initials = INITIALS_NAME.matcher(rest);
      if (initials.find()) {
        return new PrintedSpeaker(
            raw,
            Optional.of(initials.group()),
            Optional.empty(),
            nonBlank(trimPunctuation(rest.substring(0, initials.start()))));
      }
    }
    String honorific = null;
    String post = null;
    Optional<String> lead = BylineWords.leadingPost(rest);
    String hon = leadingHonorifics(rest);
    if (!hon.isEmpty() && (lead.isEmpty() || hon.length() >= lead.get().length())) {
      honorific = hon.strip();
      rest = stripArticle(rest.substring(hon.length()).strip());
      lead = BylineWords.leadingPost(rest);
    }
    if (lead.isPresent()) {
      String afterPost = rest.substring(lead.get().length()).strip();
      if (afterPost.isEmpty()
          || POST_TAIL.matcher(afterPost).matches()
          || Character.isLowerCase(afterPost.codePointAt(0))
          || afterPost.startsWith(",")) {
        // "President of the Republic of Finland, Alexander Stubb, at ...": the name after the
        // post and its State
        Optional<PrintedSpeaker> afterComma = nameAfterComma(raw, rest, honorific);
        if (afterComma.isPresent()) {
          return afterComma.get();
        }
        Optional<PrintedSpeaker> later = nameAfterHonorific(raw, rest);
        if (later.isPresent()) {
          return later.get();
        }
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
      String hon2 = leadingHonorifics(rest);
      if (!hon2.isEmpty()) {
        honorific = honorific == null ? hon2.strip() : honorific + " " + hon2.strip();
        rest = rest.substring(hon2.length()).strip();
      }
    }
    // the name: capitalised words up to a comma, a stop word, a post, or a word that opens a
    // post ("Member of", "Minister of")
    String[] tokens = rest.split(" ");
    List<String> name = new ArrayList<>();
    int used = 0;
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i];
      boolean ends = token.endsWith(",") || token.endsWith(":") || token.endsWith(";");
      String bare = ends ? token.substring(0, token.length() - 1) : token;
      boolean stop =
          bare.isEmpty()
              || !BylineWords.NAME_TOKEN.matcher(bare).matches()
              || BylineWords.STOPS.contains(bare.toLowerCase(Locale.ROOT))
              || !name.isEmpty() && i + 1 < tokens.length && POST_LINKS.contains(tokens[i + 1])
              || !name.isEmpty()
                  && BylineWords.leadingPost(
                          String.join(" ", Arrays.copyOfRange(tokens, i, tokens.length)))
                      .isPresent();
      if (stop) {
        break;
      }
      name.add(bare);
      used++;
      if (ends || name.size() >= 5) {
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
      after = stripComma(after).strip();
      // a venue right after the name ("... ERNEST AT THE 79th ...") is no post
      post = nonBlank(trimPunctuation(cutVenue(" " + after + " "))).orElse(null);
    }
    if (nameText == null) {
      // "Statement by Head of the DPRK Delegation H.E. Mr. Kim Song, ...": the name after an
      // honorific further on
      Optional<PrintedSpeaker> later = nameAfterHonorific(raw, rest);
      if (later.isPresent()) {
        return later.get();
      }
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

  /**
   * The name a byline prints after a post and its State, past a comma: "President of the Republic
   * of Finland, Alexander Stubb, at ...", "Ministra de Relaciones Exteriores del Estado
   * Plurinacional de Bolivia, Celinda Sosa Lunda". The name must be two words at least.
   */
  private static Optional<PrintedSpeaker> nameAfterComma(
      String raw, String rest, String honorific) {
    int comma = rest.indexOf(", ");
    if (comma < 0) {
      return Optional.empty();
    }
    String post = trimPunctuation(rest.substring(0, comma));
    String after = rest.substring(comma + 2).strip();
    String hon = leadingHonorifics(after);
    PrintedSpeaker read = read(List.of(after));
    if (read.name().isEmpty()
        || read.name().get().indexOf(' ') < 0
        || BylineWords.leadingPost(read.name().get()).isPresent()) {
      return Optional.empty();
    }
    String honorifics = honorific == null ? hon.strip() : (honorific + " " + hon.strip()).strip();
    return Optional.of(new PrintedSpeaker(raw, read.name(), nonBlank(honorifics), nonBlank(post)));
  }

  /** The name after the first honorific that stands further on in the byline, if any. */
  private static Optional<PrintedSpeaker> nameAfterHonorific(String raw, String rest) {
    String[] tokens = rest.split(" ");
    for (int i = 1; i < tokens.length; i++) {
      if (!tokens[i].isEmpty() && !BylineWords.mayOpenHonorific(tokens[i].charAt(0))) {
        continue; // no honorific opens the rest: not made for each word of a long byline
      }
      String from = String.join(" ", Arrays.copyOfRange(tokens, i, tokens.length));
      String hon = leadingHonorifics(from);
      if (hon.isEmpty()) {
        continue;
      }
      PrintedSpeaker read = read(List.of(from));
      if (read.name().isPresent()) {
        Optional<String> before =
            nonBlank(trimPunctuation(String.join(" ", Arrays.copyOfRange(tokens, 0, i))));
        // the post before the honorific when it is one ("President of X H.E. Y"), else after
        Optional<String> post =
            before
                .filter(b -> BylineWords.leadingPost(b).isPresent())
                .or(read::post)
                .or(() -> before);
        return Optional.of(new PrintedSpeaker(raw, read.name(), read.honorific(), post));
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The text without a connecting word that opens it before an honorific ("De Son Excellence"). */
  static String stripConnector(String s) {
    if (s.isEmpty() || "bBoOdDpP".indexOf(s.charAt(0)) < 0) {
      return s; // CONNECTOR's words open with these letters only ((?i) is ASCII's case alone)
    }
    Matcher m = CONNECTOR.matcher(s);
    if (m.lookingAt() && BylineWords.leadingHonorific(s.substring(m.end()).strip()).isPresent()) {
      return s.substring(m.end()).strip();
    }
    return s;
  }

  /**
   * Whether the text opens with a post and then honorifics: "Minister for Foreign Affairs Senator".
   */
  static boolean opensWithPostAndHonorific(String text) {
    Optional<String> post = BylineWords.leadingPost(text);
    return post.isPresent()
        && !leadingHonorifics(text.substring(post.get().length()).strip()).isEmpty();
  }

  /** Whether the byline names who delivered the statement for its author ("Delivered by ..."). */
  static boolean deliveredBy(String raw) {
    return DELIVERED_BY.matcher(raw).lookingAt();
  }

  /**
   * Whether the text is a salutation rather than a byline: an honorific and a post alone ("Mr.
   * President,", "Madam President, Mr. Secretary-General", "Monsieur le Président,").
   */
  static boolean salutes(String text) {
    Optional<String> h = BylineWords.leadingHonorific(text);
    if (h.isEmpty()) {
      return false;
    }
    String rest = stripArticle(text.substring(h.get().length()).strip());
    Optional<String> post = BylineWords.leadingPost(rest);
    if (post.isEmpty()) {
      return false;
    }
    String after = rest.substring(post.get().length()).strip();
    // the Arabic comma, and the "//" some Arabic texts print after a salutation
    return after.isEmpty() || ",;:!،/".indexOf(after.charAt(0)) >= 0;
  }

  /** The text without an article that opens it ("the", "le", "la", "el"). */
  static String stripArticle(String s) {
    if (s.isEmpty() || "tTlLeE".indexOf(s.charAt(0)) < 0) {
      return s; // ARTICLE's words open with these letters only: most texts need no matcher
    }
    Matcher m = ARTICLE.matcher(s);
    return m.lookingAt() ? s.substring(m.end()).strip() : s;
  }

  /** The post without the venue that follows it ("... China At the General Debate of ..."). */
  private static String cutVenue(String post) {
    Matcher m = VENUE_AFTER_POST.matcher(post);
    return m.find() ? post.substring(0, m.start()) : post;
  }

  /**
   * The text without the comma that opens it. (Lower-casing the text first, as a case-blind prefix
   * would need, is a copy a comma does not need: no character lower-cases to one.)
   */
  static String stripComma(String s) {
    return s.startsWith(",") ? s.substring(1) : s;
  }

  /** The text without the punctuation and white space at its edges. */
  static String trimPunctuation(String s) {
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
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    String t = s.strip();
    // "... on behalf of the Prime Minister)": a parenthesis closed after the byline's start
    return Optional.of(
        t.endsWith(")") && t.indexOf('(') < 0
            ? trimPunctuation(t.substring(0, t.length() - 1))
            : t);
  }
}
