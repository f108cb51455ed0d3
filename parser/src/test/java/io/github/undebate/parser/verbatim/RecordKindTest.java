package io.github.undebate.parser.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.RecordKind;
import io.github.undebate.core.Severity;
import io.github.undebate.core.SpeakerRole;
import io.github.undebate.parser.DebateParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parser tells a whole meeting record from other texts by the text alone. */
class RecordKindTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sc/S_PV.8698_E.txt",
        "sc/S_PV.8699_E.txt",
        "sc/S_PV.8700_E.txt",
        "sc/S_PV.8701_E.txt",
        "pv/A_48_PV_document_46.txt",
        "pv/A_61_PV_document_107.txt",
        "pv/A_65_PV_document_71.txt",
        "pv/S_PV_1997_document_3756.txt"
      })
  void meetingRecordsOfEveryLayoutAreVerbatimRecords(String file) {
    assertThat(Records.parsed(file).kind())
        .as("%s is a whole meeting record", file)
        .isEqualTo(RecordKind.VERBATIM_RECORD);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../seed/belarus-csto-statement.txt",
        "ga/UNGDC_USA_75_2020.txt",
        "ga/UNGDC_UKR_01_1946.txt",
        "delivered/gadebate2024_gb_en.txt",
        "website/whitehouse_2022-09-21-background-press-briefing-on-president-bidens-meetings-at-the-united-nations.md",
        "website/whitehouse_2022-01-31-statement-from-president-biden-on-united-nations-security-council-meeting.md"
      })
  void speechesStatementsAndBriefingsAreNotVerbatimRecords(String file) {
    assertThat(Records.parsed(file).kind())
        .as("%s is not a meeting record, even where it names a meeting or has labels", file)
        .isNotEqualTo(RecordKind.VERBATIM_RECORD);
  }

  @Test
  void aDiagnosticSaysWhichReaderRanAndOnWhatSigns() {
    Diagnostic record = kindOf(Records.parsed("sc/S_PV.8698_E.txt"));
    assertThat(record.severity()).isEqualTo(Severity.INFO);
    assertThat(record.message())
        .startsWith("read as a verbatim meeting record: PV symbol (2), meeting number (1)")
        .endsWith("points, 4 make a verbatim record");
    assertThat(kindOf(Records.parsed("../seed/belarus-csto-statement.txt")).message())
        .startsWith("read as a statement (no verbatim record): ");
  }

  @Test
  void aRecordOfTheFrenchEditionIsAVerbatimRecordByItsNotesAndLabels() {
    // on the model of S/PV.8700's opening, in the French records' formulas and labels; the speech
    // is of delivered/gadebate2024_sn_fr.txt (the corpus has no French record)
    String record =
        String.join(
            "\n",
            "S/PV.8700",
            "La séance est ouverte à 18 h 5.",
            "Adoption de l'ordre du jour",
            "L'ordre du jour est adopté.",
            "Le Président : Je donne la parole au représentant du Sénégal.",
            "M. Niang (Sénégal) : Nous vivons dans un monde troublé, où les principes de la",
            "Charte des Nations Unies sont chaque jour mis à mal.",
            "Le Président : Je remercie le représentant du Sénégal.",
            "La séance est levée à 19 h 10.");
    Debate d = DebateParser.create().parse(record);
    assertThat(d.kind()).isEqualTo(RecordKind.VERBATIM_RECORD);
    assertThat(kindOf(d).message()).contains("procedural note (2)", "speaker labels (1)");
    assertThat(d.speakers())
        .anySatisfy(s -> assertThat(s.countryCode()).contains("SN"))
        .anySatisfy(s -> assertThat(s.role()).isEqualTo(SpeakerRole.PRESIDENT));
  }

  @Test
  void aRecordOfTheSpanishEditionWithoutNotesIsAVerbatimRecordByItsHeader() {
    // S/PV.8700's header in the Spanish edition's wording, labels, and no procedural note (the
    // symbol and the labels alone make 3 points of 4); the speech is of
    // delivered-2024/gadebate2024_ec_es.txt (the corpus has no Spanish record)
    String record =
        String.join(
            "\n",
            "S/PV.8700",
            "Consejo de Seguridad",
            "Septuagésimo quinto año",
            "8700ª sesión",
            "Martes 14 de enero de 2020, a las 15.00 horas",
            "Nueva York",
            "Presidente: Sr. Dang Dinh Quy . . . . . . . . . . (Viet Nam)",
            "El Presidente: Doy la palabra al representante del Ecuador.",
            "El Sr. Montalvo (Ecuador): La migración es uno de los retos más complejos y urgentes",
            "que aqueja al mundo.",
            "El Presidente: Doy las gracias al representante del Ecuador.");
    Debate d = DebateParser.create().parse(record);
    assertThat(kindOf(d).message()).contains("meeting number (1)", "President line (1)");
    assertThat(d.kind()).isEqualTo(RecordKind.VERBATIM_RECORD);
  }

  private static Diagnostic kindOf(Debate d) {
    List<Diagnostic> found =
        d.diagnostics().stream().filter(x -> x.code().equals("record.kind")).toList();
    assertThat(found).as("one record.kind diagnostic").hasSize(1);
    return found.get(0);
  }
}
