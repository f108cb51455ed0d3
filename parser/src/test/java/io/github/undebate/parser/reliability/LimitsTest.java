package io.github.undebate.parser.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.undebate.parser.DebateParseException;
import io.github.undebate.parser.DebateParser;
import io.github.undebate.parser.LimitExceededException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every limit is named, has a documented default, and its breach names it. */
class LimitsTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    DebateParser parser = DebateParser.create();
    assertThat(parser.maxInputChars()).isEqualTo(64 * 1024 * 1024);
    assertThat(parser.maxInputBytes()).isEqualTo(256 * 1024 * 1024);
  }

  @Test
  void aStreamOneByteOverTheByteLimitIsRefusedAndOneAtItIsRead() throws IOException {
    DebateParser parser = DebateParser.builder().maxInputBytes(20).build();
    byte[] atLimit = "Thank you, Madam Pr.".getBytes(StandardCharsets.UTF_8);
    assertThat(atLimit).hasSize(20);
    assertThat(parser.parse(new ByteArrayInputStream(atLimit)).proceedings()).isNotEmpty();
    byte[] over = "Thank you, Madam Pre".getBytes(StandardCharsets.UTF_8);
    InputStream longer =
        new java.io.SequenceInputStream(
            new ByteArrayInputStream(over), new ByteArrayInputStream(new byte[] {'s'}));
    assertThatThrownBy(() -> parser.parse(longer))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("maxInputBytes = 20")
        .hasMessageContaining("DebateParser.builder().maxInputBytes(...)")
        .satisfies(
            e -> {
              assertThat(((LimitExceededException) e).limit()).isEqualTo("maxInputBytes");
              assertThat(((LimitExceededException) e).maximum()).isEqualTo(20);
            });
  }

  @Test
  void aFileOverTheByteLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("big.txt"), new byte[1000]);
    DebateParser parser = DebateParser.builder().maxInputBytes(999).build();
    assertThatThrownBy(() -> parser.parse(file))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("maxInputBytes = 999 (was 1000)");
  }

  @Test
  void theCharacterLimitAppliesToDecodedTextToo() {
    // 12 characters in UTF-16 are 26 bytes with the mark: within the byte limit, over the char one.
    byte[] utf16 = "Thank you!!!".getBytes(StandardCharsets.UTF_16);
    DebateParser parser = DebateParser.builder().maxInputChars(11).maxInputBytes(26).build();
    assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream(utf16)))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("maxInputChars = 11 (was 12)");
  }

  @Test
  void htmlMarkupCountsAgainstTheCharacterLimit() {
    DebateParser parser = DebateParser.builder().maxInputChars(10).build();
    assertThatThrownBy(() -> parser.parseHtml("<p>Thank you.</p>"))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("maxInputChars");
  }

  @Test
  void builderRejectsANonPositiveByteLimit() {
    assertThatThrownBy(() -> DebateParser.builder().maxInputBytes(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxInputBytes must be positive, was -1");
  }

  @Test
  void aBreachedLimitIsADebateParseException() {
    assertThat(DebateParseException.class).isAssignableFrom(LimitExceededException.class);
    assertThat(RuntimeException.class).isAssignableFrom(DebateParseException.class);
  }
}
