package io.github.undebate.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.RecordKind;
import io.github.undebate.parser.DebateParser;
import io.github.undebate.parser.reliability.TextAccount;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemovedRunsTest {
  private static final DebateParser PARSER = DebateParser.create();

  @Test
  void manyShortRemovedLinesBecomeOneDiagnosticThatKeepsTheirText() {
    // issue 18: "x\n" three million times held a diagnostic per line, 200 bytes each, and wrote
    // a 470 MB JSON file; a text of such lines reads as no language and is removed
    String input = "x\n".repeat(30_000);
    Debate d = PARSER.parse(input);
    List<Diagnostic> removed =
        d.diagnostics().stream().filter(x -> x.code().equals("removed.unreadable_text")).toList();
    assertThat(removed).hasSize(1);
    assertThat(removed.get(0).line()).isEqualTo(1);
    assertThat(removed.get(0).message()).contains("30000 times, lines 1 to 30000");
    assertThat(removed.get(0).excerpt()).isEqualTo(input.strip());
    TextAccount.Result r = TextAccount.check(input, d);
    assertThat(r.balanced()).as(r.describe()).isTrue();
  }

  @Test
  void aRunAsLongAsARealRecordsIsLeftOneDiagnosticPerLine() {
    // the dev corpus's longest run is 241 lines (an Arabic speech); up to MAX_RUN stay apart
    String input = "x\n".repeat(RemovedRuns.MAX_RUN);
    Debate d = PARSER.parse(input);
    assertThat(d.diagnostics())
        .filteredOn(x -> x.code().equals("removed.unreadable_text"))
        .hasSize(RemovedRuns.MAX_RUN);
  }

  @Test
  void joiningTwiceChangesNothing() {
    Debate d = PARSER.parse("x\n".repeat(3_000));
    assertThat(RemovedRuns.join(d)).isSameAs(d);
  }

  @Test
  void runsOfDifferentKindsStayApart() {
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (int i = 1; i <= 3_000; i++) {
      diagnostics.add(Removals.removed(i <= 1_500 ? "page_number" : "barcode", i, "*" + i + "*"));
    }
    Debate d = Debate.builder().kind(RecordKind.OTHER).diagnostics(diagnostics).build();
    assertThat(RemovedRuns.join(d).diagnostics())
        .extracting(Diagnostic::code, Diagnostic::line)
        .containsExactly(tuple("removed.page_number", 1), tuple("removed.barcode", 1_501));
  }

  @Test
  void removalsShareTheirWording() {
    Diagnostic a = Removals.removed("page_number", 1, "2/18");
    Diagnostic b = Removals.removed("page_number", 2, "3/18");
    assertThat(a.code()).isSameAs(b.code()).isEqualTo("removed.page_number");
    assertThat(a.message()).isSameAs(b.message()).isEqualTo("removed page number");
  }
}
