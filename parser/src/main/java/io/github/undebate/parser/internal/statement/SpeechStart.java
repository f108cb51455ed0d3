package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.text.Quotes;
import io.github.undebate.parser.internal.text.SentenceEnds;
import io.github.undebate.parser.internal.text.Whitespace;
import io.github.undebate.parser.internal.text.WordCount;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the speech starts, after the heading: at the first speaker label or salutation when one
 * comes before any prose, else after the leading heading-like runs (byline, title, dateline), else
 * at the first line.
 */
final class SpeechStart {
  /** The heading is looked for in this many lines of words, at most. */
  static final int HEADER_SEARCH_LINES = 40;

  private static final int PROSE_WORDS = 25;
  private static final int MAX_HEADING_RUNS = 10;
  private static final int MAX_HEADING_RUN_LINES = 6;
  private static final int MAX_HEADING_LINE_WORDS = 16;
  private static final int MAX_BYLINE_LINE_WORDS = 40;

  /** A word of two letters or more in lower case, perhaps before a comma or a full stop. */
  private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}{2,}[,.;:]?");

  private SpeechStart() {}

  /** The index of the speech's first line in the cleaned lines. */
  static int of(List<Line> lines) {
    List<LineRun> runs = LineRun.of(lines);
    int seen = 0;
    for (int r = 0; r < runs.size(); r++) {
      LineRun run = runs.get(r);
      String first = run.firstText(lines);
      if (SpeakerLabel.opens(first) && !BylineWords.opensWithStatementWord(first)) {
        // "STATEMENT BY:" reads as a label, but opens a byline
        return run.from();
      }
      if (opensWithSalutation(lines, runs, r)) {
        return run.from();
      }
      if (seen + run.size() > HEADER_SEARCH_LINES) {
        break; // the search ends in this run, whatever it holds
      }
      String text = run.text(lines);
      if ((isProse(text) || isSentence(text) || runsOn(lines, runs, r)) && !Teaser.isTeaser(text)) {
        break;
      }
      seen += run.size();
    }
    // a heading is a few short runs before the first prose; a long series of short runs is a list
    // or a table, not a heading
    for (int r = 0; r + 1 < runs.size() && r <= MAX_HEADING_RUNS; r++) {
      LineRun run = runs.get(r);
      if (!headingLike(lines, run) || runsOn(lines, runs, r)) {
        return run.from();
      }
    }
    if (runs.size() > 1 && Byline.opens(runs.get(0).text(lines))) {
      // a byline first, over runs that cannot be told from a list (a text that ends its
      // sentences with "//"): the byline is the heading
      return runs.get(1).from();
    }
    return 0;
  }

  /**
   * Whether the run opens with a salutation: its first line, or a one-line run with the next run
   * when that goes on in lower case ("Mr. President," / "distinguished delegates,").
   */
  private static boolean opensWithSalutation(List<Line> lines, List<LineRun> runs, int r) {
    LineRun run = runs.get(r);
    String first = run.firstText(lines);
    String candidate = first;
    if (run.size() == 1 && r + 1 < runs.size()) {
      String next = runs.get(r + 1).firstText(lines);
      if (Character.isLowerCase(next.codePointAt(0))) {
        candidate = first + " " + next;
      }
    }
    return Formulas.isSalutation(candidate)
        || Formulas.isSalutation(first)
        || addresses(lines, run);
  }

  /**
   * Whether every line of a run of two or more ends with a comma and one is a salutation: "The
   * President of the United Nations General Assembly," / "Your Excellency Philemon Yang,".
   */
  private static boolean addresses(List<Line> lines, LineRun run) {
    if (run.size() < 2 || run.size() > MAX_HEADING_RUN_LINES) {
      return false;
    }
    boolean salutes = false;
    for (int i = run.from(); i < run.to(); i++) {
      String text = lines.get(i).text().strip();
      if (!text.endsWith(",")) {
        return false;
      }
      salutes |= Formulas.isSalutation(text);
    }
    return salutes;
  }

  private static boolean isProse(String text) {
    return SentenceEnds.endsSentence(text) && WordCount.atLeast(text, PROSE_WORDS);
  }

  /** A sentence of the speech, not a byline: eight words or more ending a sentence. */
  private static boolean isSentence(String text) {
    return SentenceEnds.endsSentence(text) && WordCount.atLeast(text, 8) && !Byline.opens(text);
  }

  /**
   * Whether a run of eight words or more goes on in the next one, which opens in lower case: a
   * sentence that a blank line cuts ("... el país de" / "las maras."), prose not heading; a quoted
   * title that a blank line cuts is no sentence.
   */
  private static boolean runsOn(List<Line> lines, List<LineRun> runs, int r) {
    if (r + 1 >= runs.size()) {
      return false;
    }
    String text = runs.get(r).text(lines);
    String next = runs.get(r + 1).firstText(lines).strip();
    int space = next.indexOf(' ');
    String nextWord = space < 0 ? next : next.substring(0, space);
    return WordCount.atLeast(text, 8)
        && !SentenceEnds.endsSentence(text)
        && !Quotes.opensUnclosed(text)
        && !Byline.opens(text)
        && mostlyLowerCase(text)
        && LOWER_WORD.matcher(nextWord).matches();
  }

  /**
   * Whether a line is a byline of more words than a heading line has, without a sentence end: "كلمة
   * فخامة الرئيس … رئيس جمهورية العراق أمام الدورة التاسعة والسبعين للجمعية العامة".
   */
  private static boolean bylineLine(String text) {
    return !SentenceEnds.endsSentence(text)
        && !WordCount.atLeast(text, MAX_BYLINE_LINE_WORDS + 1)
        && Byline.opens(text);
  }

  /** Whether more than three words in five open in lower case, as prose does and headings not. */
  private static boolean mostlyLowerCase(String text) {
    int words = 0;
    int lower = 0;
    // the words as split("\\s+") cuts them, read in place: a word opens after white space
    for (int i = 0; i < text.length(); i++) {
      if (!Whitespace.isSpace(text.charAt(i))
          && (i == 0 || Whitespace.isSpace(text.charAt(i - 1)))) {
        int first = text.codePointAt(i);
        if (Character.isLetter(first)) {
          words++;
          lower += Character.isLowerCase(first) ? 1 : 0;
        }
      }
    }
    return lower * 5 > words * 3;
  }

  private static boolean headingLike(List<Line> lines, LineRun run) {
    if (run.size() > MAX_HEADING_RUN_LINES) {
      return false;
    }
    if (run.size() == 1 && bylineLine(run.text(lines))) {
      return true;
    }
    for (int i = run.from(); i < run.to(); i++) {
      if (WordCount.of(lines.get(i).text()) > MAX_HEADING_LINE_WORDS) {
        return false;
      }
    }
    String text = run.text(lines);
    // "1.": a number alone ends no sentence
    return !SentenceEnds.endsSentence(text)
        || Byline.opens(text)
        || text.codePoints().noneMatch(Character::isLetter);
  }
}
