package io.github.undebate.parser.internal.statement;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Severity;
import io.github.undebate.parser.internal.common.Countries;
import io.github.undebate.parser.internal.common.CountryMention;
import io.github.undebate.parser.internal.common.Evidence;
import io.github.undebate.parser.internal.common.Nations;
import io.github.undebate.parser.internal.common.State;
import io.github.undebate.parser.internal.statement.SelfPhrases.Kind;
import io.github.undebate.parser.internal.text.ClauseFold;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The State a speaker names as his own in the speech, from the phrases of {@code
 * self-references.tsv}: strong ones that say so in the first person ("my country, Ghana", "on
 * behalf of the Government of Japan", "we in Saint Vincent and the Grenadines", "Ghana, which I
 * represent") and, only when there is none, clauses where a State says what it holds ("Sweden
 * reiterates that demand", "The Government of Japan has always supported ..."). Quoted speech does
 * not count. How often a State is named never counts: where two clauses of the same strength name
 * different States, none is taken and {@link #conflict} says why.
 *
 * @param state the State, with the clause that names it
 * @param conflict the warning when clauses name different States
 */
record SelfReference(Optional<Found<State>> state, Optional<Diagnostic> conflict) {
  /** How far before a State's name a phrase is looked for. */
  private static final int WINDOW = 120;

  /** The forms of "be" that make a past participle after them passive: "has been joined". */
  private static final List<String> BE =
      List.of("is", "was", "been", "be", "remains", "remain", "est", "es", "está");

  private static final String[] NONE = {};

  /** How many words before a "before" phrase are read for an agent. */
  private static final int AGENT_WORDS = 8;

  /** How much of the text before and after a State's name the evidence quotes. */
  private static final int EXCERPT = 50;

  /** Reads the speech for the State its speaker calls his own. */
  static SelfReference in(SpeechText speech) {
    String text = speech.text();
    QuotedStretches quoted = speech.quotations();
    Weighing weighing = new Weighing(speech, quoted);
    Map<State, Found<State>> strong = weighing.strong;
    Map<State, Found<State>> stance = weighing.stance;
    // the names read in the text itself, passing over its quotations
    Countries.Mentions found = Nations.mentionsAndAdjectivesIn(text, quoted.bounds());
    List<CountryMention> mentions = found.names();
    for (int i = 0; i < mentions.size(); i++) {
      CountryMention m = mentions.get(i);
      if (i + 1 < mentions.size() && listed(quoted, m.end(), mentions.get(i + 1).start())) {
        // "on behalf of Australia, Canada and New Zealand": a group speaks, not one State
        continue;
      }
      weighing.weigh(m, m.end(), true);
    }
    // "The Colombian delegation does not consider ...": a State's adjective before "delegation"
    // or "Government"
    for (CountryMention m : found.adjectives()) {
      int to = Math.min(text.length(), m.end() + WINDOW);
      String w = weighing.view(m.end(), to);
      int base = weighing.base;
      if (!weighing.fold.mayOpen(w, m.end() - base, to - base, SelfPhrases.AFTER_ADJECTIVE)) {
        continue; // no "delegation" or "Government" after it
      }
      CharSequence after = weighing.after.of(w, m.end() - base, to - base);
      int lead = PhraseEnds.stripStart(after, 0);
      String body = leading(after, lead, Kind.BODY);
      if (body != null) {
        int end = m.end() + lead + body.length();
        weighing.weigh(m, end, body.equals("delegation"));
      }
    }
    Map<State, Found<State>> chosen = strong.isEmpty() ? stance : strong;
    if (chosen.size() == 1) {
      return new SelfReference(chosen.values().stream().findFirst(), Optional.empty());
    }
    if (chosen.isEmpty()) {
      return new SelfReference(Optional.empty(), Optional.empty());
    }
    List<String> names = chosen.keySet().stream().map(State::name).toList();
    Found<State> first = chosen.values().iterator().next();
    return new SelfReference(
        Optional.empty(),
        Optional.of(
            new Diagnostic(
                Severity.WARNING,
                "speaker.country_conflict",
                first.line(),
                "the speech speaks as "
                    + String.join(" and as ", names)
                    + "; no State is taken from what the speaker says of himself",
                "")));
  }

  /** The clauses of one speech weighed so far, and the buffer their windows are folded in. */
  private static final class Weighing {
    final SpeechText speech;
    final String text;
    final QuotedStretches quoted;
    final ClauseFold fold = new ClauseFold();
    final Map<State, Found<State>> strong = new LinkedHashMap<>();
    final Map<State, Found<State>> stance = new LinkedHashMap<>();

    // where the text {@link #view} gave starts in the speech's text
    int base;

    // the folded text before the name weighed, read only when a weighing needs it (null until
    // then), and where its part without a closing "the" ends: a window is cut by offsets, not
    // copied again (issue 14)
    final FoldedWindow after = new FoldedWindow();
    private final FoldedWindow before = new FoldedWindow();
    private boolean beforeRead;
    private int beforeEnd;

    Weighing(SpeechText speech, QuotedStretches quoted) {
      this.speech = speech;
      this.text = quoted.text();
      this.quoted = quoted;
    }

    /**
     * A text that reads as the speech's with its quotations blanked from {@code from} to {@code
     * to}, starting at {@link #base} in it: the speech's text itself where no quotation touches the
     * window, as for most windows, else that window blanked.
     */
    String view(int from, int to) {
      if (quoted.touch(from, to)) {
        base = from;
        return quoted.blanked(from, to);
      }
      base = 0;
      return text;
    }

    /**
     * Weighs the clause around one State named from {@code m.start()} to {@code end}: strong when a
     * first-person phrase stands before or after it ({@code strongAllowed}), else a stance.
     */
    void weigh(CountryMention m, int end, boolean strongAllowed) {
      int to = Math.min(text.length(), end + WINDOW);
      int from = Math.max(0, m.start() - WINDOW);
      // the window read around the name (the excerpt lies within it), and the offsets in it
      String w = view(from, to);
      int start = m.start() - base;
      int e = end - base;
      int f = from - base;
      int t = to - base;
      // a phrase after the name (after, aux, stance, past) is read only where one may stand
      boolean phraseAfter = fold.mayOpen(w, e, t, SelfPhrases.AFTER_NAME);
      // and a first-person phrase before it only where one may end
      boolean phraseBefore = strongAllowed && fold.mayClose(w, f, start, SelfPhrases.BEFORE_NAME);
      if (!phraseAfter && !phraseBefore) {
        return; // a stance needs a phrase after the name, a strong clause one on either side
      }
      // the State only for a clause that may count: most names stand in none
      State state = State.of(m.country());
      if (strong.containsKey(state) || !strongAllowed && stance.containsKey(state)) {
        return; // already found as strongly as this clause could find it
      }
      // each folded window only when a weighing reads it: the text after the name, and the text
      // before it without a closing "the", which a stance reads only when its verb follows
      beforeRead = false;
      if (phraseAfter) {
        after.of(w, e, t);
      }
      boolean strongClause = false;
      if (phraseBefore) {
        readBefore(w, start, f);
        strongClause = strongBefore(before, beforeEnd);
      }
      if (!strongClause && strongAllowed && phraseAfter) {
        strongClause = strongAfter(after);
      }
      Map<State, Found<State>> into;
      if (strongClause) {
        into = strong;
      } else if (phraseAfter
          && !stance.containsKey(state)
          && stanceAfter(after)
          && stanceBefore(beforeRead ? before : readBefore(w, start, f), beforeEnd)) {
        into = stance;
      } else {
        return;
      }
      String excerpt =
          w.substring(
                  Math.max(0, m.start() - EXCERPT) - base,
                  Math.min(text.length(), end + EXCERPT) - base)
              .replace('\n', ' ')
              .strip();
      // the line only for a clause that counts: finding it walks the paragraphs
      into.put(state, Found.of(state, Evidence.SELF_REFERENCE, excerpt, speech.lineAt(m.start())));
    }

    /**
     * Reads the folded text of {@code w} from {@code from} to the name at {@code at} into {@link
     * #before}, its part without a closing "the" ending at {@link #beforeEnd}; returns it.
     */
    private CharSequence readBefore(String w, int at, int from) {
      int stripped = ClauseFold.strippedEnd(w, from, at);
      before.of(w, from, stripped);
      beforeEnd = stripThe(before, stripped < at);
      beforeRead = true;
      return before;
    }
  }

  /** The phrase of the kind that opens the text from {@code at}, or null. */
  private static String leading(CharSequence text, int at, Kind kind) {
    return SelfPhrases.ENDS.get(kind).leading(text, at);
  }

  /**
   * Whether the text between two names makes them a list: ", ", " and ", " et ", " y ". A quotation
   * in {@code quoted} reads as spaces.
   */
  private static boolean listed(QuotedStretches quoted, int from, int to) {
    // most names are far apart: only commas, white space and one short word can list them, so
    // the gap is cut out of the speech only when it holds at most three other characters
    String text = quoted.text();
    boolean touched = quoted.touch(from, to);
    int other = 0;
    for (int i = from; i < to && other <= 3; i++) {
      int past = touched ? quoted.past(i) : i;
      if (past > i) {
        i = past - 1; // a quotation, blanked: white space
        continue;
      }
      char c = text.charAt(i);
      if (c != ',' && !Character.isWhitespace(c)) {
        other++;
      }
    }
    return other <= 3 && listed(touched ? quoted.blanked(from, to) : text.substring(from, to));
  }

  private static boolean listed(String between) {
    String b = between.strip();
    return b.isEmpty()
        || b.equals(",")
        || b.equals("&")
        || List.of("and", "et", "y", "e", "or", "ou", "o").contains(b.replace(",", "").strip());
  }

  /**
   * A phrase in the first person right before the name; {@code b} up to {@code n} is the text
   * before it without a closing "the" ({@link #stripThe}).
   */
  private static boolean strongBefore(CharSequence b, int n) {
    int t = PhraseEnds.stripEnd(b, n);
    if (t == 0) {
      return false;
    }
    for (String cue : SelfPhrases.ENDS.get(Kind.BEFORE).ending(b.charAt(t - 1))) {
      if (PhraseEnds.endsWithWords(b, n, cue)
          && !agentBefore(b.subSequence(0, n - cue.length()).toString())) {
        return true;
      }
    }
    return false;
  }

  /** A phrase in the first person right after the name. */
  private static boolean strongAfter(CharSequence after) {
    int lead = PhraseEnds.stripStart(after, 0);
    PhraseEnds cues = SelfPhrases.ENDS.get(Kind.AFTER);
    // "Iraq which I have the honour to represent": a cue that opens with a word follows a space
    for (String cue : FoldedWindow.has(after, lead) ? cues.opening(after.charAt(lead)) : NONE) {
      if (Character.isLetter(cue.charAt(0)) && PhraseEnds.startsWithWords(after, lead, cue)) {
        return true;
      }
    }
    for (String cue : cues.opening(after)) {
      if (!Character.isLetter(cue.charAt(0)) && PhraseEnds.startsWithWords(after, 0, cue)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name opens a clause, perhaps after a subject phrase (a stance when {@link #stanceAfter}
   * too); {@code b} up to {@code n} is the text before it without a closing "the" ({@link
   * #stripThe}).
   */
  private static boolean stanceBefore(CharSequence b, int n) {
    int t = PhraseEnds.stripEnd(b, n);
    for (String subject :
        t > 0 ? SelfPhrases.ENDS.get(Kind.SUBJECT).ending(b.charAt(t - 1)) : NONE) {
      if (PhraseEnds.endsWithWords(b, n, subject)) {
        n = PhraseEnds.stripEnd(b, n - subject.length());
        break;
      }
    }
    n = PhraseEnds.stripEnd(b, n);
    return n == 0 || ".;:!?\n,،؛؟".indexOf(b.charAt(n - 1)) >= 0;
  }

  /** A stance verb follows the name, perhaps after auxiliaries ("has always supported"). */
  private static boolean stanceAfter(CharSequence after) {
    int a = PhraseEnds.stripStart(after, 0);
    boolean passive = false;
    for (int words = 0; words < 4; words++) {
      String aux = leading(after, a, Kind.AUX);
      if (aux == null) {
        break;
      }
      passive |= BE.contains(aux);
      a = PhraseEnds.stripStart(after, a + aux.length());
    }
    return leading(after, a, Kind.STANCE) != null
        || !passive && leading(after, a, Kind.PAST) != null;
  }

  /**
   * Whether the clause before a phrase names who acts ("put forward by Mr. X on behalf of"): an
   * agent word among the last words of its sentence.
   */
  private static boolean agentBefore(String before) {
    String[] words = before.strip().split(" ");
    for (int i = words.length - 1; i >= 0 && i >= words.length - AGENT_WORDS; i--) {
      String w = words[i];
      if (w.isEmpty() || w.indexOf('\n') >= 0 || i < words.length - 1 && sentenceEnd(w)) {
        return false;
      }
      if (SelfPhrases.PHRASES.get(Kind.AGENT).contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** A word that ends a sentence: one of more than three letters before a full stop, or ;:!?. */
  private static boolean sentenceEnd(String word) {
    char last = word.charAt(word.length() - 1);
    return ";:!?".indexOf(last) >= 0 || last == '.' && word.length() > 4;
  }

  /**
   * The folded text before a name without a closing article, or an elided "l'" right before the
   * name, as where that text ends in {@code b}; {@code b} is without its trailing white space,
   * {@code spaced} says whether it had some.
   */
  private static int stripThe(CharSequence b, boolean spaced) {
    int n = b.length();
    for (String the :
        SelfPhrases.ARTICLES) { // an array: a List's iterator would be made for each name
      if (PhraseEnds.endsWithWords(b, n, the)) {
        return PhraseEnds.stripEnd(b, n - the.length());
      }
    }
    return !spaced && PhraseEnds.holds(b, n - 2, "l'") ? n - 2 : n;
  }
}
