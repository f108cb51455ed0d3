package io.github.undebate.parser.citation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Body;
import org.junit.jupiter.api.Test;

/** Numbers that are not citations: years, page numbers, phone numbers, times, counts. */
class NoCitationTest {

  @Test
  void yearsPagesPhonesAndTimes() {
    assertThat(
            Citations.in(
                "In 2015, 193 States adopted the 2030 Agenda (see page 12, p. 3, pp. 4-5). Call"
                    + " +1 (212) 963-1234 or 212/963-1234 before 10.20 a.m. on 13/01/2020; 20-00899"
                    + " (E) *2000899* 2/12",
                Body.SECURITY_COUNCIL))
        .isEmpty();
  }

  @Test
  void aTextWithoutDigitsOrChaptersCostsNothing() {
    assertThat(CitationFinder.create().find("The Charter, resolutions and articles.")).isEmpty();
    assertThat(CitationFinder.create().find("")).isEmpty();
  }
}
