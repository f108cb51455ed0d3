package io.github.undebate.parser.internal.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.text.AsciiCase;
import io.github.undebate.parser.internal.text.SampleTexts;
import io.github.undebate.parser.internal.text.Spacing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The record-kind signs rule a line out before their patterns run: each quick test may say yes
 * wrongly, never no where the pattern matches, on every line of the test corpus and on lines made
 * to match.
 */
class RecordKindSignsGatesTest {
  /** Lines every sign's pattern matches, in the three editions' words. */
  private static final List<String> SIGNS =
      List.of(
          "8699th meeting",
          "  Seventy-ninth session 12th plenary meeting",
          "S/PV.8700 8700e séance",
          "71e  séance plénière",
          "8700ª sesión",
          "\tPresident:\tMr. Nebenzia",
          "Présidente : Mme Frazier",
          " PRESIDENTA: Sra. Frazier",
          "The meeting was called to order at 10.05 a.m.",
          " \tLa séance est levée à 13 h 5.",
          "Se abre la sesión a las 10.00 horas.");

  private static List<String> lines() throws IOException {
    List<String> lines = new ArrayList<>(SIGNS);
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        lines.addAll(Files.readString(p).lines().toList());
      }
    }
    return lines;
  }

  @Test
  void aPresidentLineIsFoundWhereThePatternMatchesIt() {
    List<String> openings =
        List.of(
            "President",
            "PRESIDENT",
            "Président",
            "Présidente",
            "PRÉSIDENT",
            "PRÉSIDENTE",
            "Presidente",
            "Presidenta",
            "PRESIDENTE",
            "PRESIDENTA",
            "PresIDENT",
            "Pres",
            "P",
            "Pre sident",
            "President Lukashenko",
            "Prime Minister",
            "Peace",
            "PRÉSIDENCE");
    List<String> lines = new ArrayList<>();
    for (String opening : openings) {
      for (String before : List.of("", "  ", "\t", "\u00a0", "\u2003")) {
        for (String after : List.of(":", " : ", ": Mr. X (France)", " said:", "", ":  ")) {
          lines.add(before + opening + after);
        }
      }
    }
    int found = 0;
    for (String line : lines) {
      boolean expected =
          AsciiCase.contains(line, "sident")
              && RecordKindSigns.PRESIDENT_LINE.matcher(line).matches();
      assertThat(RecordKindSigns.isPresidentLine(line)).as(line).isEqualTo(expected);
      found += expected ? 1 : 0;
    }
    assertThat(found).isGreaterThan(20);
  }

  @Test
  void aLineRuledOutHoldsNoSign() throws IOException {
    int meetings = 0;
    int presidents = 0;
    int notes = 0;
    for (String line : lines()) {
      boolean meeting =
          AsciiCase.contains(line, "meeting") && RecordKindSigns.MEETING.matcher(line).find()
              || (AsciiCase.contains(line, "ance") || AsciiCase.contains(line, "sesi"))
                  && RecordKindSigns.SEANCE.matcher(line).find();
      assertThat(RecordKindSigns.holdsMeetingNumber(line)).as(line).isEqualTo(meeting);
      if (meeting) {
        meetings++;
        assertThat(RecordKindSigns.hasDigit(line)).as(line).isTrue();
      }
      boolean president =
          AsciiCase.contains(line, "sident")
              && RecordKindSigns.PRESIDENT_LINE.matcher(line).matches();
      assertThat(RecordKindSigns.isPresidentLine(line)).as(line).isEqualTo(president);
      if (president) {
        presidents++;
        assertThat(RecordKindSigns.mayBePresidentLine(line)).as(line).isTrue();
      }
      boolean note = NoteOpenings.RECORD_SIGN.matcher(line).find();
      // the sign's gate (where a sign's text stands) is read in place from a Line
      assertThat(NoteOpenings.isRecordSign(Line.split("x\n" + line + "\n").get(1)))
          .as(line)
          .isEqualTo(note);
      if (note) {
        notes++;
      }
    }
    assertThat(meetings).as("lines with a meeting number").isGreaterThan(10);
    assertThat(presidents).as("President lines").isGreaterThan(5);
    assertThat(notes).as("procedural notes").isGreaterThan(10);
  }

  /** The signs read from each line's characters, as before the marks (the rule's words). */
  private static RecordKindSigns.Signs readLineByLine(List<Line> lines) {
    boolean symbol = false;
    boolean meeting = false;
    boolean president = false;
    boolean note = false;
    int labels = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line printed = lines.get(i);
      if (i < 150 && !(symbol && meeting && president)) {
        String line = printed.printed();
        boolean letterSpaced = Spacing.hasRun(line, LetterSpacing.SHORTEST_RUN);
        CharSequence repaired = letterSpaced ? LetterSpacing.repair(line) : line;
        symbol = symbol || RecordSymbols.isIn(repaired);
        meeting = meeting || RecordKindSigns.holdsMeetingNumber(repaired);
        president = president || RecordKindSigns.isPresidentLine(repaired);
      }
      note = note || NoteOpenings.isRecordSign(printed);
      if (labels < 3
          && printed.printed().indexOf(':') >= 0
          && SpeakerLabel.read(printed.stripped()).isPresent()) {
        labels++;
      }
    }
    return new RecordKindSigns.Signs(symbol, meeting, president, note, labels);
  }

  @Test
  void theSignsReadWithMarksAreThoseReadLineByLine() throws IOException {
    List<String> texts = new ArrayList<>();
    texts.addAll(SampleTexts.corpusFiles().values());
    String[] parts = {
      "S/PV.8699",
      "PV",
      "P",
      "V",
      "8699th meeting",
      "71e séance",
      "8700ª sesión",
      "É",
      "ó",
      "President: Mr. X",
      "Mr. X (France):",
      "The PRESIDENT:",
      ":",
      "M r . D e i s s",
      "a b c",
      "\ud835\udc00 \ud835\udc00 x",
      " ",
      "  ",
      "\t",
      "\u00a0",
      "\n",
      "\r\n",
      "word",
      "The meeting",
      "12th MeEtInG",
      "3rd MEETING",
      "m",
      "M",
      "meetin",
      "Meeting"
    };
    Random random = new Random(15);
    for (int n = 0; n < 3_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(60); k > 0; k--) {
        b.append(parts[random.nextInt(parts.length)]);
        b.append(random.nextInt(4) == 0 ? "\n" : " ");
      }
      texts.add(b.toString());
    }
    int verbatim = 0;
    for (String text : texts) {
      List<Line> lines = Line.split(text);
      RecordKindSigns.Signs expected = readLineByLine(lines);
      assertThat(RecordKindSigns.read(lines)).as(text).isEqualTo(expected);
      verbatim += expected.verbatimRecord() ? 1 : 0;
    }
    assertThat(verbatim).isBetween(10, texts.size() - 300);
  }

  @Test
  void aLetterSpacedRunReadInPlaceIsFoundWhereTheLineHasOne() throws IOException {
    List<String> lines = lines();
    lines.addAll(List.of("M r . D e i s s", "  a b  c d e ", "x 𝐀 y z", "", "   ", "a", "ab c d"));
    Random random = new Random(15);
    String alphabet = "ab  \t\u00a0.\ud835\udc00\u2003";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(14); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      lines.add(sb.toString());
    }
    int spaced = 0;
    for (String line : lines) {
      // the line inside a text, as a record's lines stand in it
      String text = "x y z\n" + line + "\na b c";
      for (int shortest = 0; shortest <= 4; shortest++) {
        boolean expected = Spacing.hasRun(line, shortest);
        assertThat(RecordKindSigns.hasRun(text, 6, 6 + line.length(), shortest))
            .as("%s, %d", line, shortest)
            .isEqualTo(expected);
        spaced += expected && shortest == 3 ? 1 : 0;
      }
    }
    assertThat(spaced).isGreaterThan(10);
  }

  @Test
  void aMeetingNumberTriedAtDigitsIsFoundWhereFindFindsIt() throws IOException {
    List<String> lines = lines();
    Path speeches =
        Path.of("../benchmarks/src/main/resources/io/github/undebate/benchmarks/corpus");
    try (Stream<Path> files = Files.walk(speeches.resolve("ungdc-sample"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        lines.addAll(Files.readString(p).lines().toList());
      }
    }
    String[] parts = {
      "8699",
      "1",
      "th",
      "st",
      "e",
      "ª",
      " ",
      "\t",
      "\u00a0",
      "meeting",
      "MEETING",
      "plenary",
      "séance",
      "sesión",
      "a",
      "_",
      "é",
      "\u0301",
      "\u0660",
      "-",
      "\ud835\udc00",
      "8699th"
    };
    Random random = new Random(15);
    for (int i = 0; i < 30_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(10); k > 0; k--) {
        sb.append(parts[random.nextInt(parts.length)]);
      }
      lines.add(sb.toString());
    }
    int found = 0;
    for (String line : lines) {
      for (Pattern p : List.of(RecordKindSigns.MEETING, RecordKindSigns.SEANCE)) {
        boolean expected = p.matcher(line).find();
        assertThat(RecordKindSigns.matchesAtDigit(p, line)).as(line).isEqualTo(expected);
        found += expected ? 1 : 0;
      }
    }
    assertThat(found).isGreaterThan(100);
  }

  @Test
  void onlyTheLettersLookedForMatchTheAccentedLettersOfTheFrenchAndSpanishSign() {
    Pattern e = Pattern.compile("é", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    Pattern o = Pattern.compile("ó", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String s = String.valueOf(c);
      if (e.matcher(s).matches() || o.matcher(s).matches()) {
        assertThat(RecordKindSigns.maySeance(s)).as("U+%04X", (int) c).isTrue();
      }
    }
    assertThat(RecordKindSigns.SEANCE.pattern()).contains("séance", "sesión");
  }

  @Test
  void quickTestsSayNoToProse() {
    String prose = "the importance of assistance to the President's initiative";
    assertThat(RecordKindSigns.hasDigit(prose)).isFalse();
    assertThat(RecordKindSigns.maySeance(prose + " 1945")).isFalse();
    assertThat(RecordKindSigns.mayBePresidentLine(prose)).isFalse();
    assertThat(NoteOpenings.isRecordSign(Line.split(prose).get(0))).isFalse();
  }

  @Test
  void aLetterSpacedRunIsFoundAsTheLineIsRead() throws IOException {
    List<String> lines = lines();
    lines.addAll(List.of("M r . D e i s s", "  a b  c d e ", "x 𝐀 y z", "", "   ", "a", "ab c d"));
    Random random = new Random(14);
    String alphabet = "ab  \t\u00a0.\ud835\udc00";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(14); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      lines.add(sb.toString());
    }
    Spacing spacing = new Spacing();
    int spaced = 0;
    for (String line : lines) {
      int longest = spacing.read(line).longestRun();
      for (int shortest = 0; shortest <= 5; shortest++) {
        assertThat(Spacing.hasRun(line, shortest))
            .as("%s, %d", line, shortest)
            .isEqualTo(longest >= shortest);
      }
      spaced += longest >= LetterSpacing.SHORTEST_RUN ? 1 : 0;
    }
    assertThat(spaced).isGreaterThan(10);
  }
}
