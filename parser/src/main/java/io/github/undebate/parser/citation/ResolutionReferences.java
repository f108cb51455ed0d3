package io.github.undebate.parser.citation;

import io.github.undebate.core.Body;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolutions cited by number after the word "resolution(s)", each resolution of a list its own
 * citation; the number forms are {@link ResolutionNumbers}'s. Real examples:
 *
 * <ul>
 *   <li>Security Council, number and year: "resolution 2231 (2015)", "resolutions 1325 (2000) and
 *       2250 (2015)" → {@code S/RES/2231 (2015)};
 *   <li>General Assembly since 1976, session/number: "General Assembly resolution 46/182" → {@code
 *       A/RES/46/182}, with lettered parts "resolutions 38/58 C, 39/49 D and 40/96 D" → {@code
 *       A/RES/38/58 C}; emergency special sessions "ES-10/19" → {@code A/RES/ES-10/19}; special
 *       sessions "S-8/1" → {@code A/RES/S-8/1};
 *   <li>General Assembly before 1976, number and Roman session: "resolution 3379 (XXX)", "1514 (XV)
 *       and 2625 (XXV)", lettered "3411 A and B (XXX)" → {@code A/RES/3379 (XXX)}; the Official
 *       Records put the number in brackets: "resolutions [2253 (ES-V) and 2254 (ES-V)]";
 *   <li>a bare number, whose organ comes from the words before or right after it, a session named
 *       in the sentence, or a Council debate: "the 26th session of the U.N. General Assembly
 *       adopted Resolution 2758" → {@code A/RES/2758 (XXVI)}, "the Resolution 1325 in the Security
 *       Council" → {@code S/RES/1325}, "resolution 2504" in a Council debate → {@code S/RES/2504};
 *       "resolution 1325" in an Assembly debate, with nothing to say whose, is not cited.
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
              + "\\s+(?:\\[\\s?)?(?:No\\.\\s?|n[°º]\\s?|№\\s?)?(?=\\d|E?S[ \\t]?-[ \\t]?\\d)");

  /** Where a keyword may open: the pattern runs only there. */
  private static final Openings KEYWORD_OPENINGS = Openings.of(WORDS);

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

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
    ResolutionNumbers numbers = null;
    int from = 0;
    while (from < text.length() && keywords.find(keyword, from)) {
      from = keyword.end();
      if (isDraft(text, keyword.start())) {
        continue;
      }
      if (numbers == null) {
        numbers = new ResolutionNumbers(text);
      }
      Surroundings surroundings = new Surroundings(text, keyword.start(), body);
      int end = numbers.list(keyword.end(), keyword.start(), false, surroundings, out);
      from = Math.max(from, end);
    }
  }

  /**
   * What the words around a keyword say of its resolutions' organ: the organ named before it, in
   * its sentence or right after the number, the session the sentence names, the debate's organ.
   */
  static final class Surroundings implements ResolutionNumbers.Context {
    private final String text;
    private final int keywordStart;
    private final Optional<Organ> named;
    private final Body body;

    /** The organ and session the sentence names, read once for all the items of a list. */
    private Optional<Organ> inSentence;

    private String session;

    Surroundings(String text, int keywordStart, Body body) {
      this.text = text;
      this.keywordStart = keywordStart;
      this.named = Organ.namedBefore(text, keywordStart, body);
      this.body = body;
    }

    @Override
    public String romanSeries() {
      return named.orElse(Organ.GENERAL_ASSEMBLY) == Organ.ECONOMIC_AND_SOCIAL_COUNCIL
          ? "E/RES/"
          : "A/RES/";
    }

    @Override
    public Optional<String> target(ResolutionNumbers.Shape shape, String number, int end) {
      return shape == ResolutionNumbers.Shape.SESSION ? session(number) : bare(number, end);
    }

    private Optional<Organ> inSentence() {
      if (inSentence == null) {
        inSentence = organInSentence(text, keywordStart);
      }
      return inSentence;
    }

    private Optional<String> session(String number) {
      Organ organ =
          named.or(this::inSentence).or(() -> Organ.of(body)).orElse(Organ.GENERAL_ASSEMBLY);
      if (number.indexOf('/') == 4 || organ == Organ.ECONOMIC_AND_SOCIAL_COUNCIL) {
        return Optional.of("E/RES/" + number); // ECOSOC numbers by year: "resolution 1996/31"
      }
      if (organ == Organ.HUMAN_RIGHTS_COUNCIL) {
        return Optional.of("A/HRC/RES/" + number);
      }
      return Optional.of("A/RES/" + number);
    }

    private Optional<String> bare(String number, int end) {
      if (number.length() < 2) {
        return Optional.empty(); // "resolution 1" without a session is too weak to cite
      }
      // A bare number names its organ only by the words around it: a General Assembly debate
      // cites the Council's "resolution 1325" bare as often as its own, so the debate's body
      // decides only for the Council, whose debates cite its own resolutions.
      if (session == null) {
        session = romanSession(text, keywordStart);
      }
      Optional<Organ> organ =
          named
              .or(() -> Organ.namedAfter(text, end))
              .or(this::inSentence)
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
