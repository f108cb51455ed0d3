package io.github.undebate.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Speaker;
import io.github.undebate.parser.DebateParser;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Who speaks in the Arabic statements of the 2024 General Debate, read from their PDFs (the only
 * real Arabic text of the corpus): the State from an Arabic byline or from what the speech says of
 * its own State, the name as the byline prints it, without honorific or post.
 */
class PdfSpeakerTest {
  private static final DebateParser PARSER = DebateParser.create();
  private static final Path PDF =
      Path.of(System.getProperty("undebate.shared", "../../shared"), "corpus", "pdf");

  private static Speaker speaker(Debate d) {
    return d.speakers().get(0);
  }

  private static boolean says(Debate d, String code) {
    return d.diagnostics().stream().map(Diagnostic::code).anyMatch(code::equals);
  }

  @Test
  void saudiArabiasBylineNamesItsStateAndNoOne() throws IOException {
    // "كلمة المملكة العربية السعودية في أعمال الدورة ال (79) للجمعية العامة"
    Debate d = PARSER.parse(PDF.resolve("delivered/gadebate2024_sa_ar.pdf"));
    assertThat(speaker(d).country()).contains("Saudi Arabia");
    assertThat(speaker(d).countryCode()).contains("SA");
    assertThat(speaker(d).name()).isEmpty();
    assertThat(says(d, "speaker.country_from_byline")).isTrue();
  }

  @Test
  void kuwaitsBylineOverLinesGivesHonorificPostAndName() throws IOException {
    // "كلمة" / "سمــو ولــي العهــد" / "الشيخ صباح خالد الحمد الـمبارك الصباح (حفظه الله)" /
    // "فــــي"
    Debate d = PARSER.parse(PDF.resolve("delivered-2024/gadebate2024_kw_ar.pdf"));
    Speaker s = speaker(d);
    assertThat(s.name()).contains("صباح خالد الحمد المبارك الصباح");
    assertThat(s.honorific()).contains("سمو الشيخ");
    assertThat(s.post()).contains("ولي العهد");
    assertThat(says(d, "speaker.name_from_byline")).isTrue();
    // the speech's fonts map some glyphs to other letters, so that what it says of Kuwait may not
    // be read: Kuwait or no State, never another
    assertThat(s.countryCode().orElse("KW")).isEqualTo("KW");
  }

  @Test
  void iraqsSpeechWithoutABylineSpeaksForIraqOrForNoOne() throws IOException {
    // no byline: only what the speech says of its own State can name it, and nothing else may
    Debate d = PARSER.parse(PDF.resolve("delivered-2024/gadebate2024_iq_ar.pdf"));
    assertThat(speaker(d).countryCode().orElse("IQ")).isEqualTo("IQ");
    assertThat(speaker(d).name()).isEmpty();
  }
}
