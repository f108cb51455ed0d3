package io.github.undebate.parser.internal;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.RecordKind;
import io.github.undebate.core.Severity;
import io.github.undebate.parser.internal.statement.StatementReader;
import io.github.undebate.parser.internal.text.NormalForm;
import io.github.undebate.parser.internal.text.Whitespace;
import io.github.undebate.parser.internal.verbatim.RecordKindSigns;
import io.github.undebate.parser.internal.verbatim.VerbatimReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parser's pipeline: text in, one {@link Debate} out. It normalises the text, cuts it into
 * {@link Line lines}, decides what kind of record it is (and says why, in a {@code record.kind}
 * diagnostic) and hands it to the reader for that kind.
 */
public final class RecordReader {
  private RecordReader() {}

  /** Parses the text; {@code readDiagnostics} are what decoding the input had to say. */
  public static Debate read(String input, List<Diagnostic> readDiagnostics) {
    return read(input, readDiagnostics, Optional.empty());
  }

  /**
   * Parses the text as {@link #read(String, List)} does, with the UNGDC name of the file it came
   * from, which gives a General Debate speech's State when the text does not.
   */
  public static Debate read(
      String input, List<Diagnostic> readDiagnostics, Optional<UngdcFileName> fileName) {
    return read(input, readDiagnostics, fileName, List.of());
  }

  /**
   * Parses the text as {@link #read(String, List, Optional)} does, with the layout of each of its
   * lines as a PDF gave it ({@code layouts.get(i)} for the line that {@link Line#split} cuts i-th);
   * lines keep {@link Layout#NONE} when the layouts are empty or do not match the lines one to one.
   */
  public static Debate read(
      String input,
      List<Diagnostic> readDiagnostics,
      Optional<UngdcFileName> fileName,
      List<Layout> layouts) {
    String text;
    int from; // where the text starts in text: after a byte-order mark kept in it
    int mark = input.startsWith("\uFEFF") ? 1 : 0;
    if (UnreadableCharacters.plain(input, mark)
        || mark == 1 && UnreadableCharacters.noneIn(input, 1) && NormalForm.isNfc(input, 1)) {
      // what the steps below would give, without a copy of the input (without its mark)
      text = input;
      from = mark;
      readDiagnostics = new ArrayList<>(readDiagnostics);
    } else {
      DecodedText readable = UnreadableCharacters.remove(stripBom(input), readDiagnostics);
      readDiagnostics = new ArrayList<>(readable.diagnostics());
      text = NormalForm.nfc(readable.text(), readDiagnostics);
      from = 0;
    }
    if (Whitespace.stripStart(text, from, text.length()) == text.length()) { // blank
      return Debate.builder()
          .kind(RecordKind.OTHER)
          .diagnostics(readDiagnostics)
          .addDiagnostic(
              new Diagnostic(Severity.ERROR, "input.empty", 0, "the input has no text", ""))
          .build();
    }
    List<Line> lines = Line.split(text, from);
    if (!layouts.isEmpty() && layouts.size() == lines.size()) {
      for (int i = 0; i < lines.size(); i++) {
        lines.set(i, lines.get(i).withLayout(layouts.get(i)));
      }
    }
    RecordKindSigns.Signs signs = RecordKindSigns.read(lines);
    List<Diagnostic> diagnostics = new ArrayList<>(readDiagnostics);
    diagnostics.add(
        new Diagnostic(
            Severity.INFO,
            "record.kind",
            0,
            (signs.verbatimRecord()
                    ? "read as a verbatim meeting record: "
                    : "read as a statement (no verbatim record): ")
                + signs,
            ""));
    Debate debate =
        signs.verbatimRecord()
            ? VerbatimReader.read(lines, diagnostics)
            : StatementReader.read(lines, diagnostics, fileName);
    return RemovedRuns.join(debate);
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
