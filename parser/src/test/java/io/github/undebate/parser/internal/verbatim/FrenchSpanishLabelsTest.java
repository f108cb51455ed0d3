package io.github.undebate.parser.internal.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Proceeding;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who the French and Spanish labels of bilingual records and of the French and Spanish editions
 * name, once the roll has read them: the honorific, the name, the country through the one country
 * resolver (its French and Spanish names, also of the USSR and its two Republics), the presiding
 * officer for "Le Président" and "El Presidente", and the language of "(parle en anglais)", "(habla
 * en francés)". The labels are made on the model of the records' own English labels (the corpus has
 * no French or Spanish record); the speech after them is of delivered/gadebate2024_sn_fr.txt (line
 * 73) and delivered-2024/gadebate2024_ec_es.txt (line 168).
 */
class FrenchSpanishLabelsTest {
  private static final String FRENCH = "Nous vivons dans un monde troublé, où les";
  private static final String SPANISH =
      "La migración es uno de los retos más complejos y urgentes que aqueja al mundo.";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "M. PARODI (France) :|fr|M. PARODI FR representative -",
        "Sir Alexander CADOGAN (Royaume-Uni) :|fr|Sir Alexander CADOGAN GB representative -",
        "M. Vassilenko (Ukraine) (parle en russe) :|fr|M. Vassilenko UA representative ru",
        "Mme Ahmed (Soudan) :|fr|Mme Ahmed SD representative -",
        "Le PRÉSIDENT :|fr|- - - president -",
        "Le Président (parle en anglais) :|fr|- - - president en",
        "El Presidente:|es|- - - president -",
        "El Sr. Moncada (Venezuela):|es|Sr. Moncada VE representative -",
        "La Sra. Ahmed (Sudán) (habla en francés):|es|Sra. Ahmed SD representative fr",
        "M. VYCHINSKY (URSS) :|fr|M. VYCHINSKY SU representative -",
        "M. MANUILSKY (RSS d'Ukraine) :|fr|M. MANUILSKY UA representative -",
        "M. KISELEV (RSS de Biélorussie) :|fr|M. KISELEV BY representative -",
        "M. DE LA TOURNELLE (États-Unis d'Amérique) :|fr|M. DE LA TOURNELLE US representative -",
      })
  void speaker(String label, String speech, String expected) {
    String input = label + " " + (speech.equals("fr") ? FRENCH : SPANISH);
    assertThat(read(input)).as(input).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the UN's Spanish short name, which is not the ISO one ("Federación Rusa")
        "El Sr. Nebenzia (Federación de Rusia):|RU",
        "M. Nebenzia (Fédération de Russie) :|RU",
      })
  void theStateInParenthesesIsTheCountryAndNoPost(String label, String code) {
    Debate debate = DecisionExamplesTest.assemble(label + " " + SPANISH);
    Speaker who = debate.speakers().get(0);
    assertThat(who.countryCode()).as(label).contains(code);
    assertThat(who.post()).as(label).isEmpty();
  }

  /**
   * The speaker of the one statement (honorific, name, country code, role) and its language, "-"
   * for what is missing.
   */
  private static String read(String input) {
    Debate debate = DecisionExamplesTest.assemble(input);
    List<String> out = new ArrayList<>();
    for (Proceeding p : debate.proceedings()) {
      if (p instanceof Statement s) {
        Speaker who = debate.speaker(s.speakerId()).orElseThrow();
        out.add(
            String.join(
                " ",
                who.honorific().orElse("-"),
                who.name().orElse("-"),
                who.countryCode().orElse("-"),
                who.role().toString().toLowerCase(java.util.Locale.ROOT),
                s.language().orElse("-")));
      }
    }
    return String.join("\n", out);
  }
}
