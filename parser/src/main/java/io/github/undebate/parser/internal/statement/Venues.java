package io.github.undebate.parser.internal.statement;

import io.github.undebate.core.Body;
import io.github.undebate.parser.internal.common.ResourceTable;
import io.github.undebate.parser.internal.text.CaseBlindPhrase;
import io.github.undebate.parser.internal.text.CaseBlindPhrases;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UN organ where a statement was made: named in a heading ("at the recent UN Security Council
 * debate", "UNGA general debate"), or, when no heading says, addressed in the speech ("this
 * Assembly", "Members of the Council"). An organ a heading names as the topic ("Statement on United
 * Nations Security Council Meeting") is not the venue.
 */
final class Venues {
  private static final List<Entry> NAMES = entries("venues.tsv", false);
  private static final List<Entry> CUES = entries("venue-cues.txt", true);
  private static final CaseBlindPhrases CUE_PHRASES =
      CaseBlindPhrases.of(CUES.stream().map(e -> e.phrase().phrase()).toList());
  private static final Pattern TOPIC_BEFORE =
      Pattern.compile(
          "(?i)\\b(on|about|regarding|concerning)\\s+(the\\s+)?(united nations\\s+|un\\s+|u\\.n\\.\\s+)?$");

  /** A phrase and the organ it names. */
  private record Entry(CaseBlindPhrase phrase, Body body) {}

  private Venues() {}

  /** The table's rows, longest phrase first. */
  private static List<Entry> entries(String resource, boolean bodyFirst) {
    List<String[]> rows = new ArrayList<>();
    for (ResourceTable.Row row : ResourceTable.read(Venues.class, resource, 2, 2)) {
      rows.add(row.cells().toArray(new String[0]));
    }
    int phrase = bodyFirst ? 1 : 0;
    int body = bodyFirst ? 0 : 1;
    rows.sort(Comparator.comparingInt((String[] r) -> r[phrase].length()).reversed());
    List<Entry> out = new ArrayList<>();
    for (String[] r : rows) {
      if (r[phrase].isBlank()) {
        throw new IllegalStateException(resource + " has a row without a phrase");
      }
      out.add(
          new Entry(
              CaseBlindPhrase.of(r[phrase]),
              Body.valueOf(r[body].strip().toUpperCase(Locale.ROOT))));
    }
    return List.copyOf(out);
  }

  /** The organ a heading names as the place of the statement. */
  static Optional<Body> inHeading(String heading) {
    int best = Integer.MAX_VALUE;
    Body found = null;
    String folded = CaseBlindPhrase.fold(heading);
    for (Entry e : NAMES) {
      if (!e.phrase().mayOccurIn(folded)) {
        continue;
      }
      Matcher m = e.phrase().matcher(heading);
      for (int from = 0; e.phrase().next(m, heading, folded, from); from = m.end()) {
        if (TOPIC_BEFORE.matcher(heading.substring(0, m.start())).find()) {
          continue;
        }
        if (m.start() < best) {
          best = m.start();
          found = e.body();
        }
        break;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The organ the speech addresses, from the cue phrases; the most frequent wins. */
  static Optional<Body> inSpeech(String speech) {
    int[] counts = new int[Body.values().length];
    CUE_PHRASES.find(speech, (cue, start) -> counts[CUES.get(cue).body().ordinal()]++);
    Body best = null;
    for (Body b : Body.values()) {
      // the first organ of the highest count, as a max over an EnumMap's entries gave
      if (counts[b.ordinal()] > 0
          && (best == null || counts[b.ordinal()] > counts[best.ordinal()])) {
        best = b;
      }
    }
    return Optional.ofNullable(best);
  }
}
