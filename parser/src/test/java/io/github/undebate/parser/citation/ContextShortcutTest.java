package io.github.undebate.parser.citation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.CitationType;
import io.github.undebate.parser.internal.text.SampleTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The citation finder's shortcuts against the straightforward way, on the corpus and on generated
 * texts: {@link Mentions} scans only as far as the questions asked need, and {@link
 * CitationFinder#longestFirst} keeps the longest candidates in a sorted array, not a sorted map.
 */
class ContextShortcutTest {
  /** Words that overlap ("Rome Statute", "Statute"), as the instrument lists' do. */
  private static final List<String> WORDS =
      List.of("Rome Statute", "Statute", "Charter", "the Charter", "Treaty", "treaty", "NATO");

  private static final Pattern WHOLE_WORDS =
      Pattern.compile("(?<![\\p{L}])" + Phrases.alternation(WORDS) + "(?![\\p{L}])");

  private static final Openings OPENINGS = Openings.of(WORDS);

  private static final String[] PIECES = {
    "Rome Statute",
    "Statute",
    "Charter",
    "the Charter",
    "Treaty",
    "treaty",
    "NATO",
    "the",
    "Rome",
    " ",
    "  ",
    ", ",
    ". ",
    "\n",
    "Treatyx",
    "xNATO",
    "Article 5",
    "é",
    "Rome\u00a0Statute"
  };

  @Test
  void mentionsFoundAsFarAsNeededAnswerAsAFullScan() {
    Random random = new Random(14);
    List<String> texts = new ArrayList<>(SampleTexts.corpus());
    for (int n = 0; n < 3_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(60); k > 0; k--) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      texts.add(b.toString());
    }
    int found = 0;
    for (String text : texts) {
      List<int[]> all = new ArrayList<>();
      Matcher m = WHOLE_WORDS.matcher(text);
      while (m.find()) {
        all.add(new int[] {m.start(), m.end()});
      }
      Mentions byWords = new Mentions(WHOLE_WORDS, OPENINGS, text);
      Mentions byPattern = new Mentions(WHOLE_WORDS, text);
      // questions in any order, as the Articles and then the Chapters of a text ask them
      for (int q = 0; q < 6; q++) {
        int to = random.nextInt(text.length() + 1);
        int from = random.nextInt(to + 1);
        int expected = lastIn(all, from, to);
        assertThat(byWords.lastIn(from, to)).as(text).isEqualTo(expected);
        assertThat(byPattern.lastIn(from, to)).as(text).isEqualTo(expected);
        found += expected >= 0 ? 1 : 0;
      }
    }
    assertThat(found).isGreaterThan(1_000);
  }

  /**
   * The start of the last mention that starts before {@code to} and ends by it, if at {@code from}
   * or after.
   */
  private static int lastIn(List<int[]> all, int from, int to) {
    int last = -1;
    for (int[] mention : all) {
      if (mention[0] < to && mention[1] <= to) {
        last = mention[0];
      }
    }
    return last >= from ? last : -1;
  }

  @Test
  void theLongestCandidatesAreKeptAsBySortedMap() {
    Random random = new Random(15);
    for (int n = 0; n < 20_000; n++) {
      List<Found> candidates = new ArrayList<>();
      for (int k = 1 + random.nextInt(12); k > 0; k--) {
        int start = random.nextInt(60);
        candidates.add(
            new Found(CitationType.DOCUMENT, start, start + 1 + random.nextInt(15), "t" + k));
      }
      List<Found> expected = bySortedMap(new ArrayList<>(candidates));
      assertThat(CitationFinder.longestFirst(candidates)).isEqualTo(expected);
    }
  }

  private static List<Found> bySortedMap(List<Found> candidates) {
    candidates.sort(
        java.util.Comparator.comparingInt(Found::length).reversed().thenComparingInt(Found::start));
    TreeMap<Integer, Found> kept = new TreeMap<>();
    for (Found f : candidates) {
      var before = kept.floorEntry(f.start());
      if (before != null && before.getValue().end() > f.start()) {
        continue;
      }
      var after = kept.ceilingEntry(f.start());
      if (after != null && after.getKey() < f.end()) {
        continue;
      }
      kept.put(f.start(), f);
    }
    return new ArrayList<>(kept.values());
  }

  @Test
  void anOrganIsNamedBeforeAKeywordAsTheAnchoredPatternFindsIt() {
    List<String> texts = new ArrayList<>(SampleTexts.corpus());
    texts.addAll(SampleTexts.random(16, 2_000, 40));
    Random random = new Random(16);
    String[] pieces = {
      "Security Council", "General  Assembly", "Assembly", "Council", "Council's", "Council\u2019s",
      "ECOSOC", "Economic and Social Council", "Human Rights Council", "landmark", " ", "\n",
      "resolution", "SC", "Ge", "A"
    };
    for (int n = 0; n < 3_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        b.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
      }
      texts.add(b.toString());
    }
    int named = 0;
    for (String text : texts) {
      // every keyword's place in the text's first 400 characters (after white space), with the
      // window the organ is looked for in
      for (int to = 1; to <= Math.min(text.length(), 400); to++) {
        if (!Character.isWhitespace(text.charAt(to - 1))) {
          continue;
        }
        int from = Math.max(0, to - 80);
        Matcher expected = Organ.namedPattern().matcher(text).region(from, to);
        Matcher m = Organ.named(text, from, to);
        if (expected.find()) {
          assertThat(m).as(text).isNotNull();
          assertThat(m.start("name")).as(text).isEqualTo(expected.start("name"));
          assertThat(m.group("name")).as(text).isEqualTo(expected.group("name"));
          named++;
        } else {
          assertThat(m).as(text).isNull();
        }
      }
    }
    assertThat(named).isGreaterThan(1_000);
  }
}
