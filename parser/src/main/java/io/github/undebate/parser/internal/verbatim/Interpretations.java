package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.language.LanguageNames;
import io.github.undebate.parser.internal.language.TextLanguage;
import io.github.undebate.parser.internal.text.WordCount;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which turns of a bilingual record carry the interpreter's rendering of the speech in the other
 * language: the paragraphs at the end of a turn, or the next turn of the same speaker (its label
 * repeated, or opened by a note such as "(Interpretation)"). They stay with the statement they
 * render, as its interpretation, and are no second speech.
 *
 * <p>A rendering is told by the parser's one language detector ({@link TextLanguage}): a run of
 * paragraphs in one language after paragraphs in another, of a length comparable to theirs (half to
 * twice; a third to three times when a note marks it). A speech that says it switches language
 * ("(spoke in French)" within the turn, or the run's language in its label), a run that opens with
 * a quotation mark or follows a colon (a quotation), and a speech all in one language are never
 * renderings.
 */
final class Interpretations {
  /** The fewest words a paragraph needs to tell its language; shorter ones go with either side. */
  private static final int PARAGRAPH_WORDS = 6;

  /** The fewest words each side needs, so that a sentence or two is never taken for a speech. */
  private static final int SIDE_WORDS = 15;

  /** The least share of a language's function words for a text to read as that language. */
  private static final double MIN_SHARE = 0.15;

  private static final double MIN_RATIO = 0.5;
  private static final double MAX_RATIO = 2.0;
  private static final double MIN_MARKED_RATIO = 1 / 3.0;
  private static final double MAX_MARKED_RATIO = 3.0;

  /**
   * A turn's speech and the rendering of it.
   *
   * @param speech the paragraphs the speaker said
   * @param original the ISO 639-1 code of the language they read as
   * @param language the ISO 639-1 code of the rendering's language
   * @param rendering the rendering's paragraphs
   * @param marked whether a note marked the rendering
   * @param next whether the rendering is the next turn (else the end of this one)
   */
  record Found(
      List<String> speech,
      String original,
      String language,
      List<String> rendering,
      boolean marked,
      boolean next) {}

  /** The two languages of a speech and its rendering. */
  private record Languages(String original, String rendering) {}

  private final Map<Block.Turn, Found> found = new IdentityHashMap<>();
  private final Set<Block.Turn> renderings = Collections.newSetFromMap(new IdentityHashMap<>());

  /** Turns that a marked turn after them goes on with, and all their paragraphs. */
  private final Map<Block.Turn, List<String>> continued = new IdentityHashMap<>();

  /** Finds the renderings among the blocks, each turn cut into the given paragraphs. */
  Interpretations(List<Block> blocks, Map<Block.Turn, List<String>> paragraphs) {
    for (int i = 0; i < blocks.size(); i++) {
      if (!(blocks.get(i) instanceof Block.Turn turn)) {
        continue;
      }
      List<String> ps = paragraphs.get(turn);
      if (i + 1 < blocks.size()
          && blocks.get(i + 1) instanceof Block.Turn next
          && next(turn, ps, next, paragraphs.get(next))) {
        i++;
        continue;
      }
      within(turn, ps);
    }
  }

  /** The turn's speech and its rendering, when it has one. */
  Optional<Found> of(Block.Turn turn) {
    return Optional.ofNullable(found.get(turn));
  }

  /**
   * Whether the turn is the rendering of the turn before it, or goes on with it after a note that
   * promised a rendering: either way it is no statement of its own.
   */
  boolean isRendering(Block.Turn turn) {
    return renderings.contains(turn);
  }

  /** What the speaker said in the turn, of the paragraphs it was cut into. */
  List<String> speech(Block.Turn turn, List<String> paragraphs) {
    Found f = found.get(turn);
    if (f != null) {
      return f.speech();
    }
    return continued.getOrDefault(turn, paragraphs);
  }

  /** The next turn, of the same speaker, as the rendering of this one. */
  private boolean next(Block.Turn turn, List<String> ps, Block.Turn next, List<String> rendering) {
    boolean marked = next.marked() || InterpretationNotes.inLabel(labelText(next));
    boolean sameSpeaker = next.marked() || sameLabel(turn.label(), next.label());
    if (!sameSpeaker
        || ps.isEmpty()
        || rendering.isEmpty()
        || !next.languages().isEmpty()
        || !turn.languages().isEmpty()
        // "(spoke in French)" in the repeated label: the speaker's own words
        || (next.label().language() != null && !marked)) {
      return false;
    }
    Optional<Languages> languages = judge(ps, rendering, marked, turn.label());
    if (languages.isEmpty()) {
      if (next.marked()) {
        // a note opened it, but it renders nothing: the speech goes on
        List<String> all = new ArrayList<>(ps);
        all.addAll(rendering);
        continued.put(turn, List.copyOf(all));
        renderings.add(next);
        return true;
      }
      return false;
    }
    Languages l = languages.get();
    found.put(turn, new Found(ps, l.original(), l.rendering(), rendering, marked, true));
    renderings.add(next);
    return true;
  }

  /** The paragraphs at the end of the turn as the rendering of those before them. */
  private void within(Block.Turn turn, List<String> ps) {
    int n = ps.size();
    if (n < 2 || !turn.languages().isEmpty()) {
      return;
    }
    int last = n - 1;
    Optional<String> runLanguage = Optional.empty();
    while (last > 0 && (runLanguage = reads(ps.get(last), PARAGRAPH_WORDS)).isEmpty()) {
      last--;
    }
    if (runLanguage.isEmpty()) {
      return;
    }
    String b = runLanguage.get();
    // most turns are in one language: their first paragraph that tells reads as their last
    for (int k = 0; k < last; k++) {
      Optional<String> first = reads(ps.get(k), PARAGRAPH_WORDS);
      if (first.isPresent()) {
        if (first.get().equals(b)) {
          return;
        }
        break;
      }
    }
    int start = last;
    while (start > 0) {
      Optional<String> before = reads(ps.get(start - 1), PARAGRAPH_WORDS);
      if (before.isPresent() && !before.get().equals(b)) {
        break;
      }
      start--;
    }
    // paragraphs too short to tell at the seam stay with the speech
    while (start < n && reads(ps.get(start), PARAGRAPH_WORDS).isEmpty()) {
      start++;
    }
    if (start == 0 || start >= n) {
      return;
    }
    List<String> speech = ps.subList(0, start);
    List<String> rendering = ps.subList(start, n);
    judge(speech, rendering, false, turn.label())
        .ifPresent(
            l ->
                found.put(
                    turn,
                    new Found(
                        List.copyOf(speech),
                        l.original(),
                        l.rendering(),
                        List.copyOf(rendering),
                        false,
                        false)));
  }

  /**
   * The languages of the speech and the rendering, when it renders the speech: both read as a
   * language, not the same one, of comparable lengths, the rendering no quotation, and not the
   * language the label says the speaker spoke.
   */
  private static Optional<Languages> judge(
      List<String> speech, List<String> rendering, boolean marked, SpeakerLabel label) {
    Optional<String> a = reads(speech, SIDE_WORDS);
    Optional<String> b = reads(rendering, SIDE_WORDS);
    if (a.isEmpty() || b.isEmpty() || a.get().equals(b.get())) {
      return Optional.empty();
    }
    double ratio = (double) length(rendering) / length(speech);
    if (marked
        ? ratio < MIN_MARKED_RATIO || ratio > MAX_MARKED_RATIO
        : ratio < MIN_RATIO || ratio > MAX_RATIO) {
      return Optional.empty();
    }
    if (!marked
        && (opensQuotation(rendering.get(0)) || speech.get(speech.size() - 1).endsWith(":"))) {
      return Optional.empty();
    }
    if (label.language() != null
        && LanguageNames.standard().code(label.language()).equals(b)
        && !marked) {
      return Optional.empty();
    }
    return Optional.of(new Languages(a.get(), b.get()));
  }

  /** The language the texts read as, when they have enough words and enough function words. */
  private static Optional<String> reads(List<String> texts, int minWords) {
    int words = 0;
    for (String t : texts) {
      words += WordCount.of(t);
    }
    if (words < minWords) {
      return Optional.empty();
    }
    Map.Entry<String, Double> guess = TextLanguage.guess(texts);
    return guess.getValue() >= MIN_SHARE ? Optional.of(guess.getKey()) : Optional.empty();
  }

  private static Optional<String> reads(String text, int minWords) {
    return reads(List.of(text), minWords);
  }

  private static int length(List<String> texts) {
    int n = 0;
    for (String t : texts) {
      n += t.length();
    }
    return Math.max(n, 1);
  }

  private static boolean opensQuotation(String paragraph) {
    if (paragraph.isEmpty()) {
      return false;
    }
    char c = paragraph.charAt(0);
    return c == '"' || c == '\u201c' || c == '\u00ab' || c == '\u2018' || c == '\u201e';
  }

  /**
   * Two labels name the same speaker, in the same language or not ({@link
   * SpeakerLabel#sameSpeaker}).
   */
  private static boolean sameLabel(SpeakerLabel a, SpeakerLabel b) {
    return a.sameSpeaker(b);
  }

  /** The label part of a turn's first line. */
  private static String labelText(Block.Turn turn) {
    String line = turn.opening().text();
    return line.substring(0, Math.min(line.length(), turn.label().end()));
  }
}
