package io.github.undebate.parser.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Instruments dated in full, on sentences from the corpus and seed. */
class InstrumentTest {

  @Test
  void theMonthNamesAreThoseJavaTimePrintsInEnglish() {
    assertThat(InstrumentReferences.monthNames())
        .isEqualTo(
            Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .toList());
  }

  @Test
  void lettersDated() {
    assertThat(
            Citations.in(
                "I wish to draw the attention of Council members to document S/2019/823, which"
                    + " contains the text of a letter dated 14 October 2019 from the"
                    + " Secretary-General addressed to the President of the Security Council."))
        .containsExactly("document S/2019/823", "instrument letter 2019-10-14");
    assertThat(Citations.texts("a letter dated 14 October 2019 from the Secretary-General", null))
        .containsExactly("letter dated 14 October 2019");
  }

  @Test
  void declarationsAndMemorandaDated() {
    assertThat(
            Citations.in(
                "Cooperation between the UN and the CSTO is based on a Joint Declaration on"
                    + " cooperation between the two secretariats dated 18 March 2010 and a number"
                    + " of memoranda of understanding"))
        .containsExactly("instrument declaration 2010-03-18");
    assertThat(
            Citations.in(
                "The basis for this can be found in the relevant Memorandum dated 9 November"
                    + " 2018."))
        .containsExactly("instrument memorandum 2018-11-09");
  }

  @Test
  void aSymbolMayStandBetweenTheNounAndItsDate() {
    assertThat(
            Citations.in(
                "the letter from the Permanent Representative of Ukraine (S/2020/5) dated 3 January"
                    + " 2020"))
        .containsExactly("document S/2020/5", "instrument letter 2020-01-03");
    assertThat(Citations.texts("the letter S/2020/5 dated 3 January 2020", null))
        .containsExactly("S/2020/5", "dated 3 January 2020");
  }

  @Test
  void agreementsOfADate() {
    assertThat(Citations.in("in line with an agreement of 5 May 2015 between the parties"))
        .containsExactly("instrument agreement 2015-05-05");
    assertThat(Citations.in("the statement dated November 9, 2018, by the Government"))
        .containsExactly("instrument statement 2018-11-09");
  }

  @Test
  void undatedOrPartlyDatedInstrumentsAreNot() {
    assertThat(
            Citations.in(
                "the Collective Security Treaty, the Paris Agreement, the Istanbul agreements of 22"
                    + " July, a telegram, dated 15 April, and the Geneva Conventions of 1949"))
        .isEmpty();
    assertThat(
            Citations.in(
                "the Declaration of Independence adopted at Philadelphia, on 4 July 1776, and the"
                    + " meeting of 4 July 1776"))
        .isEmpty();
    assertThat(Citations.in("a letter dated 31 February 2019")).isEmpty();
    assertThat(Citations.in("a letter was sent. It is dated 14 October 2019.")).isEmpty();
  }
}
