package io.github.undebate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpeakerTest {

  // S/PV.8700: "Mr. Nebenzia (Russian Federation) (spoke in Russian):"
  private static Speaker.Builder nebenzia() {
    return Speaker.builder("sp2")
        .name("Nebenzia")
        .honorific("Mr.")
        .country("Russian Federation", "RU")
        .role(SpeakerRole.REPRESENTATIVE)
        .raw("Mr. Nebenzia (Russian Federation)");
  }

  @Test
  void buildsWithEveryFieldAndRoundTripsThroughToBuilder() {
    Speaker s = nebenzia().post("Permanent Representative").build();
    assertThat(s.name()).contains("Nebenzia");
    assertThat(s.countryCode()).contains("RU");
    assertThat(s.organization()).isEmpty();
    assertThat(s.toBuilder().build()).isEqualTo(s);
  }

  @Test
  void unknownFieldsStayEmptyWithTheRawLabelKept() {
    Speaker s = Speaker.builder("sp1").raw("THE PRESIDENT:").build();
    assertThat(s.name()).isEmpty();
    assertThat(s.role()).isEqualTo(SpeakerRole.UNKNOWN);
    assertThat(s.raw()).isEqualTo("THE PRESIDENT:");
  }

  @Test
  void rejectsBlankIdAndBlankOptionalText() {
    assertThatThrownBy(() -> Speaker.builder(" ").build()).hasMessage("id must not be blank");
    assertThatThrownBy(() -> nebenzia().name("").build()).hasMessage("name must not be blank");
    assertThatThrownBy(() -> nebenzia().post(" ").build()).hasMessage("post must not be blank");
  }

  @Test
  void rejectsNullRoleAndRaw() {
    assertThatThrownBy(() -> nebenzia().role(null).build()).hasMessage("role must not be null");
    assertThatThrownBy(() -> nebenzia().raw(null).build()).hasMessage("raw must not be null");
  }

  @Test
  void countryCodeIsTwoUpperCaseLetters() {
    assertThatThrownBy(() -> nebenzia().country("Russian Federation", "RUS").build())
        .hasMessageContaining("ISO 3166-1 alpha-2");
    assertThatThrownBy(() -> nebenzia().country("Russian Federation", "ru").build())
        .hasMessageContaining("ISO 3166-1 alpha-2");
  }

  @Test
  void countryCodeNeedsACountry() {
    assertThatThrownBy(() -> nebenzia().country(null, "RU").build())
        .hasMessage("countryCode RU needs a country");
  }
}
