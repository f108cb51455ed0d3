package io.github.undebate.parser.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Brackets that a PDF stores mirrored in right-to-left lines. The lines are those that PDFBox reads
 * from Saudi Arabia's 2024 General Debate statement (../shared/corpus/pdf/delivered/
 * gadebate2024_sa_ar.pdf) and from S/PV.8700.
 */
class BracketsTest {

  @Test
  void mirroredBracketsOfArabicLinesArePutBack() {
    List<String> lines =
        new ArrayList<>(
            List.of(
                "كلمة المملكة العربية السعودية في أعمال الدورة ال )79( للجمعية العامة",
                "نودُ في البداية أنّ نُهنِّئ معالي السيد/ فليمون يانغ لانتخابهِ رئيساً للدورة )التاسعة",
                "والسبعين( للجمعية العامة للأمَمِ الُمتّحدة"));
    Brackets.unmirror(lines);
    assertThat(lines.get(0)).contains("الدورة ال (79) للجمعية");
    assertThat(lines.get(1)).endsWith("للدورة (التاسعة");
    assertThat(lines.get(2)).startsWith("والسبعين)");
  }

  @Test
  void leftToRightLinesAndDocumentsThatPairTheirBracketsAreLeftAlone() {
    List<String> english =
        new ArrayList<>(List.of("Mr. Nebenzia (Russian Federation) (spoke in Russian): The"));
    Brackets.unmirror(english);
    assertThat(english)
        .containsExactly("Mr. Nebenzia (Russian Federation) (spoke in Russian): The");
    // a document whose right-to-left lines already pair their brackets keeps them: the first
    // line of the statement as it would read had the PDF stored its brackets as meant
    List<String> paired =
        new ArrayList<>(
            List.of(
                "كلمة المملكة العربية السعودية في أعمال الدورة ال (79) للجمعية العامة",
                "والسبعين( للجمعية العامة للأمَمِ الُمتّحدة"));
    Brackets.unmirror(paired);
    assertThat(paired.get(0)).contains("(79)");
    assertThat(paired.get(1)).startsWith("والسبعين(");
  }
}
