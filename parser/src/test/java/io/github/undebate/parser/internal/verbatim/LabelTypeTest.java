package io.github.undebate.parser.internal.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.Statement;
import io.github.undebate.parser.internal.Layout;
import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.RecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The type of a PDF's lines is evidence next to the words of a speaker label: where a record sets
 * its labels in bold, a line that reads like a label but opens in roman type is speech. The text is
 * S/PV.8700 (corpus/sc/S_PV.8700_E.txt); its lines are given the layout that the PDF gives them,
 * labels opening in bold as the PDF sets them.
 */
class LabelTypeTest {
  private static final Pattern LABEL_OPENING =
      Pattern.compile("^(The President|Mrs?\\.|Ms\\.) [^:]{0,60}(:|\\()");

  @Test
  void boldLabelsReadAsTheWordsAloneReadThem() throws IOException {
    String text = record();
    Debate plain = RecordReader.read(text, List.of());
    Debate laidOut = RecordReader.read(text, List.of(), Optional.empty(), layouts(text, -1));
    assertThat(laidOut.proceedings()).isEqualTo(plain.proceedings());
    assertThat(laidOut.speakers()).isEqualTo(plain.speakers());
  }

  @Test
  void aLabelInRomanTypeWhereLabelsAreBoldIsSpeech() throws IOException {
    String text = record();
    int heusgen = lineIndex(text, "Mr. Heusgen (Germany): Let me first thank all");
    Debate plain = RecordReader.read(text, List.of());
    Debate roman = RecordReader.read(text, List.of(), Optional.empty(), layouts(text, heusgen));
    assertThat(plain.speakers()).anyMatch(s -> s.name().orElse("").contains("Heusgen"));
    assertThat(roman.speakers()).noneMatch(s -> s.name().orElse("").contains("Heusgen"));
    assertThat(roman.statements()).hasSize(plain.statements().size() - 1);
    assertThat(roman.statements())
        .anyMatch(s -> text(s).contains("Mr. Heusgen (Germany): Let me first thank all"));
  }

  private static String text(Statement s) {
    StringBuilder sb = new StringBuilder();
    for (Paragraph p : s.paragraphs()) {
      sb.append(p.text()).append(' ');
    }
    return sb.toString();
  }

  /**
   * A layout a line: page 1, in the body, bold where a label opens, except at line {@code roman}.
   */
  private static List<Layout> layouts(String text, int roman) {
    List<Layout> layouts = new ArrayList<>();
    List<Line> lines = Line.split(text);
    for (int i = 0; i < lines.size(); i++) {
      boolean bold = i != roman && LABEL_OPENING.matcher(lines.get(i).text()).find();
      layouts.add(new Layout(OptionalInt.of(1), Layout.Band.BODY, bold, false));
    }
    return layouts;
  }

  private static int lineIndex(String text, String opening) {
    List<Line> lines = Line.split(text);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).text().startsWith(opening)) {
        return i;
      }
    }
    throw new AssertionError("no line opens with " + opening);
  }

  private static String record() throws IOException {
    try (InputStream in = LabelTypeTest.class.getResourceAsStream("/corpus/sc/S_PV.8700_E.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
