package io.github.undebate.formats;

import io.github.undebate.core.Body;
import io.github.undebate.core.Citation;
import io.github.undebate.core.CitationType;
import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Heading;
import io.github.undebate.core.Member;
import io.github.undebate.core.Note;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.ParagraphKind;
import io.github.undebate.core.Quotation;
import io.github.undebate.core.RecordKind;
import io.github.undebate.core.Severity;
import io.github.undebate.core.Source;
import io.github.undebate.core.SourceFormat;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.SpeakerRole;
import io.github.undebate.core.Statement;
import io.github.undebate.core.Vote;
import io.github.undebate.core.VoteMethod;
import io.github.undebate.core.VoteOutcome;
import io.github.undebate.core.VoteTotals;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * A model that uses every field, after the Security Council's 8700th meeting (S/PV.8700, 10 January
 * 2020) as the JSON contract's example shows it.
 */
final class Samples {
  private Samples() {}

  static final String AMENDMENT =
      "The Russian Federation should like to propose an oral amendment to paragraph 6 of the"
          + " draft resolution contained in document S/2020/24.";

  static Debate everyField() {
    String quoted =
        "As the Charter says in Article 51, \u201cnothing shall impair the inherent right\u201d.";
    int article = quoted.indexOf("Article 51");
    int quoteStart = quoted.indexOf('\u201c');
    return Debate.builder()
        .kind(RecordKind.VERBATIM_RECORD)
        .symbol("S/PV.8700")
        .body(Body.SECURITY_COUNCIL)
        .meetingNumber(8700)
        .session("Seventy-fifth year")
        .date(LocalDate.of(2020, 1, 10))
        .time(LocalTime.of(18, 5))
        .title("The situation in the Middle East")
        .location("New York")
        .presidentId("sp1")
        .provisional(true)
        .members(List.of(new Member("Belgium", "Mr. Pecsteen de Buytswerve")))
        .agenda(List.of("The situation in the Middle East"))
        .addSpeaker(
            Speaker.builder("sp1")
                .name("Dang")
                .honorific("Mr.")
                .country("Viet Nam", "VN")
                .role(SpeakerRole.PRESIDENT)
                .raw("Mr. Dang (Viet Nam)")
                .build())
        .addSpeaker(
            Speaker.builder("sp2")
                .name("Nebenzia")
                .honorific("Mr.")
                .country("Russian Federation", "RU")
                .role(SpeakerRole.REPRESENTATIVE)
                .raw("Mr. Nebenzia (Russian Federation)")
                .build())
        .addSpeaker(
            Speaker.builder("sp3")
                .name("DiCarlo")
                .honorific("Ms.")
                .organization("United Nations")
                .role(SpeakerRole.SECRETARIAT)
                .post("Under-Secretary-General for Political and Peacebuilding Affairs")
                .raw("Ms. DiCarlo")
                .build())
        .addProceeding(new Note("The meeting was called to order at 6.05 p.m."))
        .addProceeding(new Heading("Adoption of the agenda"))
        .addProceeding(new Note("The agenda was adopted."))
        .addProceeding(new Heading("The situation in the Middle East"))
        .addProceeding(
            new Statement(
                "sp2",
                Optional.of("ru"),
                List.of(
                    new Paragraph(ParagraphKind.SALUTATION, "Mr. President,"),
                    new Paragraph(
                        ParagraphKind.BODY,
                        AMENDMENT,
                        List.of(
                            new Citation(
                                CitationType.DOCUMENT, "S/2020/24", 125, 134, "S/2020/24")),
                        List.of()),
                    new Paragraph(
                        ParagraphKind.QUOTE,
                        quoted,
                        List.of(
                            new Citation(
                                CitationType.CHARTER_ARTICLE,
                                "Article 51",
                                article,
                                article + "Article 51".length(),
                                "Charter, Article 51")),
                        List.of(
                            new Quotation(
                                quoteStart, quoted.length() - 1, Optional.of("the Charter")))),
                    new Paragraph(ParagraphKind.CLOSING, "Thank you."))))
        .addProceeding(new Statement("sp3", Optional.empty(), List.of(Paragraph.body("Briefly."))))
        .addProceeding(
            new Vote(
                VoteMethod.SHOW_OF_HANDS,
                Optional.of("S/2020/27"),
                List.of("Belgium", "China"),
                List.of(),
                List.of("Russian Federation"),
                VoteOutcome.ADOPTED,
                Optional.of("S/RES/2505 (2020)")))
        .addProceeding(
            new Vote(
                VoteMethod.RECORDED,
                Optional.empty(),
                List.of(),
                List.of("China"),
                List.of(),
                VoteOutcome.NOT_ADOPTED,
                Optional.empty()))
        .addProceeding(new Statement("sp1", Optional.empty(), List.of()))
        // Issue 16's examples: "Draft resolution A/64/L.47 was adopted by 121 votes to 5, with 3
        // abstentions (resolution 64/290)." and "It was so decided (decision 76/423)."
        .addProceeding(
            Vote.builder(VoteMethod.RECORDED, VoteOutcome.ADOPTED)
                .draft("A/64/L.47")
                .totals(new VoteTotals(121, 5, 3))
                .resolution("A/RES/64/290")
                .build())
        .addProceeding(
            Vote.builder(VoteMethod.WITHOUT_VOTE, VoteOutcome.ADOPTED)
                .resolution("A/DEC/76/423")
                .build())
        .source(
            new Source(
                Optional.of("corpus/sc/S_PV.8700.txt"),
                61_440,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                SourceFormat.TEXT,
                Optional.of("UTF-8"),
                "0.1.0"))
        .addDiagnostic(
            new Diagnostic(
                Severity.INFO, "removed.page_header", 212, "removed a page header", "20-00815 3/5"))
        .build();
  }
}
