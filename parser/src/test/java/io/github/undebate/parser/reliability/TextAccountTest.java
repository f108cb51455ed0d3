package io.github.undebate.parser.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Heading;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.ParagraphKind;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.Statement;
import io.github.undebate.parser.DebateParser;
import io.github.undebate.parser.internal.Removals;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The no-text-lost checker itself, on small models built by hand. */
class TextAccountTest {
  private static final String INPUT =
      """
      Security Council 8700th meeting
      The President: I thank Mr. Guterres for his
      briefing.
      S/PV.8700 2/3
      The President: I now give the floor to Ms. Bachelet.
      """;

  private static Debate model(String firstParagraph, boolean reportPageHeader) {
    Speaker president = Speaker.builder("sp1").raw("The President:").build();
    Debate.Builder b =
        Debate.builder()
            .addSpeaker(president)
            .addProceeding(new Heading("Security Council 8700th meeting"))
            .addProceeding(new Statement("sp1", Optional.empty(), List.of(body(firstParagraph))))
            .addProceeding(
                new Statement(
                    "sp1",
                    Optional.empty(),
                    List.of(body("I now give the floor to Ms. Bachelet."))));
    if (reportPageHeader) {
      b.addDiagnostic(Removals.removed("page_header", 4, "S/PV.8700 2/3"));
    }
    return b.build();
  }

  private static Paragraph body(String text) {
    return new Paragraph(ParagraphKind.BODY, text, List.of(), List.of());
  }

  @Test
  void aModelThatKeepsOrReportsEverythingBalances() {
    TextAccount.Result r =
        TextAccount.check(INPUT, model("I thank Mr. Guterres for his briefing.", true));
    assertThat(r.balanced()).as(r.describe()).isTrue();
  }

  @Test
  void silentlyRemovedPageHeaderIsFoundWithItsLine() {
    TextAccount.Result r =
        TextAccount.check(INPUT, model("I thank Mr. Guterres for his briefing.", false));
    assertThat(r.balanced()).isFalse();
    // "S/PV.8700 2/3" minus what other text supplies: the heading has "8700", nothing has '/'.
    assertThat(r.missing()).containsEntry((int) '/', 2).containsEntry((int) 'V', 1);
    assertThat(r.places()).anySatisfy(p -> assertThat(p).startsWith("line 4: \"S/PV.8700\""));
    assertThat(r.describe()).contains("'/' (U+002F) ×2");
  }

  @Test
  void aDroppedWordIsMissingEvenWhenItsLettersAreCommonElsewhere() {
    TextAccount.Result r = TextAccount.check(INPUT, model("I thank Mr. Guterres for his.", true));
    assertThat(r.balanced()).isFalse();
    assertThat(r.missingCount()).isEqualTo("briefing".length());
    assertThat(r.places()).containsExactly("line 3: \"briefing.\" in \"briefing.\"");
  }

  @Test
  void aRepeatedLabelIsCountedOncePerStatementNotOncePerSpeaker() {
    Debate oneStatement =
        Debate.builder()
            .addSpeaker(Speaker.builder("sp1").raw("The President:").build())
            .addProceeding(new Statement("sp1", Optional.empty(), List.of(body("Thanks."))))
            .build();
    String twoLabels = "The President: Thanks.\nThe President:";
    TextAccount.Result r = TextAccount.check(twoLabels, oneStatement);
    assertThat(r.missing()).containsEntry((int) ':', 1).containsEntry((int) 'P', 1);
  }

  @Test
  void whitespaceControlsAndTheByteOrderMarkNeedNoAccount() {
    Debate d =
        Debate.builder()
            .addSpeaker(Speaker.builder("sp1").raw("x").build())
            .addProceeding(new Statement("sp1", Optional.empty(), List.of(body("Peace."))))
            .build();
    TextAccount.Result r = TextAccount.check("\uFEFF\u0000 Pe\u00A0ace.\t\u2003\r\n", d);
    assertThat(r.balanced()).as(r.describe()).isTrue();
  }

  @Test
  void noncharactersAndLoneSurrogatesThatTheParserCountsNeedNoAccount() {
    // found by fuzzing the HTML target: U+FFFF is removed and counted (input.control_characters)
    String input = "Pe\uFFFFace.\uD800 \uFFFE";
    Debate d = DebateParser.create().parse(input);
    assertThat(d.diagnostics())
        .extracting(Diagnostic::code)
        .contains("input.control_characters", "input.malformed");
    TextAccount.Result r = TextAccount.check(input, d);
    assertThat(r.balanced()).as(r.describe()).isTrue();
  }

  @Test
  void inputIsComparedAfterNfcNormalisationAsTheParserSeesIt() {
    Debate d =
        Debate.builder()
            .addSpeaker(Speaker.builder("sp1").raw("x").build())
            .addProceeding(new Statement("sp1", Optional.empty(), List.of(body("Côte"))))
            .build();
    assertThat(TextAccount.check("Co\u0302te", d).balanced()).isTrue();
  }

  @Test
  void headerFieldsCountByTheirPrintedForm() {
    Debate d =
        Debate.builder()
            .symbol("S/PV.8700")
            .meetingNumber(8700)
            .date(LocalDate.of(2020, 1, 9))
            .build();
    TextAccount.Result r =
        TextAccount.check("S/PV.8700 8700th meeting Thursday, 9 January 2020", d);
    assertThat(r.missing().keySet())
        .containsExactlyInAnyOrder(
            (int) 't', (int) 'h', (int) 'm', (int) 'e', (int) 'i', (int) 'n', (int) 'g', (int) ',');
  }
}
