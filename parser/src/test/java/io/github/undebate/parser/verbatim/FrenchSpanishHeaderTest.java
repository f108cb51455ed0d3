package io.github.undebate.parser.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Body;
import io.github.undebate.core.Debate;
import io.github.undebate.parser.DebateParser;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The header of a whole record in the French and Spanish editions' wording. The corpus has no
 * French or Spanish record: the header lines of sc/S_PV.8700_E.txt (lines 2-9 and 23) are put in
 * the words those editions print, the rest of the record is kept as it is.
 */
class FrenchSpanishHeaderTest {
  private static final Debate ENGLISH = Records.parsed("sc/S_PV.8700_E.txt");

  @Test
  void theFrenchEditionsHeaderIsRead() {
    Debate d =
        edition(
            "Conseil de sécurité",
            "Soixante-quinzième année",
            "8700e séance",
            "Vendredi 10 janvier 2020, à 15 heures",
            "Provisoire",
            "Président : M. Dang",
            "Membres :",
            "Ordre du jour");
    assertThat(d.body()).hasValue(Body.SECURITY_COUNCIL);
    assertThat(d.session()).hasValue("Soixante-quinzième année");
    assertThat(d.president().orElseThrow().honorific()).hasValue("M.");
    assertThat(d.president().orElseThrow().name()).hasValue("Dang");
    assertSameAsEnglish(d);
  }

  @Test
  void theSpanishEditionsHeaderIsRead() {
    Debate d =
        edition(
            "Consejo de Seguridad",
            "Septuagésimo quinto año",
            "8700ª sesión",
            "Viernes 10 de enero de 2020, a las 15.00 horas",
            "Provisional",
            "Presidente: Sr. Dang",
            "Miembros:",
            "Orden del día");
    assertThat(d.body()).hasValue(Body.SECURITY_COUNCIL);
    assertThat(d.session()).hasValue("Septuagésimo quinto año");
    assertThat(d.president().orElseThrow().honorific()).hasValue("Sr.");
    assertThat(d.president().orElseThrow().name()).hasValue("Dang");
    assertSameAsEnglish(d);
  }

  /** What does not depend on the language is what the English edition's header gives. */
  private static void assertSameAsEnglish(Debate d) {
    assertThat(d.meetingNumber()).hasValue(8700);
    assertThat(d.date()).hasValue(LocalDate.of(2020, 1, 10));
    assertThat(d.time()).hasValue(LocalTime.of(15, 0));
    assertThat(d.location()).hasValue("New York");
    assertThat(d.provisional()).isTrue();
    assertThat(d.president().orElseThrow().country())
        .isEqualTo(ENGLISH.president().orElseThrow().country());
    assertThat(d.members()).hasSameSizeAs(ENGLISH.members()).hasSize(14);
    assertThat(d.agenda()).isEqualTo(ENGLISH.agenda());
    assertThat(d.proceedings()).hasSameSizeAs(ENGLISH.proceedings());
  }

  /** S/PV.8700 with its header lines in another edition's words (symbol line kept). */
  private static Debate edition(
      String organ,
      String year,
      String meeting,
      String date,
      String provisional,
      String president,
      String members,
      String agenda) {
    String text =
        Records.text("sc/S_PV.8700_E.txt")
            .replaceFirst("(?m)^Security Council$", organ)
            .replaceFirst("(?m)^Seventy-fifth year$", year)
            .replaceFirst("(?m)^8700th meeting$", meeting)
            .replaceFirst(
                "(?m)^Friday, 10 January 2020, 3 p\\.m\\.", Matcher.quoteReplacement(date))
            .replaceFirst("(?m)^Provisional$", provisional)
            .replaceFirst("(?m)^President : Mr\\. Dang", Matcher.quoteReplacement(president))
            .replaceFirst("(?m)^Members :", members)
            .replaceFirst("(?m)^Agenda$", agenda);
    assertThat(text).contains(organ, year, meeting, date, president, members, agenda);
    return DebateParser.create().parse(text);
  }
}
