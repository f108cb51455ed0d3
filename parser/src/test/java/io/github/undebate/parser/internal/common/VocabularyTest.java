package io.github.undebate.parser.internal.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Body;
import io.github.undebate.parser.internal.language.LanguageNames;
import org.junit.jupiter.api.Test;

/** Honorifics, languages, organs and organizations as the corpus prints them. */
class VocabularyTest {

  @Test
  void honorificsOpenLabels() {
    Honorifics h = Honorifics.standard();
    assertThat(h.leading("Mr. Nebenzia (Russian Federation):")).contains("Mr.");
    assertThat(h.leading("Mrs. Gueguen (France) ( spoke in French ):")).contains("Mrs.");
    assertThat(h.leading("Ms. DeShong (Saint Vincent and the Grenadines):")).contains("Ms.");
    assertThat(h.leading("H.E. Mr. Aleksandr Lukashenko")).contains("H.E.");
    assertThat(h.leading("His Excellency Mr. Jair Messias Bolsonaro")).contains("His Excellency");
    assertThat(h.leading("SEM Bassirou Diomaye Faye")).contains("SEM");
    assertThat(h.leading("Senhor Presidente")).contains("Senhor");
    assertThat(h.leading("Dr. Tedros")).contains("Dr.");
    assertThat(h.leading("Ambassador Linda Thomas-Greenfield")).contains("Ambassador");
    assertThat(h.leading("Mississippi")).isEmpty();
    assertThat(h.leading("Mr.Nebenzia")).contains("Mr.");
    assertThat(h.leading("M. Macron")).contains("M.");
    assertThat(h.leading("M.V. Ryzhenkov")).as("an initial, not Monsieur").isEmpty();
    assertThat(h.leading("  Sir David Hannay (United Kingdom)")).contains("Sir");
    assertThat(h.leading("Mrs Smith")).contains("Mrs");
    assertThat(h.leading("President Biden")).as("posts are no honorifics").isEmpty();
    assertThat(h.leading("The President:")).isEmpty();
  }

  @Test
  void languagesOfInterpretationNotes() {
    LanguageNames l = LanguageNames.standard();
    assertThat(l.code("Russian")).contains("ru");
    assertThat(l.code("French ")).contains("fr");
    assertThat(l.code("ARABIC")).contains("ar");
    assertThat(l.code("Chinese")).contains("zh");
    assertThat(l.code("Spanish")).contains("es");
    assertThat(l.code("English")).contains("en");
    assertThat(l.code("Portuguese")).contains("pt");
    assertThat(l.code("Klingon")).isEmpty();
  }

  @Test
  void organsOfTheUnitedNations() {
    Organs o = Organs.standard();
    assertThat(o.find("First Lady Melania Trump Addresses U.N. Security Council"))
        .contains(Body.SECURITY_COUNCIL);
    assertThat(o.find("UN SECURITY COUNCIL")).contains(Body.SECURITY_COUNCIL);
    assertThat(o.find("before the 76th Session of the United Nations General Assembly"))
        .contains(Body.GENERAL_ASSEMBLY);
    assertThat(o.find("ECOSOC")).contains(Body.ECONOMIC_AND_SOCIAL_COUNCIL);
    assertThat(o.lookup("Human Rights Council")).contains(Body.HUMAN_RIGHTS_COUNCIL);
    assertThat(o.lookup("Economic and Social Council")).contains(Body.ECONOMIC_AND_SOCIAL_COUNCIL);
    assertThat(o.find("a council of elders")).isEmpty();
  }

  @Test
  void organizationsAsTheGoldNamesThem() {
    Organizations o = Organizations.standard();
    assertThat(o.lookup("EU").map(Organization::name)).contains("European Union");
    assertThat(o.lookup("the Elders").map(Organization::name)).contains("The Elders");
    assertThat(o.lookup("CSTO").map(Organization::name))
        .contains("Collective Security Treaty Organization");
    assertThat(
            o.find("Permanent Representative of Belarus to the United Nations")
                .map(m -> m.organization().name()))
        .contains("United Nations");
    assertThat(
            o.find("funded by the United Nations Children's Fund")
                .map(m -> m.organization().name()))
        .contains("United Nations Children's Fund");
    assertThat(o.find("who spoke")).isEmpty();
  }
}
