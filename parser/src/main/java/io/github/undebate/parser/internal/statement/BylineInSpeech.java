package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.common.Honorifics;
import io.github.undebate.parser.internal.common.Nations;
import io.github.undebate.parser.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who speaks, as the first words of a summary or verbatim record's speech name him: a label with
 * the speaker's State in parentheses ("Mr. BLANCO (Venezuela) asked ...", "121. Sir Claude COREA
 * (Ceylon); Apart from ...", the semicolon being text recognition's colon), or a summary's opening
 * sentence, an honorific, a name and a verb of saying ("Mrs. PANDIT declared that ...", "Mr. COSTA
 * du RELS stated that ..."). A speech in the first person that opens by quoting someone ("Mr.
 * Hammarskjöld said last year that ... We agree") is no summary: its first paragraph speaks as "I"
 * or "we".
 *
 * @param speaker the honorific and name as printed
 * @param state the text in the parentheses, if the label has them
 * @param stateStart where that text starts in the speech, -1 without it
 */
record BylineInSpeech(PrintedSpeaker speaker, Optional<String> state, int stateStart) {
  /** How much of the speech's opening is read. */
  private static final int OPENING = 600;

  private static final int MAX_NAME_WORDS = 5;
  private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("\\s*\\d{1,4}\\.\\s+");
  private static final Pattern STATE = Pattern.compile("\\s*\\(([^()\\n]{2,60})\\)\\s*[:;]?\\s");
  private static final Pattern WORD = Pattern.compile("\\s*(\\S+)");
  // the past-tense verbs of saying a summary record opens with
  private static final Set<String> SAYS =
      Set.of(
          "said",
          "stated",
          "declared",
          "observed",
          "expressed",
          "began",
          "recalled",
          "remarked",
          "emphasized",
          "emphasised",
          "pointed",
          "explained",
          "noted",
          "thought",
          "considered",
          "associated",
          "congratulated",
          "thanked",
          "welcomed",
          "regretted",
          "wished");
  // the first person, as a speech that is no summary speaks
  private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|my|we|We|our|Our|me|us)\\b");

  /** The speaker the opening of the speech names, if it names one. */
  static Optional<BylineInSpeech> read(SpeechText speech) {
    String first = speech.firstBlock();
    if (!first.isEmpty()
        && !Character.isWhitespace(first.charAt(0))
        && !(first.charAt(0) >= '0' && first.charAt(0) <= '9')
        && Honorifics.standard().leading(first, 0).isEmpty()) {
      // No paragraph number, no space: the honorific would open the first paragraph, and one
      // not found there is not found in the opening either (honorifics hold no line feed, and
      // one that ends the paragraph ends a word there too). Most speeches stop here, without
      // the opening made.
      return Optional.empty();
    }
    // the opening only: the whole text is made only for a rule that reads all of it
    String opening = speech.opening(OPENING);
    Matcher number = PARAGRAPH_NUMBER.matcher(opening);
    int at = number.lookingAt() ? number.end() : 0;
    while (at < opening.length() && Character.isWhitespace(opening.charAt(at))) {
      at++;
    }
    Optional<String> honorific = Honorifics.standard().leading(opening, at);
    if (honorific.isEmpty()) {
      return Optional.empty();
    }
    int nameStart = at + honorific.get().length();
    List<String> name = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    int end = nameStart;
    Matcher word = WORD.matcher(opening);
    while (name.size() < MAX_NAME_WORDS && word.find(end) && word.start() == end) {
      String w = word.group(1);
      if (!BylineWords.nameToken(w) || w.endsWith(",") || w.endsWith(".") && w.length() > 2) {
        break;
      }
      name.add(w);
      end = word.end();
      ends.add(end);
    }
    while (!name.isEmpty() && Character.isLowerCase(name.get(name.size() - 1).codePointAt(0))) {
      name.remove(name.size() - 1); // a particle ends no name
    }
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String who = String.join(" ", name);
    if (BylineWords.leadingPost(who).isPresent()) {
      return Optional.empty(); // "Mr. President (...)": an address, not a name
    }
    int afterName = ends.get(name.size() - 1);
    PrintedSpeaker speaker =
        new PrintedSpeaker(
            Whitespace.clean(opening.substring(at, afterName)),
            Optional.of(who),
            honorific.map(String::strip),
            Optional.empty());
    Matcher state = STATE.matcher(opening);
    state.region(afterName, opening.length());
    if (state.lookingAt()) {
      // the parentheses must name a State: "Mr. X (interpretation from French)" is no label
      return Nations.named(state.group(1)).isPresent()
          ? Optional.of(new BylineInSpeech(speaker, Optional.of(state.group(1)), state.start(1)))
          : Optional.empty();
    }
    Matcher verb = WORD.matcher(opening);
    verb.region(afterName, opening.length());
    if (verb.lookingAt() && SAYS.contains(verb.group(1)) && !firstPerson(speech.firstParagraph())) {
      return Optional.of(new BylineInSpeech(speaker, Optional.empty(), -1));
    }
    return Optional.empty();
  }

  /** Whether the speech's first paragraph speaks in the first person, outside quotation marks. */
  private static boolean firstPerson(String first) {
    return FIRST_PERSON.matcher(first.replaceAll("[“\"«][^”\"»]*[”\"»]", "")).find();
  }
}
