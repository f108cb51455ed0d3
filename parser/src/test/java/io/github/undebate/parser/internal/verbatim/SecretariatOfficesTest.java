package io.github.undebate.parser.internal.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.SpeakerRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Officials of the Secretariat labelled with their department ("Ms. X (Department for General
 * Assembly and Conference Management):", as General Assembly records label the official who reads
 * out a correction or announces the programme): the Secretariat's, the department as the post.
 */
class SecretariatOfficesTest {
  private static Speaker speakerOf(String label) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    SpeakerRoll roll =
        new SpeakerRoll(
            RecordHeader.builder().build(),
            new Invitations(List.of()),
            new RecordNames(),
            diagnostics);
    roll.resolve(SpeakerLabel.read(label).orElseThrow(), 1);
    return roll.speakers().get(0);
  }

  @Test
  void anOfficialLabelledWithADepartmentIsTheSecretariats() {
    Speaker s =
        speakerOf(
            "Ms. Sharma (Department for General Assembly and Conference Management): I should"
                + " like to announce");
    assertThat(s.role()).isEqualTo(SpeakerRole.SECRETARIAT);
    assertThat(s.organization()).hasValue("United Nations");
    assertThat(s.post()).hasValue("Department for General Assembly and Conference Management");
    assertThat(s.country()).isEmpty();
  }

  @Test
  void anOfficeOfTheSecretariatToo() {
    Speaker s = speakerOf("Mr. Griffiths (Office for the Coordination of Humanitarian Affairs): I");
    assertThat(s.role()).isEqualTo(SpeakerRole.SECRETARIAT);
    assertThat(s.post()).hasValue("Office for the Coordination of Humanitarian Affairs");
  }

  @Test
  void aRepresentativeStaysTheStates() {
    Speaker s = speakerOf("Mr. Nebenzia (Russian Federation): The Russian Federation");
    assertThat(s.role()).isEqualTo(SpeakerRole.REPRESENTATIVE);
    assertThat(s.organization()).isEmpty();
  }
}
