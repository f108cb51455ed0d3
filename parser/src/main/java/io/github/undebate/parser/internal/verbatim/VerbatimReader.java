package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.parser.citation.CitationFinder;
import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.Removals;
import io.github.undebate.parser.internal.noise.RecordPageNoise;
import io.github.undebate.parser.internal.text.SentenceEnds;
import io.github.undebate.parser.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a whole verbatim meeting record: the header into the debate's fields, page noise into
 * diagnostics, speaker labels into statements, and notes, agenda headings and votes into
 * proceedings, all in document order.
 */
public final class VerbatimReader {
  private static final CitationFinder CITATIONS = CitationFinder.create();
  private static final Pattern SPOKE_LINE =
      Pattern.compile(
          "^\\(\\s*(?:spoke|speaking)\\s+in\\s+(\\p{L}+)\\s*\\)\\.?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SPOKE_INLINE =
      Pattern.compile(
          "\\(\\s*(?:spoke|speaking)\\s+in\\s+\\p{L}+\\s*\\)", Pattern.CASE_INSENSITIVE);
  private static final Pattern PARAGRAPH_NUMBER =
      Pattern.compile("(\\d{1,3}\\.)\\s+(?=[\\p{Lu}“\"(])");
  private static final Pattern AGENDA_ITEM =
      Pattern.compile("^(?:AGENDA ITEM|Agenda item|Agenda Item)\\s+\\d+.*$");

  /** The lines at the top of a record where letter-spaced header type is looked for. */
  private static final int HEAD_LINES = 60;

  /** The most lines a heading block printed right before a label may take. */
  private static final int MAX_HEADING_LINES = 24;

  private VerbatimReader() {}

  /**
   * Whether the text is a verbatim meeting record, decided from the text itself: a PV symbol, a
   * meeting number, a President line in the header, the record's own procedural notes and its
   * speaker labels.
   */
  public static boolean isVerbatimRecord(List<Line> lines) {
    return RecordKindSigns.isVerbatimRecord(lines);
  }

  /** Reads the lines as a verbatim record. */
  public static Debate read(List<Line> source, List<Diagnostic> readDiagnostics) {
    return new VerbatimReader.Run(source, readDiagnostics).read();
  }

  /** The state of one read. */
  private static final class Run {
    /** The record's lines; letter-spacing repairs and page noise replace a line's entry. */
    final List<Line> lines;

    final List<Diagnostic> diagnostics = new ArrayList<>();
    final List<Object> blocks = new ArrayList<>();
    final java.util.Set<String> agendaKeys = new java.util.HashSet<>();
    boolean numbered;
    final ProceduralNotes.Finder notes = new ProceduralNotes.Finder();

    /** The lines a label may take, joined; one builder for the whole read. */
    final StringBuilder labelText = new StringBuilder();

    Run(List<Line> source, List<Diagnostic> readDiagnostics) {
      this.lines = new ArrayList<>(source);
      this.diagnostics.addAll(readDiagnostics);
    }

    Debate read() {
      for (int i = 0; i < lines.size(); i++) {
        // Letter-spaced type ("M r .  D e i s s") stands in headers; in running text only longer
        // runs are taken for it. Then runs of spaces (justified text) fold to one.
        String line = lines.get(i).text();
        int scan = LetterSpacing.scan(line);
        if ((scan & ~LetterSpacing.WHITESPACE_RUN) >= (i < HEAD_LINES ? 3 : 4)) {
          lines.set(i, lines.get(i).withText(Whitespace.foldRuns(LetterSpacing.repair(line))));
        } else if ((scan & LetterSpacing.WHITESPACE_RUN) != 0) {
          lines.set(i, lines.get(i).withText(Whitespace.foldRuns(line)));
        }
      }
      RecordPageNoise.classify(lines);
      int bodyStart = bodyStart();
      RecordHeader header = HeaderReader.read(lines, bodyStart);
      for (String item : header.agenda()) {
        agendaKeys.add(SpeakerRoll.fold(item));
      }
      if (!header.agenda().isEmpty()) {
        RecordPageNoise.markTitles(lines, header.agenda().get(0), bodyStart);
      }
      for (int i = 0; i < lines.size(); i++) {
        Line line = lines.get(i);
        if (line.isNoise()) {
          diagnostics.add(
              Removals.removed(line.noise().get(), line.number(), line.printed().strip()));
        } else if (i < bodyStart && !line.isEmpty()) {
          // Read into the debate's fields (symbol, date, members, agenda ...) or not understood:
          // either way the line leaves the text, and the diagnostic keeps it as printed.
          diagnostics.add(Removals.removed("record_header", line.number(), line.printed().strip()));
        }
      }
      readBody(bodyStart);
      return new Assembly(header, blocks, diagnostics, lines, CITATIONS).build();
    }

    /** The first line of the body: the first procedural note or speaker label. */
    int bodyStart() {
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).isNoise() || lines.get(i).isEmpty()) {
          continue;
        }
        String line = lines.get(i).text();
        if (NoteOpenings.startsBody(line)) {
          return i;
        }
        if (labelAt(i).isPresent()) {
          return i;
        }
      }
      return 0;
    }

    /** A label found at line i, with the lines it takes and the text after it. */
    record LabelAt(SpeakerLabel label, int lastLine, String rest, String printed) {}

    Optional<LabelAt> labelAt(int i) {
      String first = lines.get(i).text();
      if (first.isEmpty()) {
        return Optional.empty();
      }
      char c = first.charAt(0);
      if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
        return Optional.empty();
      }
      // A label ends with a colon: lines without one in the three a label may take need no
      // reading (most lines of speech).
      boolean colon = first.indexOf(':') >= 0;
      for (int j = i + 1, taken = 1; !colon && taken < 3 && j < lines.size(); j++) {
        if (!lines.get(j).isNoise() && !lines.get(j).isEmpty()) {
          colon = lines.get(j).text().indexOf(':') >= 0;
          taken++;
        }
      }
      if (!colon) {
        return Optional.empty();
      }
      StringBuilder joined = labelText;
      joined.setLength(0);
      joined.append(first);
      List<int[]> segments = new ArrayList<>();
      segments.add(new int[] {i, 0, first.length()});
      int j = i + 1;
      while (segments.size() < 3 && j < lines.size()) {
        if (lines.get(j).isNoise() || lines.get(j).isEmpty()) {
          j++;
          continue;
        }
        int start = joined.length() + 1;
        joined.append(' ').append(lines.get(j).text());
        segments.add(new int[] {j, start, joined.length()});
        j++;
      }
      Optional<SpeakerLabel> label = SpeakerLabel.read(joined.toString());
      if (label.isEmpty()) {
        return Optional.empty();
      }
      int end = label.get().end();
      for (int[] seg : segments) {
        if (end - 1 >= seg[1] && end - 1 < seg[2]) {
          String rest = joined.substring(Math.min(end, seg[2]), seg[2]).strip();
          String printed = joined.substring(0, Math.min(end, joined.length())).strip();
          return Optional.of(new LabelAt(label.get(), seg[0], rest, printed));
        }
      }
      return Optional.empty();
    }

    void readBody(int start) {
      Turn current = null;
      List<Integer> pending = new ArrayList<>();
      int i = start;
      while (i < lines.size()) {
        String line = lines.get(i).text();
        if (lines.get(i).isNoise() || line.isEmpty()) {
          i++;
          continue;
        }
        Matcher spoke = line.charAt(0) == '(' ? SPOKE_LINE.matcher(line) : null;
        if (spoke != null && spoke.matches()) {
          diagnostics.add(Removals.removed("language_note", lines.get(i).number(), line));
          if (current != null) {
            current.switches.add(spoke.group(1));
          }
          i++;
          continue;
        }
        Optional<ProceduralNotes.Found> note = notes.at(lines, i, this::stopAt);
        if (note.isPresent() && current != null && note.get().kind().equals("chair")) {
          // Someone takes the Chair while a speaker goes on: the note follows the turn, whose
          // speech stays one statement.
          current.deferred.add(new NoteBlock(note.get().kind(), note.get().text(), i));
          i = advance(i, note.get().lines());
          continue;
        }
        if (note.isPresent()) {
          current = closeBefore(current, pending);
          blocks.add(new NoteBlock(note.get().kind(), note.get().text(), i));
          i = advance(i, note.get().lines());
          continue;
        }
        if (VoteLists.starts(line)) {
          current = closeBefore(current, pending);
          VoteLists.Read read =
              VoteLists.read(
                  lines,
                  i,
                  k -> labelAt(k).isPresent() || notes.at(lines, k, stopAt(k)).isPresent());
          blocks.add(new VoteBlock(read, i));
          for (int k : read.used()) {
            // The names are in the vote; the list heads and commas leave the text here.
            diagnostics.add(
                Removals.removed("vote_list", lines.get(k).number(), lines.get(k).text()));
          }
          int last = read.used().isEmpty() ? i : read.used().get(read.used().size() - 1);
          i = last + 1;
          continue;
        }
        Optional<LabelAt> label = labelAt(i);
        if (label.isPresent()) {
          current = closeBefore(current, pending);
          current = new Turn(label.get().label(), i);
          // The label becomes the statement's speaker; the diagnostic keeps it as printed.
          diagnostics.add(
              Removals.removed("speaker_label", lines.get(i).number(), label.get().printed()));
          numbered = numbered || label.get().label().numbered();
          blocks.add(current);
          if (!label.get().rest().isEmpty()) {
            current.add(label.get().lastLine(), label.get().rest(), false);
          }
          i = label.get().lastLine() + 1;
          continue;
        }
        if (current != null && numbered && PARAGRAPH_NUMBER.matcher(line).lookingAt()) {
          // Older records number their paragraphs: the number starts a paragraph, it is not text.
          Matcher pn = PARAGRAPH_NUMBER.matcher(line);
          pn.lookingAt();
          diagnostics.add(Removals.removed("paragraph_number", lines.get(i).number(), pn.group(1)));
          current.add(i, line.substring(pn.end()), true);
          current.forcedBreaks.add(current.texts.size() - 1);
        } else if (current != null) {
          boolean blankBefore =
              !current.lineIdx.isEmpty()
                  && onlyBlankBetween(current.lineIdx.get(current.lineIdx.size() - 1), i)
                  && SentenceEnds.endsSentenceOrQuote(current.texts.get(current.texts.size() - 1));
          current.add(i, line, lines.get(i).isIndented());
          if (blankBefore) {
            // Extractors that print paragraphs apart: a blank line after a sentence ends one.
            current.forcedBreaks.add(current.texts.size() - 1);
          }
        } else {
          pending.add(i);
        }
        i++;
      }
      closeBefore(current, pending);
    }

    /** The index after a note of {@code count} lines from {@code i}, skipping noise in between. */
    int advance(int i, int count) {
      int seen = 0;
      int j = i;
      while (j < lines.size() && seen < count) {
        if (!lines.get(j).isNoise() && !lines.get(j).isEmpty()) {
          seen++;
        }
        j++;
      }
      return j;
    }

    /** Whether lines a and b are apart, and only by empty lines that are no page break. */
    boolean onlyBlankBetween(int a, int b) {
      if (b - a < 2) {
        return false;
      }
      for (int j = a + 1; j < b; j++) {
        if (lines.get(j).isNoise() || !lines.get(j).isEmpty() || lines.get(j).pageBreak()) {
          return false;
        }
      }
      return true;
    }

    /** Whether an empty line (not page noise) stands between lines a and b. */
    boolean blankBetween(int a, int b) {
      if (a < 0) {
        return false;
      }
      for (int j = a + 1; j < b; j++) {
        if (!lines.get(j).isNoise() && lines.get(j).isEmpty() && !lines.get(j).pageBreak()) {
          return true;
        }
      }
      return false;
    }

    int stopAt(int i) {
      int j = i;
      while (j < lines.size() && j < i + ProceduralNotes.MAX_LINES && !lines.get(j).isNoise()) {
        j++;
      }
      return j;
    }

    /**
     * Ends the turn before a note, vote or label: a heading printed right before it (lines without
     * closing punctuation after a finished sentence) leaves the turn; lines read while no turn was
     * open become headings.
     */
    Turn closeBefore(Turn current, List<Integer> pending) {
      if (current != null) {
        for (String[] r : current.removedInline) {
          int k = Integer.parseInt(r[0]);
          diagnostics.add(Removals.removed("language_note", lines.get(k).number(), r[1]));
        }
        current.removedInline.clear();
        List<Integer> heading = current.trailingHeading(lines);
        blocks.addAll(current.deferred);
        current.deferred.clear();
        if (!heading.isEmpty()) {
          blocks.add(new HeadingBlock(headingItems(heading)));
        }
      }
      if (!pending.isEmpty()) {
        if (pending.size() <= 12 || lastTurn() == null) {
          blocks.add(new HeadingBlock(headingItems(pending)));
        } else {
          Turn resumed = new Turn(lastTurn().label, pending.get(0));
          resumed.resumed = true;
          for (int k : pending) {
            resumed.add(k, lines.get(k).text(), lines.get(k).isIndented());
          }
          blocks.add(resumed);
        }
        pending.clear();
      }
      return null;
    }

    Turn lastTurn() {
      for (int k = blocks.size() - 1; k >= 0; k--) {
        if (blocks.get(k) instanceof Turn t) {
          return t;
        }
      }
      return null;
    }

    List<HeadingBlock.Item> headingItems(List<Integer> idx) {
      List<HeadingBlock.Item> items = new ArrayList<>();
      StringBuilder cur = new StringBuilder();
      int first = -1;
      boolean afterAgendaItem = false;
      // Where blank lines stand between some heading lines, they alone separate the headings.
      boolean blankSeparated = false;
      for (int k = 1; k < idx.size(); k++) {
        blankSeparated = blankSeparated || blankBetween(idx.get(k - 1), idx.get(k));
      }
      int prev = -1;
      int k = 0;
      while (k < idx.size()) {
        // An item of the header's agenda, repeated as a heading, is one heading however wrapped.
        int agendaEnd = agendaItemEnd(idx, k);
        if (agendaEnd >= 0) {
          if (cur.length() > 0) {
            items.add(new HeadingBlock.Item(cur.toString(), first));
            cur.setLength(0);
          }
          StringBuilder item = new StringBuilder();
          for (int m = k; m <= agendaEnd; m++) {
            TextJoin.append(item, lines.get(idx.get(m)).text());
          }
          items.add(new HeadingBlock.Item(item.toString(), idx.get(k)));
          prev = idx.get(agendaEnd);
          afterAgendaItem = false;
          k = agendaEnd + 1;
          continue;
        }
        int line = idx.get(k);
        String text = lines.get(line).text();
        boolean agendaItem = AGENDA_ITEM.matcher(text).matches();
        boolean split =
            blankSeparated
                ? blankBetween(prev, line)
                : !HeaderReader.continues(cur, text) && text.split("\\s+").length > 2;
        prev = line;
        if (cur.length() > 0 && (agendaItem || afterAgendaItem || split)) {
          items.add(new HeadingBlock.Item(cur.toString(), first));
          cur.setLength(0);
        }
        if (cur.length() == 0) {
          first = line;
        }
        TextJoin.append(cur, text);
        afterAgendaItem = agendaItem;
        k++;
      }
      if (cur.length() > 0) {
        items.add(new HeadingBlock.Item(cur.toString(), first));
      }
      return items;
    }

    /** The last index of the lines from {@code k} that together print a header agenda item. */
    int agendaItemEnd(List<Integer> idx, int k) {
      if (agendaKeys.isEmpty()) {
        return -1;
      }
      StringBuilder joined = new StringBuilder();
      int found = -1;
      for (int m = k; m < idx.size() && m < k + 12; m++) {
        TextJoin.append(joined, lines.get(idx.get(m)).text());
        if (agendaKeys.contains(SpeakerRoll.fold(joined.toString()))) {
          found = m;
        }
      }
      return found;
    }
  }

  /** One speaker's turn while the body is read. */
  static final class Turn {
    final SpeakerLabel label;
    final int labelLine;
    final List<Integer> lineIdx = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    final List<Boolean> indents = new ArrayList<>();
    final List<String> switches = new ArrayList<>();
    final List<NoteBlock> deferred = new ArrayList<>();
    final List<String[]> removedInline = new ArrayList<>();
    final java.util.Set<Integer> forcedBreaks = new java.util.HashSet<>();
    boolean resumed;

    Turn(SpeakerLabel label, int labelLine) {
      this.label = label;
      this.labelLine = labelLine;
    }

    void add(int line, String text, boolean indent) {
      String cleaned = text.strip();
      if (text.indexOf('(') >= 0) {
        // Only a line with a parenthesis can hold an inline language note.
        Matcher inline = SPOKE_INLINE.matcher(text);
        boolean found = false;
        while (inline.find()) {
          found = true;
          removedInline.add(new String[] {Integer.toString(line), inline.group()});
          switches.add(inline.group().replaceAll("(?i)[()]|spoke|speaking|\\bin\\b", "").strip());
        }
        if (found) {
          cleaned = inline.reset().replaceAll(" ").strip();
        }
      }
      if (cleaned.isEmpty()) {
        return;
      }
      lineIdx.add(line);
      texts.add(cleaned);
      indents.add(indent);
    }

    /** Removes and returns the trailing lines that are a heading, not speech. */
    List<Integer> trailingHeading(List<Line> all) {
      int n = texts.size();
      int k = n;
      while (k > 0
          && !SentenceEnds.endsSentenceOrQuote(texts.get(k - 1))
          && n - k < MAX_HEADING_LINES) {
        k--;
      }
      if (k == n || k == 0 || !SentenceEnds.endsSentenceOrQuote(texts.get(k - 1))) {
        return List.of();
      }
      String first = texts.get(k);
      char c = first.charAt(0);
      if (!(Character.isUpperCase(c) || Character.isDigit(c) || c == '(')) {
        return List.of();
      }
      if (!HeadingShape.canBeHeading(String.join(" ", texts.subList(k, n)))) {
        return List.of();
      }
      List<Integer> out = new ArrayList<>(lineIdx.subList(k, n));
      lineIdx.subList(k, n).clear();
      texts.subList(k, n).clear();
      indents.subList(k, n).clear();
      return out;
    }
  }

  /** A procedural note while the body is read. */
  record NoteBlock(String kind, String text, int line) {}

  /** Agenda headings while the body is read. */
  record HeadingBlock(List<Item> items) {
    /** One heading and its first line. */
    record Item(String text, int line) {}
  }

  /** The lists of a vote while the body is read. */
  record VoteBlock(VoteLists.Read lists, int line) {}
}
