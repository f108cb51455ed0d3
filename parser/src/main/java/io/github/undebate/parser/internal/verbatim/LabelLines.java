package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.Line;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds a speaker label that starts at a line and may wrap over the next two printed lines ("Mr.
 * Nebenzia (Russian Federation) ( spoke in" / "Russian ): The Russian ..."). Not safe to share
 * between threads: one read makes its own.
 */
final class LabelLines {
  /** The most printed lines a label may take. */
  private static final int MAX_LINES = 3;

  /**
   * A label found at a line.
   *
   * @param label the label
   * @param lastLine the index of the line its colon stands on
   * @param rest what follows the colon on that line, stripped
   * @param printed the label as printed, its lines joined by single spaces
   */
  record Found(SpeakerLabel label, int lastLine, String rest, String printed) {}

  private record Segment(int line, int start, int end) {}

  /** How many labels a record needs before their type tells its labels from its speech. */
  private static final int MIN_BOLD_LABELS = 3;

  private final List<Line> lines;

  /** Whether a colon or semicolon stands in each line's text; null until asked. */
  private boolean[] colons;

  /** Whether the record sets its labels in bold; null until asked. */
  private Boolean boldLabels;

  LabelLines(List<Line> lines) {
    this.lines = lines;
  }

  /** Whether a label may open with the character: labels open with a capital or a digit. */
  static boolean mayOpen(char first) {
    return Character.isUpperCase(first) || Character.isDigit(first);
  }

  /** The label that starts at line {@code i}, if one does: its words say so and its type agrees. */
  Optional<Found> at(int i) {
    Optional<Found> found = byWords(i);
    if (found.isPresent()
        && lines.get(i).layout().page().isPresent()
        && !lines.get(i).layout().bold()
        && boldLabels()) {
      return Optional.empty();
    }
    return found;
  }

  /**
   * Whether the record sets its speaker labels in bold, as UN records do: nine in ten of the lines,
   * at least three, that open a label by their words open in bold type. Only a PDF's lines know
   * their type; there a line that reads like a label but opens in roman type is speech ("Mr. Smith
   * (Ruritania): …" quoted in a speech that a line happens to open with). The type is evidence next
   * to the words, never instead of them: it only ever declines a label.
   */
  private boolean boldLabels() {
    if (boldLabels == null) {
      int labels = 0;
      int bold = 0;
      for (int j = 0; j < lines.size(); j++) {
        Line line = lines.get(j);
        if (line.layout().page().isPresent() && byWords(j).isPresent()) {
          labels++;
          bold += line.layout().bold() ? 1 : 0;
        }
      }
      boldLabels = labels >= MIN_BOLD_LABELS && bold * 10 >= labels * 9;
    }
    return boldLabels;
  }

  /** The label that the words starting at line {@code i} make, if they make one. */
  private Optional<Found> byWords(int i) {
    String first = lines.get(i).text();
    if (first.isEmpty()) {
      return Optional.empty();
    }
    if (!mayOpen(first.charAt(0))) {
      return Optional.empty();
    }
    if (!colonWithin(i)) {
      return Optional.empty();
    }
    // the lines a label may take, joined by String.join in one copy, in the coding they need: a
    // reused buffer that once held a character beyond Latin-1 first tries a Latin-1 copy, in vain
    // for a label that holds one too (issue 14)
    String[] texts = new String[MAX_LINES];
    texts[0] = first;
    List<Segment> segments = new ArrayList<>(MAX_LINES);
    segments.add(new Segment(i, 0, first.length()));
    int length = first.length();
    for (int j = i + 1; segments.size() < MAX_LINES && j < lines.size(); j++) {
      if (isGap(j)) {
        continue;
      }
      String text = lines.get(j).text();
      texts[segments.size()] = text;
      int start = length + 1;
      length = start + text.length();
      segments.add(new Segment(j, start, length));
    }
    String joined =
        String.join(
            " ", segments.size() == MAX_LINES ? texts : Arrays.copyOf(texts, segments.size()));
    Optional<SpeakerLabel> label = SpeakerLabel.read(joined);
    if (label.isEmpty()) {
      return Optional.empty();
    }
    int end = label.get().end();
    for (Segment seg : segments) {
      if (end - 1 >= seg.start() && end - 1 < seg.end()) {
        String rest = joined.substring(Math.min(end, seg.end()), seg.end()).strip();
        String printed = joined.substring(0, Math.min(end, joined.length())).strip();
        return Optional.of(new Found(label.get(), seg.line(), rest, printed));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a colon stands in the printed lines a label at {@code i} may take (or a semicolon,
   * which the OCR of older records reads for the colon of a label in capitals): most lines of
   * speech have neither and need no reading.
   */
  private boolean colonWithin(int i) {
    if (colons == null) {
      // each line is looked at by the labels of up to three lines: read its colon once (the
      // texts stay, only page noise is marked after the first labels are read)
      colons = new boolean[lines.size()];
      for (int j = 0; j < colons.length; j++) {
        colons[j] = hasColon(lines.get(j).text());
      }
    }
    if (colons[i]) {
      return true;
    }
    for (int j = i + 1, taken = 1; taken < MAX_LINES && j < lines.size(); j++) {
      if (!isGap(j)) {
        if (colons[j]) {
          return true;
        }
        taken++;
      }
    }
    return false;
  }

  private static boolean hasColon(String text) {
    return text.indexOf(':') >= 0 || text.indexOf(';') >= 0;
  }

  private boolean isGap(int j) {
    return lines.get(j).isNoise() || lines.get(j).isEmpty();
  }
}
