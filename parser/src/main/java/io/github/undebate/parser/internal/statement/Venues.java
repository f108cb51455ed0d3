package io.github.undebate.parser.internal.statement;

import io.github.undebate.core.Body;
import io.github.undebate.parser.internal.common.ResourceTable;
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

  /**
   * A phrase's pattern and organ. {@code folded} is the phrase with each character case-folded as
   * the case-blind pattern compares it ({@code toLowerCase(toUpperCase(c))}): the pattern can match
   * only a text whose folded form holds it.
   */
  private record Entry(Pattern pattern, String folded, Body body) {}

  private Venues() {}

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
      Pattern p =
          Pattern.compile(
              "(?<![\\p{L}])" + Pattern.quote(r[phrase].strip()) + "(?![\\p{L}])",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      String folded = fold(r[phrase].strip());
      if (folded.isEmpty()) {
        throw new IllegalStateException(resource + " has a row without a phrase");
      }
      out.add(new Entry(p, folded, Body.valueOf(r[body].strip().toUpperCase(Locale.ROOT))));
    }
    return List.copyOf(out);
  }

  /**
   * The text with each character case-folded as a case-blind ({@code CASE_INSENSITIVE |
   * UNICODE_CASE}) pattern compares it; the folding is its own fixed point, so a text folds to hold
   * a phrase's folded form wherever the pattern matches the phrase.
   */
  private static String fold(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Character.toLowerCase(Character.toUpperCase(text.charAt(i)));
    }
    return new String(out);
  }

  /**
   * Finds the entry's next match opening at or after {@code from}, as {@code find()} would: the
   * pattern can open only where the folded text holds the folded phrase, so it is tried there alone
   * (transparent bounds let its look-behind see the text before).
   */
  private static boolean next(Entry e, Matcher m, String text, String folded, int from) {
    for (int p = folded.indexOf(e.folded(), from); p >= 0; p = folded.indexOf(e.folded(), p + 1)) {
      m.region(p, text.length());
      if (m.lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** A matcher of the entry's pattern that sees the whole text around its region. */
  private static Matcher matcher(Entry e, String text) {
    return e.pattern().matcher(text).useTransparentBounds(true);
  }

  /** The organ a heading names as the place of the statement. */
  static Optional<Body> inHeading(String heading) {
    int best = Integer.MAX_VALUE;
    Body found = null;
    String folded = fold(heading);
    for (Entry e : NAMES) {
      Matcher m = matcher(e, heading);
      for (int from = 0; next(e, m, heading, folded, from); from = m.end()) {
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
    String folded = fold(speech);
    for (Entry e : CUES) {
      Matcher m = matcher(e, speech);
      for (int from = 0; next(e, m, speech, folded, from); from = m.end()) {
        counts.merge(e.body(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(java.util.Map.Entry.comparingByValue())
        .map(java.util.Map.Entry::getKey);
  }
}
