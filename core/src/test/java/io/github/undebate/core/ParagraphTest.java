package io.github.undebate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParagraphTest {
  // The seed statement, paragraph 3.
  private static final String TEXT =
      "The CSTO is a regional organization as under Chapter VIII of the UN Charter, and it makes"
          + " a significant contribution.";

  private static Citation chapter() {
    int start = TEXT.indexOf("Chapter VIII of the UN Charter");
    return new Citation(
        CitationType.CHARTER_CHAPTER,
        "Chapter VIII of the UN Charter",
        start,
        start + 30,
        "Charter, Chapter VIII");
  }

  @Test
  void keepsCitationsWhoseTextMatchesTheSpan() {
    Paragraph p = new Paragraph(ParagraphKind.BODY, TEXT, List.of(chapter()), List.of());
    Citation c = p.citations().get(0);
    assertThat(p.text().substring(c.start(), c.end())).isEqualTo(c.text());
  }

  @Test
  void rejectsCitationWhoseTextDiffersFromTheSpan() {
    Citation shifted =
        new Citation(CitationType.CHARTER_CHAPTER, "Chapter VIII", 0, 12, "Charter, Chapter VIII");
    assertThatThrownBy(() -> new Paragraph(ParagraphKind.BODY, TEXT, List.of(shifted), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("citations[0].text must equal the paragraph text at 0..12");
  }

  @Test
  void rejectsCitationBeyondTheText() {
    Citation beyond = new Citation(CitationType.DOCUMENT, "S/2020/24", 500, 509, "S/2020/24");
    assertThatThrownBy(() -> new Paragraph(ParagraphKind.BODY, TEXT, List.of(beyond), List.of()))
        .hasMessageContaining("citations[0].end must be <= text length");
  }

  @Test
  void rejectsQuotationBeyondTheText() {
    Quotation q = new Quotation(10, 5000, Optional.of("Aleksandr Lukashenko"));
    assertThatThrownBy(() -> new Paragraph(ParagraphKind.BODY, TEXT, List.of(), List.of(q)))
        .hasMessageContaining("quotations[0].end must be <= text length");
  }

  @Test
  void rejectsBlankTextAndNullKind() {
    assertThatThrownBy(() -> new Paragraph(ParagraphKind.BODY, "  \n"))
        .hasMessage("text must not be blank");
    assertThatThrownBy(() -> new Paragraph(null, TEXT)).hasMessage("kind must not be null");
  }

  @Test
  void rejectsNullListsAndNullElements() {
    assertThatThrownBy(() -> new Paragraph(ParagraphKind.BODY, TEXT, null, List.of()))
        .hasMessage("citations must not be null");
    List<Citation> withNull = Arrays.asList(chapter(), null);
    assertThatThrownBy(() -> new Paragraph(ParagraphKind.BODY, TEXT, withNull, List.of()))
        .hasMessage("citations[1] must not be null");
  }

  @Test
  void copiesItsListsDefensively() {
    List<Citation> mutable = new ArrayList<>(List.of(chapter()));
    Paragraph p = new Paragraph(ParagraphKind.BODY, TEXT, mutable, List.of());
    mutable.clear();
    assertThat(p.citations()).hasSize(1);
    assertThatThrownBy(() -> p.citations().add(chapter()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void quotationNeedsANonEmptySpanAndANonBlankSpeaker() {
    assertThatThrownBy(() -> new Quotation(-1, 3, Optional.empty()))
        .hasMessageContaining("start must be >= 0");
    assertThatThrownBy(() -> new Quotation(4, 4, Optional.empty()))
        .hasMessageContaining("start must be < end");
    assertThatThrownBy(() -> new Quotation(0, 4, Optional.of(" ")))
        .hasMessage("speaker must not be blank");
  }
}
