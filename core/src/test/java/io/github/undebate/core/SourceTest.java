package io.github.undebate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A record's provenance (issue 19). */
class SourceTest {
  private static final String ABC_SHA256 =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void describesTheBytesByLengthAndSha256() {
    Source s =
        Source.of(
            "abc".getBytes(StandardCharsets.US_ASCII),
            "corpus/sc/abc.txt",
            SourceFormat.TEXT,
            StandardCharsets.UTF_8);
    // The FIPS 180-2 test vector for "abc".
    assertThat(s.sha256()).isEqualTo(ABC_SHA256);
    assertThat(s.length()).isEqualTo(3);
    assertThat(s.path()).contains("corpus/sc/abc.txt");
    assertThat(s.charset()).contains("UTF-8");
    assertThat(s.undebateVersion()).isEqualTo(Source.currentVersion());
    assertThat(Source.of(new byte[0], null, SourceFormat.TEXT, null).sha256())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void aStreamHasNoPathAndAPdfNoCharset() {
    Source s = Source.of(new byte[] {'%', 'P', 'D', 'F'}, null, SourceFormat.PDF, null);
    assertThat(s.path()).isEmpty();
    assertThat(s.charset()).isEmpty();
    assertThat(s.length()).isEqualTo(4);
  }

  @Test
  void theVersionIsTheBuildsFromItsFilteredResource() {
    // Maven writes the project's version into version.properties; the tests run on its output.
    assertThat(Source.currentVersion()).matches("\\d+\\.\\d+\\.\\d+([-.][A-Za-z0-9.]+)?");
    assertThat(Source.currentVersion()).isSameAs(Source.currentVersion());
  }

  @Test
  void refusesABadDigestLengthOrVersion() {
    assertThatThrownBy(() -> source(-1, ABC_SHA256, "0.1.0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("length must not be negative, was -1");
    assertThatThrownBy(() -> source(3, ABC_SHA256.toUpperCase(java.util.Locale.ROOT), "0.1.0"))
        .hasMessageStartingWith("sha256 must be 64 lower-case hexadecimal digits, was \"BA78");
    assertThatThrownBy(() -> source(3, ABC_SHA256.substring(1), "0.1.0"))
        .hasMessageStartingWith("sha256 must be 64 lower-case hexadecimal digits");
    assertThatThrownBy(() -> source(3, ABC_SHA256, " "))
        .hasMessage("undebateVersion must not be blank");
    assertThatThrownBy(
            () ->
                new Source(
                    Optional.of(""), 3, ABC_SHA256, SourceFormat.TEXT, Optional.empty(), "0.1.0"))
        .hasMessage("path must not be blank");
  }

  @Test
  void aDebateCarriesItsSourceThroughTheBuilder() {
    Source s = source(3, ABC_SHA256, "0.1.0");
    Debate d = Debate.builder().kind(RecordKind.STATEMENT).source(s).build();
    assertThat(d.source()).contains(s);
    assertThat(d.toBuilder().build()).isEqualTo(d);
    assertThat(d.toBuilder().source(null).build().source()).isEmpty();
  }

  @Test
  void theConstructorOfBeforeTheSourceStillMakesADebateWithoutOne() {
    Debate d =
        new Debate(
            RecordKind.OTHER,
            Optional.empty(),
            Optional.empty(),
            java.util.OptionalInt.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    assertThat(d.source()).isEmpty();
    assertThat(d).isEqualTo(Debate.builder().build());
  }

  private static Source source(long length, String sha256, String version) {
    return new Source(
        Optional.of("a.txt"), length, sha256, SourceFormat.TEXT, Optional.of("UTF-8"), version);
  }
}
