package io.github.undebate.parser.internal.statement;

import io.github.undebate.core.Body;
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
  private static final Pattern TOPIC_BEFORE =
      Pattern.compile(
          "(?i)\\b(on|about|regarding|concerning)\\s+(the\\s+)?(united nations\\s+|un\\s+|u\\.n\\.\\s+)?$");

  private record Entry(Pattern pattern, Body body) {}

  private Venues() {}

  private static List<Entry> entries(String resource, boolean bodyFirst) {
    List<String[]> rows = new ArrayList<>(PhraseTable.rows(resource));
    int phrase = bodyFirst ? 1 : 0;
    int body = bodyFirst ? 0 : 1;
    rows.sort(Comparator.comparingInt((String[] r) -> r[phrase].length()).reversed());
    List<Entry> out = new ArrayList<>();
    for (String[] r : rows) {
      Pattern p =
          Pattern.compile(
              "(?<![\\p{L}])" + Pattern.quote(r[phrase].strip()) + "(?![\\p{L}])",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      out.add(new Entry(p, Body.valueOf(r[body].strip().toUpperCase(Locale.ROOT))));
    }
    return List.copyOf(out);
  }

  /** The organ a heading names as the place of the statement. */
  static Optional<Body> inHeading(String heading) {
    int best = Integer.MAX_VALUE;
    Body found = null;
    for (Entry e : NAMES) {
      Matcher m = e.pattern().matcher(heading);
      while (m.find()) {
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
    java.util.Map<Body, Integer> counts = new java.util.EnumMap<>(Body.class);
    for (Entry e : CUES) {
      Matcher m = e.pattern().matcher(speech);
      while (m.find()) {
        counts.merge(e.body(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(java.util.Map.Entry.comparingByValue())
        .map(java.util.Map.Entry::getKey);
  }
}
