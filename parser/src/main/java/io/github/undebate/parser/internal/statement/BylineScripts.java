package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.common.CountryMention;
import io.github.undebate.parser.internal.common.Nations;
import io.github.undebate.parser.internal.common.State;
import io.github.undebate.parser.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bylines in scripts without capitals, where a name cannot be told by its case: Arabic ("كلمة فخامة
 * الرئيس عبد اللطيف جمال رشيد رئيس جمهورية العراق أمام الدورة ...": statement word, honorifics,
 * post, name, post and State, occasion) and Chinese ("中华人民共和国外交部长王毅在第七十九届联合国大会一般性辩论上的讲话": State,
 * post, name, then the occasion and the statement word last). The honorifics, posts and words that
 * end a name are rows of the byline tables ({@link PrintedSpeaker}).
 */
final class BylineScripts {
  private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");
  // vowel marks and the stretching tatweel: not part of a word's spelling
  private static final Pattern ARABIC_MARKS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");
  private static final Pattern TATWEEL = Pattern.compile("\\u0640");
  // what separates the words of an Arabic byline besides spaces
  private static final Pattern ARABIC_PUNCTUATION = Pattern.compile("([،؛:()\\[\\]/\\-–—])");
  private static final List<String> ARABIC_STATEMENT_WORDS =
      List.of("كلمة", "خطاب", "بيان", "مداخلة");
  // "دولة رئيس الوزراء": the head of Government's form of address, only before a post
  private static final String DAWLA = "دولة";
  private static final int MIN_NAME_WORDS = 2;
  private static final int MAX_NAME_WORDS = 6;

  // a Chinese byline: who speaks, "在" (at), the occasion, the statement word last
  private static final Pattern CHINESE =
      Pattern.compile("^\\s*([\\p{IsHan}·・]{2,40}?)在.+?(?:上|中)?的?" + "(?:讲话|发言|致辞|演讲|讲演)\\s*$");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  // forms of address printed after a Chinese name ("王毅阁下", "傅聪大使")
  private static final List<String> CHINESE_HONORIFICS = List.of("阁下", "先生", "女士", "大使");
  private static final Pattern CHINESE_NAME =
      Pattern.compile(
          "\\p{IsHan}{2,4}|\\p{IsHan}{1,10}[·・]\\p{IsHan}{1,10}(?:[·・]\\p{IsHan}{1,10})?");

  private BylineScripts() {}

  /** The Arabic rows of the byline tables, each as the keys of its words. */
  private static final class Tables {
    static final List<String[]> HONORIFICS = keys(BylineWords.honorifics());
    static final List<String[]> POSTS = keys(BylineWords.posts());

    private static List<String[]> keys(List<String> phrases) {
      return phrases.stream().filter(BylineScripts::arabic).map(p -> key(p).split(" ")).toList();
    }
  }

  /** The text without the tatweel that stretches Arabic words ("سمــو" is "سمو"). */
  static String unstretched(String text) {
    return text.indexOf('\u0640') < 0 ? text : TATWEEL.matcher(text).replaceAll("");
  }

  /** Whether the text holds an Arabic letter. */
  static boolean arabic(String text) {
    return holdsFrom(text, FIRST_ARABIC) && ARABIC.matcher(text).find();
  }

  /** No Arabic letter stands before this character, no Han one before the next, no Cyrillic one. */
  static final char FIRST_ARABIC = '\u0600';

  static final char FIRST_HAN = '\u2E80';
  static final char FIRST_CYRILLIC = '\u0400';

  /**
   * Whether the text has a character from {@code first} on: a script's pattern is run only on a
   * text that may hold one of its letters, as most bylines are Latin.
   */
  static boolean holdsFrom(String text, char first) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= first) {
        return true;
      }
    }
    return false;
  }

  /**
   * An Arabic byline read into honorific, name and post: the honorifics and the post before the
   * name, the name up to a post, a word of the occasion ({@code name-stops.txt}) or a State, and
   * the post after the name (with its State) when there is one, else the one before. A post with
   * neither a name nor a State after it ("السيد الرئيس،") is a salutation, and gives nothing.
   */
  static PrintedSpeaker readArabic(String raw) {
    List<String> words = arabicWords(raw);
    List<String> keys = words.stream().map(BylineScripts::key).toList();
    int at = 0;
    if (at < keys.size() && ARABIC_STATEMENT_WORDS.contains(keys.get(at))) {
      at++;
    }
    List<String> honorifics = new ArrayList<>();
    String leadingPost = null;
    boolean stateAfterPost = false;
    while (at < words.size()) {
      int honorific = phraseAt(keys, at, Tables.HONORIFICS);
      if (honorific > 0) {
        honorifics.add(String.join(" ", words.subList(at, at + honorific)));
        at += honorific;
        continue;
      }
      if (keys.get(at).equals(DAWLA) && phraseAt(keys, at + 1, Tables.POSTS) > 0) {
        honorifics.add(words.get(at));
        at++;
        continue;
      }
      int post = leadingPost == null ? phraseAt(keys, at, Tables.POSTS) : 0;
      if (post > 0) {
        int end = at + post;
        int state = stateWords(words, end);
        stateAfterPost = state > 0;
        end += state;
        leadingPost = String.join(" ", words.subList(at, end));
        at = end;
        continue;
      }
      break;
    }
    int nameStart = at;
    while (at < words.size()
        && at - nameStart < MAX_NAME_WORDS
        && nameWord(words.get(at), keys.get(at))
        && phraseAt(keys, at, Tables.POSTS) == 0
        && phraseAt(keys, at, Tables.HONORIFICS) == 0
        && stateNamed(words, at) == 0) {
      at++;
    }
    Optional<String> name =
        at - nameStart >= MIN_NAME_WORDS
            ? Optional.of(String.join(" ", words.subList(nameStart, at)))
            : Optional.empty();
    if (name.isEmpty()) {
      at = nameStart;
    }
    if (at < keys.size() && keys.get(at).equals("،")) {
      at++;
    }
    String post = leadingPost;
    int trailing = name.isPresent() ? phraseAt(keys, at, Tables.POSTS) : 0;
    if (trailing > 0) {
      int end = at + trailing;
      end += stateWords(words, end);
      post = String.join(" ", words.subList(at, end));
    }
    if (name.isEmpty() && !stateAfterPost) {
      // a post alone is how a salutation opens ("السيد الرئيس", "معالي رئيس الجمعية العامة")
      post = null;
      honorifics.clear();
    }
    return new PrintedSpeaker(
        raw,
        name,
        honorifics.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", honorifics)),
        Optional.ofNullable(post));
  }

  /** The words of an Arabic byline, tatweel taken out, punctuation as words of its own. */
  private static List<String> arabicWords(String raw) {
    String spaced =
        ARABIC_PUNCTUATION.matcher(TATWEEL.matcher(raw).replaceAll("")).replaceAll(" $1 ");
    List<String> words = new ArrayList<>();
    for (String w : Whitespace.clean(spaced).split(" ")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /** A word as it is compared: without vowel marks, the hamza forms of alef as bare alef. */
  static String key(String word) {
    return ARABIC_MARKS
        .matcher(word)
        .replaceAll("")
        .replace('أ', 'ا')
        .replace('إ', 'ا')
        .replace('آ', 'ا');
  }

  /** How many words of the longest phrase that starts at {@code at}, 0 if none. */
  private static int phraseAt(List<String> keys, int at, List<String[]> phrases) {
    int best = 0;
    for (String[] p : phrases) {
      if (p.length <= best || at + p.length > keys.size()) {
        continue;
      }
      boolean match = true;
      for (int i = 0; i < p.length && match; i++) {
        match = keys.get(at + i).equals(p[i]);
      }
      if (match) {
        best = p.length;
      }
    }
    return best;
  }

  /**
   * How many words from {@code at} name a State: a name of the table ("جمهورية العراق", "المملكة
   * العربية السعودية") or a State's adjective after a post ("رئيس مجلس الوزراء العراقي").
   */
  private static int stateWords(List<String> words, int at) {
    int named = stateNamed(words, at);
    return named > 0 || at >= words.size() ? named : adjective(words.get(at)) ? 1 : 0;
  }

  /**
   * How many words from {@code at} are a State's name; a name ends at one ("السوداني" is a surname
   * as often as Sudan's adjective).
   */
  private static int stateNamed(List<String> words, int at) {
    if (at >= words.size()) {
      return 0;
    }
    String rest = String.join(" ", words.subList(at, words.size()));
    List<CountryMention> mentions = Nations.mentionsIn(rest);
    if (mentions.isEmpty() || mentions.get(0).start() != 0) {
      return 0;
    }
    String named = rest.substring(0, mentions.get(0).end()).strip();
    return named.isEmpty() ? 0 : named.split(" ").length;
  }

  /**
   * Whether the word is a State's adjective (nisba): "العراقي" of العراق, "السعودي" of السعودية,
   * "المصري" of مصر, "الليبي" of ليبيا.
   */
  private static boolean adjective(String word) {
    String k = key(word);
    if (!k.startsWith("ال") || k.length() < 5) {
      return false;
    }
    String stem = k.substring(2);
    stem = stem.endsWith("ية") ? stem.substring(0, stem.length() - 2) : stem;
    if (!stem.endsWith("ي")) {
      return false;
    }
    stem = stem.substring(0, stem.length() - 1);
    for (String form : List.of("ال" + stem, stem, stem + "ا", stem + "يا", "ال" + stem + "ية")) {
      if (Nations.named(form).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word can be part of an Arabic name: Arabic letters, not a word of the occasion. */
  private static boolean nameWord(String word, String key) {
    return ARABIC.matcher(word).lookingAt()
        && word.codePoints()
            .allMatch(
                c -> Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK)
        && !BylineWords.nameStop(key)
        && !key.startsWith("لل");
  }

  /** Whether the text is a Chinese byline: who speaks, then "在" and the occasion, "讲话" last. */
  static boolean opensChinese(String text) {
    return text.length() <= 120
        && holdsFrom(text, FIRST_HAN)
        && HAN.matcher(text).find()
        && CHINESE.matcher(text).matches();
  }

  /**
   * A Chinese byline read into name, honorific and post: the State at its start (as {@link
   * #chineseState} reads it), the last post after it, the name after the post, and a form of
   * address after the name ("阁下"). The post keeps its State, as it is printed.
   */
  static PrintedSpeaker readChinese(String raw) {
    Matcher m = CHINESE.matcher(raw);
    if (!m.matches()) {
      return new PrintedSpeaker(raw, Optional.empty(), Optional.empty(), Optional.empty());
    }
    String who = m.group(1);
    String honorific = null;
    for (String h : CHINESE_HONORIFICS) {
      if (who.endsWith(h) && who.length() > h.length()) {
        honorific = h;
        who = who.substring(0, who.length() - h.length());
        break;
      }
    }
    // "王毅外长在...": the post after the name
    String trailingPost = null;
    for (String p : BylineWords.posts()) {
      if (who.endsWith(p)
          && who.length() > p.length()
          && (trailingPost == null || p.length() > trailingPost.length())) {
        trailingPost = p;
      }
    }
    if (trailingPost != null) {
      who = who.substring(0, who.length() - trailingPost.length());
    }
    // "中华人民共和国外交部长王毅": the State and the post before the name, the last post ending it
    int postEnd = -1;
    for (String p : BylineWords.posts()) {
      int i = who.lastIndexOf(p);
      if (i >= 0 && i + p.length() > postEnd && i + p.length() < who.length()) {
        postEnd = i + p.length();
      }
    }
    if (postEnd < 0) {
      postEnd = chineseStateLength(who);
    }
    String name = who.substring(Math.max(0, postEnd));
    Optional<String> post =
        postEnd > 0 && trailingPost == null
            ? Optional.of(who.substring(0, postEnd))
            : Optional.ofNullable(trailingPost);
    if (!CHINESE_NAME.matcher(name).matches()) {
      return new PrintedSpeaker(raw, Optional.empty(), Optional.empty(), post);
    }
    return new PrintedSpeaker(raw, Optional.of(name), Optional.ofNullable(honorific), post);
  }

  /**
   * The State a Chinese byline names at its start, the longest name there: Chinese prints no space
   * after it ("中华人民共和国外交部长王毅在..."), so it is not found as a word of its own.
   */
  static Optional<State> chineseState(String byline) {
    Matcher m = CHINESE.matcher(byline);
    if (!m.matches()) {
      return Optional.empty();
    }
    int length = chineseStateLength(m.group(1));
    return length < 0 ? Optional.empty() : Nations.named(m.group(1).substring(0, length));
  }

  /** The length of the longest State's name that opens the text, -1 if none does. */
  private static int chineseStateLength(String text) {
    for (int end = text.length(); end >= 2; end--) {
      if (Nations.named(text.substring(0, end)).isPresent()) {
        return end;
      }
    }
    return -1;
  }
}
