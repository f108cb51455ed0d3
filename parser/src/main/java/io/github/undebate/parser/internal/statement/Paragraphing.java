package io.github.undebate.parser.internal.statement;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.Removals;
import io.github.undebate.parser.internal.text.JoinedText;
import io.github.undebate.parser.internal.text.Quotes;
import io.github.undebate.parser.internal.text.SentenceEnds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Turns cleaned lines into paragraphs. Two layouts are told apart from the text itself: one
 * paragraph per line (long lines), and hard-wrapped lines, where a paragraph ends at a line that
 * ends a sentence and leaves room for the next line's first word. Across blank lines and page
 * breaks a paragraph continues when it has not ended a sentence (and, after a mere blank line, when
 * the next line starts in lower case). Line-end hyphens are undone unless they are real.
 */
final class Paragraphing {

  /** A paragraph of text with the input lines it came from. */
  record Block(String text, int firstLine, int lastLine) {}

  private Paragraphing() {}

  /**
   * The paragraphs of the lines, in order.
   *
   * @param lines the cleaned lines of the speech
   * @param diagnostics receives removals (paragraph numbers)
   */
  static List<Block> paragraphs(List<Line> lines, List<Diagnostic> diagnostics) {
    // line numbers as bits, not boxed: the set is asked about every line
    BitSet numbered = new BitSet();
    List<Line> text = stripParagraphNumbers(lines, diagnostics, numbered);
    Vocabulary vocabulary = new Vocabulary(text);
    int width = wrapWidth(text);
    boolean lineMode = width == 0 || width > 160;
    List<Block> out = new ArrayList<>();
    // the paragraph so far: its one line, or the lines joined once a second one comes (in one
    // JoinedText for all paragraphs, emptied for each)
    String opening = null;
    JoinedText current = null;
    JoinedText joined = new JoinedText();
    int first = 0;
    int last = 0;
    String previous = null;
    LineKind gap = null; // the strongest boundary between the previous text line and this
    for (Line line : text) {
      LineKind kind = LineKind.of(line);
      if (kind != LineKind.TEXT) {
        if (gap == null || kind.strength() > gap.strength()) {
          gap = kind;
        }
        continue;
      }
      String t = line.text();
      boolean join;
      if (opening == null && current == null) {
        join = false;
      } else if (gap == null) {
        join = lineMode ? !SentenceEnds.endsSentence(previous) : !wrapBreak(previous, t, width);
        if (lineMode && opensQuotation(t)) {
          join = false; // a block quotation on its own line after "... acknowledged openly that"
        }
        if (numbered.get(line.number())
            || mayBeNumbered(t)
                && SentenceEnds.endsSentence(previous)
                && ParagraphNumber.end(t) >= 0) {
          join = false; // a printed paragraph number always starts a paragraph
        }
      } else if (gap == LineKind.SEPARATOR) {
        join = false;
      } else if (gap == LineKind.PAGE_BREAK) {
        join = !SentenceEnds.endsSentence(previous) && !endsVocative(previous);
      } else {
        join =
            !SentenceEnds.endsSentence(previous)
                && !endsVocative(previous)
                && (startsLowerCase(t) || endsWithLink(previous));
      }
      if (join) {
        if (current == null) {
          current = joined.clear().append(opening);
          opening = null;
        }
        if (append(current, t, vocabulary)) {
          diagnostics.add(Removals.removed("line_end_hyphen", last, "-"));
        }
        last = line.number();
      } else {
        if (opening != null || current != null) {
          out.add(new Block(current != null ? current.toString() : opening, first, last));
        }
        opening = t;
        current = null;
        first = line.number();
        last = line.number();
      }
      previous = t;
      gap = null;
    }
    if (opening != null || current != null) {
      out.add(new Block(current != null ? current.toString() : opening, first, last));
    }
    return out;
  }

  /** Whether the line opens with a digit, as a printed paragraph number does. */
  private static boolean mayBeNumbered(String line) {
    return !line.isEmpty() && line.charAt(0) >= '0' && line.charAt(0) <= '9';
  }

  /**
   * Removes printed paragraph numbers ("48.<TAB>Some people ...") when the text numbers its
   * paragraphs: at least five numbered lines, mostly in increasing order.
   */
  private static List<Line> stripParagraphNumbers(
      List<Line> lines, List<Diagnostic> diagnostics, BitSet stripped) {
    int numbered = 0;
    int increasing = 0;
    int previous = -1;
    for (Line l : lines) {
      if (!LineKind.isText(l) || !mayBeNumbered(l.text())) {
        continue;
      }
      if (ParagraphNumber.end(l.text()) >= 0) {
        int n = ParagraphNumber.number(l.text());
        numbered++;
        if (n > previous) {
          increasing++;
        }
        previous = n;
      }
    }
    if (numbered < 5 || increasing * 10 < numbered * 8) {
      return lines;
    }
    List<Line> out = new ArrayList<>(lines.size());
    for (Line l : lines) {
      int end = LineKind.isText(l) && mayBeNumbered(l.text()) ? ParagraphNumber.end(l.text()) : -1;
      if (end >= 0) {
        String t = l.text();
        diagnostics.add(
            Removals.removed("paragraph_number", l.number(), t.substring(0, end).strip()));
        stripped.set(l.number());
        out.add(l.withText(t.substring(end)));
      } else {
        out.add(l);
      }
    }
    return out;
  }

  /**
   * The width at which the text was wrapped: a high percentile of the lengths of lines that are
   * followed by another line of the same block; 0 when no block has two lines.
   */
  private static int wrapWidth(List<Line> lines) {
    // the lengths as ints, not boxed: a hard-wrapped speech has thousands of lines
    int[] sorted = new int[lines.size()];
    int count = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (LineKind.isText(lines.get(i)) && LineKind.isText(lines.get(i + 1))) {
        sorted[count++] = lines.get(i).text().length();
      }
    }
    if (count < 3) {
      return 0;
    }
    Arrays.sort(sorted, 0, count); // the lengths counted, sorted in place
    int median = sorted[count / 2];
    if (median > 160) {
      return median; // one paragraph per line
    }
    return sorted[Math.min(count - 1, (int) (count * 0.9))];
  }

  /** Whether a wrapped line ends its paragraph before the next line. */
  private static boolean wrapBreak(String line, String next, int width) {
    if (endsVocative(line) && startsUpperCase(next)) {
      return true;
    }
    if (!SentenceEnds.endsSentence(line)) {
      return false;
    }
    // the first word's length, as next.split(" ", 2)[0] gives it, without making the word
    int space = next.indexOf(' ');
    int firstWord = space < 0 ? next.length() : space;
    return line.length() + 1 + firstWord <= width || line.length() < width * 0.6;
  }

  private static boolean opensQuotation(String s) {
    return !s.isEmpty() && Quotes.isOpening(s.charAt(0));
  }

  private static boolean endsVocative(String s) {
    return s.strip().endsWith(",") && s.length() < 80 && Formulas.isSalutation(s);
  }

  /**
   * Whether the line ends in a short lower-case word ("de", "of", "and") that cannot end a
   * paragraph.
   */
  private static boolean endsWithLink(String s) {
    String t = s.strip();
    String last = t.substring(t.lastIndexOf(' ') + 1);
    return !last.isEmpty() && last.length() <= 3 && last.chars().allMatch(Character::isLowerCase);
  }

  private static boolean startsLowerCase(String s) {
    int cp = s.codePointAt(0);
    return Character.isLowerCase(cp);
  }

  private static boolean startsUpperCase(String s) {
    return Character.isUpperCase(s.codePointAt(0));
  }

  /** Appends the next line; true when a line-end hyphen was dropped. */
  private static boolean append(JoinedText current, String next, Vocabulary vocabulary) {
    int n = current.length();
    if (n >= 2 && current.charAt(n - 1) == '-' && Character.isLetter(current.charAt(n - 2))) {
      // only the end of the paragraph so far: a long paragraph of hyphenated lines stays linear
      int from = Math.max(0, n - 64);
      String end = current.from(from);
      int headStart = LineEndHyphen.wordBefore(end);
      int tailEnd = LineEndHyphen.wordAfter(next);
      if (headStart >= 0 && tailEnd >= 0 && Character.isLowerCase(next.codePointAt(0))) {
        String head = end.substring(headStart, end.length() - 1);
        String tail = next.substring(0, tailEnd);
        String joined = (head + tail).toLowerCase(Locale.ROOT);
        // Statements typeset without automatic hyphenation break lines at real hyphens
        // ("zero-/tariff", "кого-/либо", "torna-/lo"); a hyphen is taken as the typesetter's only
        // when the text spells the word whole elsewhere, and never with the hyphen.
        boolean softHyphen =
            vocabulary.holds(joined)
                && !vocabulary.holds((head + "-" + tail).toLowerCase(Locale.ROOT));
        if (softHyphen) {
          current.dropLast();
        }
        current.append(next);
        return softHyphen;
      }
      if (Character.isUpperCase(next.codePointAt(0))) {
        current.append(next); // "Timor-" + "Leste", "Сан-" + "Франциско": a real hyphen
        return false;
      }
    }
    current.append(" ").append(next);
    return false;
  }
}
