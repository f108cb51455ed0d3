package io.github.undebate.parser.citation;

import io.github.undebate.core.Body;
import io.github.undebate.core.CitationType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolutions cited by number after the word "resolution(s)", each resolution of a list its own
 * citation. The forms, with real examples:
 *
 * <ul>
 *   <li>Security Council, number and year: "resolution 2231 (2015)", "resolutions 1325 (2000) and
 *       2250 (2015)" → {@code S/RES/2231 (2015)};
 *   <li>General Assembly since 1976, session/number: "General Assembly resolution 46/182" → {@code
 *       A/RES/46/182}; emergency special sessions "ES-10/19" → {@code A/RES/ES-10/19}; special
 *       sessions "S-8/1" → {@code A/RES/S-8/1};
 *   <li>General Assembly before 1976, number and Roman session: "resolution 3379 (XXX)", "1514 (XV)
 *       and 2625 (XXV)", lettered "3411 A and B (XXX)" → {@code A/RES/3379 (XXX)};
 *   <li>a bare number, whose organ comes from the words before it, a session named in the sentence,
 *       or a Council debate: "the 26th session of the U.N. General Assembly adopted Resolution
 *       2758" → {@code A/RES/2758 (XXVI)}, "resolution 2504" in a Council debate → {@code
 *       S/RES/2504}; "resolution 1325" in an Assembly debate, with nothing to say whose, is not
 *       cited.
 * </ul>
 *
 * "Draft resolution" is never a resolution (drafts are cited by their document symbol). The keyword
 * may be French, Spanish, Portuguese or Russian ({@code resolution-words.txt}); the number forms
 * are the UN's in every language.
 */
final class ResolutionReferences implements CitationForm {

  private static final List<String> WORDS = Phrases.lines("resolution-words.txt");

  private static final List<String> DRAFT_WORDS =
      Phrases.lines("draft-words.txt").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();

  private static final int DRAFT_WINDOW = 16;

  /** "resolution", "resolutions", "résolution", "резолюции" ... then "No." sometimes. */
  private static final Pattern KEYWORD =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])"
              + Phrases.alternation(WORDS)
              + "\\s+(?:No\\.\\s?|n[°º]\\s?|№\\s?)?(?=\\d|E?S-\\d)");

  /**
   * One resolution: a special session form, a session/number form, or a number with an optional
   * year or Roman session (and letters "A and B" before it).
   */
  private static final Pattern ITEM =
      Pattern.compile(
          "(?:(?<special>(?:ES|S)-\\d{1,2}/\\d{1,3})"
              + "|(?<session>\\d{1,4})/(?<number>\\d{1,4})"
              + "|(?<bare>\\d{1,4})(?:(?<letters>\\s[A-Z](?:(?:,\\s?|\\s(?:and|to)\\s)[A-Z]){0,6})?"
              + "\\s?\\((?<paren>\\d{4}|(?:ES-|S-)?[IVXLC]{1,8})\\))?)"
              + "(?![\\p{L}\\p{N}/])");

  /** Between the resolutions of a list: "1325 (2000), 1820 (2008) and 2250 (2015)". */
  private static final Pattern LIST_SEPARATOR =
      Pattern.compile("(?:\\s?,\\s(?:and\\s|or\\s)?|\\s(?:and|or|as\\swell\\sas)\\s)");

  /** Where a keyword may open: the pattern runs only there. */
  private static final Openings KEYWORD_OPENINGS = Openings.of(WORDS);

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** The most resolutions one list may hold; keeps every attempt short. */
  private static final int MAX_LIST = 40;

  /** How far back a sentence may say which session adopted a resolution. */
  private static final int SESSION_WINDOW = 200;

  private static final Pattern SESSION =
      Pattern.compile("(?<![\\p{N}])(\\d{1,2})(?:st|nd|rd|th)\\s+(?:regular\\s+)?session\\b");

  /**
   * The General Assembly numbered its resolutions with a Roman session until its thirtieth session
   * (1975); from the thirty-first, "31/1".
   */
  private static final int LAST_ROMAN_SESSION = 30;

  @Override
  public boolean mayOccur(String text) {
    return true; // collect's search for the keyword is the test, done once
  }

  @Override
  public void collect(String text, Body body, List<Found> out) {
    if (!KEYWORD_OPENINGS.occurIn(text)) {
      return;
    }
    Openings.Cursor keywords = KEYWORD_OPENINGS.in(text);
    Matcher keyword = KEYWORD.matcher(text).useTransparentBounds(true);
    Matcher item = null;
    Matcher separator = null;
    int from = 0;
    while (from < text.length() && keywords.find(keyword, from)) {
      from = keyword.end();
      if (isDraft(text, keyword.start())) {
        continue;
      }
      if (item == null) {
        item = ITEM.matcher(text);
        separator = LIST_SEPARATOR.matcher(text);
      }
      Optional<Organ> named = Organ.namedBefore(text, keyword.start(), body);
      int pos = keyword.end();
      int itemStart = keyword.start();
      String shape = null;
      for (int n = 0; n < MAX_LIST; n++) {
        if (!item.region(pos, text.length()).lookingAt()) {
          break;
        }
        String itemShape = shape(item);
        if (shape != null && !shape.equals(itemShape)) {
          break; // "resolution 2504 (2020), 15 members ..." is not a list
        }
        shape = itemShape;
        Optional<String> target = target(item, text, keyword.start(), named, body);
        if (target.isPresent()) {
          out.add(new Found(CitationType.RESOLUTION, itemStart, item.end(), target.get()));
        }
        pos = item.end();
        from = pos;
        if (!separator.region(pos, text.length()).lookingAt()) {
          break;
        }
        pos = separator.end();
        itemStart = pos;
      }
    }
  }

  /** "draft resolution", "projet de résolution", "проект резолюции". */
  private static boolean isDraft(String text, int keywordStart) {
    int from = Math.max(0, keywordStart - DRAFT_WINDOW);
    String before =
        WHITESPACE
            .matcher(text.substring(from, keywordStart))
            .replaceAll(" ")
            .strip()
            .toLowerCase(Locale.ROOT);
    for (String word : DRAFT_WORDS) {
      if (before.endsWith(word)) {
        return true;
      }
    }
    return false;
  }

  private static String shape(Matcher item) {
    if (item.group("special") != null) {
      return "special";
    }
    if (item.group("session") != null) {
      return "session";
    }
    return item.group("paren") != null ? "paren" : "bare";
  }

  private static Optional<String> target(
      Matcher item, String text, int keywordStart, Optional<Organ> named, Body body) {
    if (item.group("special") != null) {
      return Optional.of("A/RES/" + item.group("special"));
    }
    if (item.group("session") != null) {
      String number = item.group("session") + "/" + item.group("number");
      Organ organ =
          named
              .or(() -> organInSentence(text, keywordStart))
              .or(() -> Organ.of(body))
              .orElse(Organ.GENERAL_ASSEMBLY);
      if (item.group("session").length() == 4 || organ == Organ.ECONOMIC_AND_SOCIAL_COUNCIL) {
        return Optional.of("E/RES/" + number); // ECOSOC numbers by year: "resolution 1996/31"
      }
      if (organ == Organ.HUMAN_RIGHTS_COUNCIL) {
        return Optional.of("A/HRC/RES/" + number);
      }
      return Optional.of("A/RES/" + number);
    }
    String number = item.group("bare");
    String paren = item.group("paren");
    if (paren != null) {
      String letters =
          item.group("letters") == null
              ? ""
              : WHITESPACE.matcher(item.group("letters")).replaceAll(" ");
      if (Character.isDigit(paren.charAt(0))) {
        return Optional.of("S/RES/" + number + letters + " (" + paren + ")");
      }
      String series =
          named.orElse(Organ.GENERAL_ASSEMBLY) == Organ.ECONOMIC_AND_SOCIAL_COUNCIL
              ? "E/RES/"
              : "A/RES/";
      return Optional.of(series + number + letters + " (" + paren + ")");
    }
    if (number.length() < 2) {
      return Optional.empty(); // "resolution 1" without a session is too weak to cite
    }
    // A bare number names its organ only by the words around it: a General Assembly debate
    // cites the Council's "resolution 1325" bare as often as its own, so the debate's body
    // decides only for the Council, whose debates cite its own resolutions.
    String session = romanSession(text, keywordStart);
    Optional<Organ> organ =
        named
            .or(() -> organInSentence(text, keywordStart))
            .or(() -> session.isEmpty() ? Optional.empty() : Optional.of(Organ.GENERAL_ASSEMBLY))
            .or(() -> Organ.of(body).filter(o -> o == Organ.SECURITY_COUNCIL));
    if (organ.isEmpty()) {
      return Optional.empty();
    }
    switch (organ.get()) {
      case SECURITY_COUNCIL:
        return Optional.of("S/RES/" + number);
      case GENERAL_ASSEMBLY:
        return Optional.of("A/RES/" + number + session);
      default:
        return Optional.empty();
    }
  }

  private static Optional<Organ> organInSentence(String text, int keywordStart) {
    return Organ.namedInSentence(text, sentenceStart(text, keywordStart), keywordStart);
  }

  /** " (XXVI)" when the sentence names an early session ("the 26th session"), else "". */
  private static String romanSession(String text, int keywordStart) {
    Matcher m = SESSION.matcher(text).region(sentenceStart(text, keywordStart), keywordStart);
    String roman = "";
    while (m.find()) {
      int session = Integer.parseInt(m.group(1));
      roman = session >= 1 && session <= LAST_ROMAN_SESSION ? " (" + Roman.of(session) + ")" : "";
    }
    return roman;
  }

  private static int sentenceStart(String text, int pos) {
    return Sentences.startBefore(text, pos, SESSION_WINDOW);
  }
}
