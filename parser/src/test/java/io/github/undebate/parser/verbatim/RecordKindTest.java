package io.github.undebate.parser.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.RecordKind;
import io.github.undebate.core.Severity;
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

  private static Diagnostic kindOf(Debate d) {
    List<Diagnostic> found =
        d.diagnostics().stream().filter(x -> x.code().equals("record.kind")).toList();
    assertThat(found).as("one record.kind diagnostic").hasSize(1);
    return found.get(0);
  }
}
