package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.parser.citation.CitationFinder;
import io.github.undebate.parser.internal.Removals;
import io.github.undebate.parser.internal.SourceLine;
import io.github.undebate.parser.internal.Whitespace;
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
  public static boolean isVerbatimRecord(List<SourceLine> lines) {
    return RecordKindSigns.isVerbatimRecord(lines);
  }

  /** Reads the lines as a verbatim record. */
  public static Debate read(List<SourceLine> source, List<Diagnostic> readDiagnostics) {
    return new VerbatimReader.Run(source, readDiagnostics).read();
  }

  /** The state of one read. */
  private static final class Run {
    final List<SourceLine> source;
    final List<String> lines = new ArrayList<>();
    final boolean[] indented;
    final boolean[] pageBreaks;
    final List<Diagnostic> diagnostics = new ArrayList<>();
    String[] noise;
    final List<Object> blocks = new ArrayList<>();
    final java.util.Set<String> agendaKeys = new java.util.HashSet<>();
    boolean numbered;
    final ProceduralNotes.Finder notes = new ProceduralNotes.Finder();

    /** The lines a label may take, joined; one builder for the whole read. */
    final StringBuilder labelText = new StringBuilder();

    Run(List<SourceLine> source, List<Diagnostic> readDiagnostics) {
      this.source = source;
      this.diagnostics.addAll(readDiagnostics);
      this.indented = new boolean[source.size()];
      this.pageBreaks = new boolean[source.size()];
      for (int i = 0; i < source.size(); i++) {
        String raw = source.get(i).text();
        pageBreaks[i] = raw.indexOf('\f') >= 0;
        indented[i] = !raw.isEmpty() && Character.isWhitespace(raw.charAt(0)) && !raw.isBlank();
        String line = raw.strip().replace('\u00A0', ' ');
        lines.add(line);
      }
    }

    Debate read() {
      for (int i = 0; i < lines.size(); i++) {
        // Letter-spaced type ("M r .  D e i s s") stands in headers; in running text only longer
        // runs are taken for it. Then runs of spaces (justified text) fold to one.
        String line = lines.get(i);
        int scan = LetterSpacing.scan(line);
        if ((scan & ~LetterSpacing.WHITESPACE_RUN) >= (i < HEAD_LINES ? 3 : 4)) {
          lines.set(i, Whitespace.foldRuns(LetterSpacing.repair(line)));
        } else if ((scan & LetterSpacing.WHITESPACE_RUN) != 0) {
          lines.set(i, Whitespace.foldRuns(line));
        }
      }
      noise = PageNoise.classify(lines, pageBreaks);
      int bodyStart = bodyStart();
      RecordHeader header = HeaderReader.read(lines, bodyStart, noise);
      for (String item : header.agenda()) {
        agendaKeys.add(SpeakerRoll.fold(item));
      }
      if (!header.agenda().isEmpty()) {
        PageNoise.markTitles(lines, noise, header.agenda().get(0), bodyStart);
      }
      for (int i = 0; i < lines.size(); i++) {
        if (noise[i] != null) {
          diagnostics.add(
              Removals.removed(noise[i], source.get(i).number(), source.get(i).text().strip()));
        } else if (i < bodyStart && !lines.get(i).isEmpty()) {
          // Read into the debate's fields (symbol, date, members, agenda ...) or not understood:
          // either way the line leaves the text, and the diagnostic keeps it as printed.
          diagnostics.add(
              Removals.removed(
                  "record_header", source.get(i).number(), source.get(i).text().strip()));
        }
      }
      readBody(bodyStart);
      return new Assembly(header, blocks, diagnostics, source, lines, CITATIONS).build();
    }

    /** The first line of the body: the first procedural note or speaker label. */
    int bodyStart() {
      for (int i = 0; i < lines.size(); i++) {
        if (noise[i] != null || lines.get(i).isEmpty()) {
          continue;
        }
        String line = lines.get(i);
        if (line.startsWith("The meeting was called to order")
            || line.startsWith("The meeting was resumed")
            || line.startsWith("The meeting resumed")) {
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
      String first = lines.get(i);
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
        if (noise[j] == null && !lines.get(j).isEmpty()) {
          colon = lines.get(j).indexOf(':') >= 0;
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
        if (noise[j] != null || lines.get(j).isEmpty()) {
          j++;
          continue;
        }
        int start = joined.length() + 1;
        joined.append(' ').append(lines.get(j));
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
        String line = lines.get(i);
        if (noise[i] != null || line.isEmpty()) {
          i++;
          continue;
        }
        Matcher spoke = line.charAt(0) == '(' ? SPOKE_LINE.matcher(line) : null;
        if (spoke != null && spoke.matches()) {
          diagnostics.add(Removals.removed("language_note", source.get(i).number(), line));
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
                  noise,
                  k -> labelAt(k).isPresent() || notes.at(lines, k, stopAt(k)).isPresent());
          blocks.add(new VoteBlock(read, i));
          for (int k : read.used()) {
            // The names are in the vote; the list heads and commas leave the text here.
            diagnostics.add(Removals.removed("vote_list", source.get(k).number(), lines.get(k)));
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
              Removals.removed("speaker_label", source.get(i).number(), label.get().printed()));
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
          diagnostics.add(
              Removals.removed("paragraph_number", source.get(i).number(), pn.group(1)));
          current.add(i, line.substring(pn.end()), true);
          current.forcedBreaks.add(current.texts.size() - 1);
        } else if (current != null) {
          boolean blankBefore =
              !current.lineIdx.isEmpty()
                  && onlyBlankBetween(current.lineIdx.get(current.lineIdx.size() - 1), i)
                  && endsSentence(current.texts.get(current.texts.size() - 1));
          current.add(i, line, indented[i]);
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
        if (noise[j] == null && !lines.get(j).isEmpty()) {
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
        if (noise[j] != null || !lines.get(j).isEmpty() || pageBreaks[j]) {
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
        if (noise[j] == null && lines.get(j).isEmpty() && !pageBreaks[j]) {
          return true;
        }
      }
      return false;
    }

    int stopAt(int i) {
      int j = i;
      while (j < lines.size() && j < i + ProceduralNotes.MAX_LINES && noise[j] == null) {
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
          diagnostics.add(Removals.removed("language_note", source.get(k).number(), r[1]));
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
            resumed.add(k, lines.get(k), indented[k]);
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
            TextJoin.append(item, lines.get(idx.get(m)));
          }
          items.add(new HeadingBlock.Item(item.toString(), idx.get(k)));
          prev = idx.get(agendaEnd);
          afterAgendaItem = false;
          k = agendaEnd + 1;
          continue;
        }
        int line = idx.get(k);
        String text = lines.get(line);
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
        TextJoin.append(joined, lines.get(idx.get(m)));
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
    List<Integer> trailingHeading(List<String> all) {
      int n = texts.size();
      int k = n;
      while (k > 0 && !endsSentence(texts.get(k - 1)) && n - k < MAX_HEADING_LINES) {
        k--;
      }
      if (k == n || k == 0 || !endsSentence(texts.get(k - 1))) {
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

  static boolean endsSentence(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    return ".?!:;”\"’…".indexOf(last) >= 0;
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
