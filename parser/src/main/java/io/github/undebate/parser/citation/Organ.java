package io.github.undebate.parser.citation;

import io.github.undebate.core.Body;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organ that adopted a resolution or decision, as the words just before it name it ("Security
 * Council resolution", "the Council's resolution", "United Nations General Assembly resolution")
 * or, failing that, as the debate's body implies.
 */
enum Organ {
  SECURITY_COUNCIL,
  GENERAL_ASSEMBLY,
  ECONOMIC_AND_SOCIAL_COUNCIL,
  HUMAN_RIGHTS_COUNCIL;

  /** How far back the organ may be named: "General Assembly resolution" plus an adjective. */
  private static final int NAMING_WINDOW = 80;

  /**
   * The organ's name right before the keyword, with an optional possessive and one lower-case word
   * between ("the Council's landmark resolution"). Anchored at the end of the window.
   */
  private static final Pattern NAMED =
      Pattern.compile(
          "(?<name>Security\\s+Council|General\\s+Assembly|Economic\\s+and\\s+Social\\s+Council"
              + "|ECOSOC|Human\\s+Rights\\s+Council|Council|Assembly)"
              + "(?:['\u2019]s)?\\s+(?:[a-z]{2,20}\\s+)?$");

  /** Every name {@link #NAMED} knows ends with one of these. */
  private static final List<String> NAME_ENDINGS = List.of("Council", "Assembly", "ECOSOC");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** The organ named just before {@code keywordStart}, if any. */
  static Optional<Organ> namedBefore(String text, int keywordStart, Body body) {
    int from = Math.max(0, keywordStart - NAMING_WINDOW);
    if (!holdsNameEnding(text, from, keywordStart)) {
      return Optional.empty(); // what the pattern would find, without trying it at every position
    }
    Matcher m = named(text, from, keywordStart);
    if (m == null) {
      return Optional.empty();
    }
    String name = WHITESPACE.matcher(m.group("name")).replaceAll(" ");
    switch (name) {
      case "Security Council":
        return Optional.of(SECURITY_COUNCIL);
      case "General Assembly":
      case "Assembly":
        return Optional.of(GENERAL_ASSEMBLY);
      case "Economic and Social Council":
      case "ECOSOC":
        return Optional.of(ECONOMIC_AND_SOCIAL_COUNCIL);
      case "Human Rights Council":
        return Optional.of(HUMAN_RIGHTS_COUNCIL);
      default:
        // "the Council": the debate's own council, the Security Council unless we know better
        Optional<Organ> own = of(body);
        return Optional.of(own.filter(o -> o != GENERAL_ASSEMBLY).orElse(SECURITY_COUNCIL));
    }
  }

  /**
   * {@code NAMED.matcher(text).region(from, to)} after a successful {@code find()}, or null: the
   * pattern is tried only where a name's first letter stands, not at every position of the window,
   * as find would (issue 14); the leftmost match is the same, the pattern looking not behind.
   */
  static Matcher named(String text, int from, int to) {
    Matcher m = null;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == 'S' || c == 'G' || c == 'E' || c == 'C' || c == 'A' || c == 'H') {
        if (m == null) {
          m = NAMED.matcher(text);
        }
        if (m.region(i, to).lookingAt()) {
          return m;
        }
      }
    }
    return null;
  }

  /** The pattern {@link #named} runs. */
  static Pattern namedPattern() {
    return NAMED;
  }

  private static boolean holdsNameEnding(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      for (int k = 0; k < NAME_ENDINGS.size(); k++) { // by index: no iterator per character
        String ending = NAME_ENDINGS.get(k);
        if (text.charAt(i) == ending.charAt(0)
            && i + ending.length() <= to
            && text.startsWith(ending, i)) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Pattern NAMED_IN_SENTENCE =
      Pattern.compile(
          "Security\\s+Council|General\\s+Assembly|Economic\\s+and\\s+Social\\s+Council|ECOSOC"
              + "|Human\\s+Rights\\s+Council");

  /**
   * The longest stretch of words that may stand between an organ named earlier in the sentence and
   * the resolution it adopted ("the 26th session of the U.N. General Assembly adopted Resolution
   * 2758"); farther away the organ is more likely the subject of another clause.
   */
  private static final int SENTENCE_GAP = 60;

  /** A coordination between the organ and the keyword: the organ is one item of a list. */
  private static final Pattern COORDINATED = Pattern.compile("\\s(?:and|or)\\s|;");

  /**
   * The organ named last in [from, to), when it is the subject that adopted the resolution: "the
   * Human Rights Council, in its resolution 5/1", "the 26th session of the U.N. General Assembly
   * adopted Resolution 2758". Not when it is one item of a list the resolution does not belong to:
   * "the Human Rights Council and the further consultation process mandated by resolution 61/178"
   * (a General Assembly resolution).
   */
  static Optional<Organ> namedInSentence(String text, int from, int to) {
    Matcher m = NAMED_IN_SENTENCE.matcher(text).region(from, to);
    String last = null;
    int lastEnd = -1;
    while (m.find()) {
      last = m.group();
      lastEnd = m.end();
    }
    if (last == null || to - lastEnd > SENTENCE_GAP) {
      return Optional.empty();
    }
    if (COORDINATED.matcher(text).region(lastEnd, to).find()) {
      return Optional.empty();
    }
    if (last.startsWith("Security")) {
      return Optional.of(SECURITY_COUNCIL);
    }
    if (last.startsWith("General")) {
      return Optional.of(GENERAL_ASSEMBLY);
    }
    if (last.startsWith("Human")) {
      return Optional.of(HUMAN_RIGHTS_COUNCIL);
    }
    return Optional.of(ECONOMIC_AND_SOCIAL_COUNCIL);
  }

  /**
   * The organ named right after a bare number, or after the bare numbers of a list that follow it:
   * "the Resolution 1325 in the Security Council", "resolutions 242 and 338 of the Security
   * Council", "resolution 377 adopted by the General Assembly".
   */
  private static final Pattern NAMED_AFTER =
      Pattern.compile(
          "(?:(?:,\\s(?:and\\s)?|\\sand\\s)\\d{1,4}){0,10}+,?\\s(?:adopted\\s)?(?:of|by|in)\\s"
              + "(?:the\\s)?(?:UN\\s|United\\sNations\\s)?(?<name>Security\\sCouncil|General\\sAssembly)"
              + "(?![\\p{L}])");

  /** The organ named right after the resolution that ends at {@code end}, if any. */
  static Optional<Organ> namedAfter(String text, int end) {
    Matcher m = NAMED_AFTER.matcher(text).region(end, text.length());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    return Optional.of(
        m.group("name").startsWith("Security") ? SECURITY_COUNCIL : GENERAL_ASSEMBLY);
  }

  /** The organ of a debate's body, if it adopts resolutions. */
  static Optional<Organ> of(Body body) {
    if (body == null) {
      return Optional.empty();
    }
    switch (body) {
      case SECURITY_COUNCIL:
        return Optional.of(SECURITY_COUNCIL);
      case GENERAL_ASSEMBLY:
        return Optional.of(GENERAL_ASSEMBLY);
      case ECONOMIC_AND_SOCIAL_COUNCIL:
        return Optional.of(ECONOMIC_AND_SOCIAL_COUNCIL);
      case HUMAN_RIGHTS_COUNCIL:
        return Optional.of(HUMAN_RIGHTS_COUNCIL);
      default:
        return Optional.empty();
    }
  }
}
