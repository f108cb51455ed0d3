package io.github.undebate.parser.internal.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * States named in Arabic text as speeches print them: vocalised, stretched with tatweel, in
 * presentation forms, with the spelling variants of alef, teh marbuta and alef maksura, and with a
 * conjunction or preposition joined to the name. Lines marked "iq" are from Iraq's 2024 General
 * Debate statement (../shared/corpus/pdf/delivered-2024/gadebate2024_iq_ar.pdf), "sa" from Saudi
 * Arabia's (../shared/corpus/pdf/delivered/gadebate2024_sa_ar.pdf), both as the pdf module reads
 * them; the others are made from them.
 */
class ArabicNamesTest {
  private static final Countries COUNTRIES = Countries.standard();

  /** Each State found, with the text its match covers. */
  private static List<String> found(String text) {
    return COUNTRIES.findAll(text).stream()
        .map(m -> m.country().name() + "=" + text.substring(m.start(), m.end()))
        .toList();
  }

  @Test
  void theTatweelThatStretchesAWordDoesNotCount() {
    assertThat(found("كلمة دولة الكـويت")).containsExactly("Kuwait=دولة الكـويت");
    assertThat(found("الكـويت")).containsExactly("Kuwait=الكـويت");
    assertThat(Nations.firstIn("دولـة الكـويـت").map(State::name)).contains("Kuwait");
  }

  @Test
  void vowelMarksDoNotCount() {
    // iq: "إن العراقَ، حكومةً وشعباً" (the name vocalised)
    assertThat(found("إن العراقَ، حكومةً")).containsExactly("Iraq=العراقَ");
    assertThat(found("العراقٰ")).as("dagger alef").containsExactly("Iraq=العراقٰ");
  }

  @Test
  void presentationFormsAreTheLettersTheyShow() {
    assertThat(found("ﺩﻭﻟﺔ ﺍﻟﻜﻮﻳﺖ")).containsExactly("Kuwait=ﺩﻭﻟﺔ ﺍﻟﻜﻮﻳﺖ");
    assertThat(found("ﻭﺍﻟﻜﻮﻳﺖ")).containsExactly("Kuwait=ﺍﻟﻜﻮﻳﺖ");
    assertThat(found("ﺍﻟﻌﺮﺍﻕ")).containsExactly("Iraq=ﺍﻟﻌﺮﺍﻕ");
    // "لأفغانستان" with lam and alef-hamza in one ligature (U+FEF7): the clitic "ل" and the
    // name's first letter share a character, so the match starts with the word
    assertThat(found("ﻷﻓﻐﺎﻧﺴﺘﺎﻥ")).containsExactly("Afghanistan=ﻷﻓﻐﺎﻧﺴﺘﺎﻥ");
  }

  @Test
  void spellingVariantsOfAlefTehMarbutaAndAlefMaksuraAreOne() {
    assertThat(found("مملكة اسبانيا")).containsExactly("Spain=مملكة اسبانيا");
    assertThat(found("مملكه إسبانيا")).containsExactly("Spain=مملكه إسبانيا");
    assertThat(found("جمهورية جيبوتى")).containsExactly("Djibouti=جمهورية جيبوتى");
    assertThat(found("ايران و إيران"))
        .containsExactly("Iran (Islamic Republic of)=ايران", "Iran (Islamic Republic of)=إيران");
  }

  @Test
  void aConjunctionOrPrepositionJoinedToANameIsLeftOutOfTheMatch() {
    // iq: "حيث يشكلُ هذا التحولُ بالنسبةِ للعراقِ أمراً معقداً"
    assertThat(found("حيث يشكلُ هذا التحولُ بالنسبةِ للعراقِ أمراً معقداً"))
        .containsExactly("Iraq=لعراقِ");
    // sa: "ومملكة النرويج//" and "ومملكةِ إسبانيا"
    assertThat(found("ومملكة النرويج//")).containsExactly("Norway=مملكة النرويج");
    assertThat(found("ومملكةِ إسبانيا")).containsExactly("Spain=مملكةِ إسبانيا");
    assertThat(found("والكويت بالعراق فالسودان وللعراق ولمصر"))
        .containsExactly(
            "Kuwait=الكويت", "Iraq=العراق", "Sudan=السودان", "Iraq=لعراق", "Egypt=مصر");
    assertThat(found("وجنوب السودان")).containsExactly("South Sudan=جنوب السودان");
  }

  @Test
  void aWordThatOpensWithSuchALetterIsNoNameUnlessTheRestIsAWholeName() {
    // iq: "عن امتناني العميقِ للأممِ المتحدةِ على الدعمِ"; "وبالرغمِ من المجهوداتِ الكبيرة"
    assertThat(found("عن امتناني العميقِ للأممِ المتحدةِ على الدعمِ")).isEmpty();
    assertThat(found("وبالرغمِ من المجهوداتِ الكبيرة، بلادي وبلاد")).isEmpty();
    // the article is part of the name: "بعراق" is not "بالعراق"; a longer word is no name
    assertThat(found("بعراق لعراق والعراقية بالسودانيين")).isEmpty();
    // "مالي" (Mali) is left out of the table as the word for financial, with or without "و"
    assertThat(found("دعم مالي ومالي")).isEmpty();
    // names that open with one of the letters are themselves
    assertThat(found("فلسطين لبنان كوبا بلجيكا فرنسا"))
        .containsExactly(
            "State of Palestine=فلسطين",
            "Lebanon=لبنان",
            "Cuba=كوبا",
            "Belgium=بلجيكا",
            "France=فرنسا");
    assertThat(found("المغرب العربي والمغرب العربي"))
        .as("the look-alike region, also after a conjunction")
        .isEmpty();
  }
}
