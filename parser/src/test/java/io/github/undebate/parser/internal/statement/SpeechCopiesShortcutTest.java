package io.github.undebate.parser.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.common.ResourceTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The copies the statement reader no longer makes (issue 14) give what the copies gave, on every
 * text of the test corpus: the speech's opening joined from its first paragraphs, the bylines'
 * articles, connectors and honorifics tried only where one may open, and a lower-cased range read
 * in place.
 */
class SpeechCopiesShortcutTest {
  private static final Pattern ARTICLE = Pattern.compile("(?i)(?:the|le|la|el) ");
  private static final Pattern CONNECTOR = Pattern.compile("(?i)(?:by|of|de|del|du|par|por) ");

  /** Every text of the test corpus, and a few that lower-case in more than one way. */
  private static List<String> texts() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p));
      }
    }
    texts.add("Mr. Erdoğan of İSTANBUL SAID “peace”, ΟΔΥΣΣΕΥΣ said 𝐒𝐀𝐈𝐃 “no” KELVIN");
    return texts;
  }

  /** Each text as paragraphs: its runs of non-blank lines joined by a space. */
  private static List<Paragraphing.Block> blocks(String text) {
    List<Paragraphing.Block> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (String line : (text + "\n\n").lines().toList()) {
      if (line.isBlank()) {
        if (run.length() > 0) {
          out.add(new Paragraphing.Block(run.toString(), out.size() + 1, out.size() + 1));
        }
        run.setLength(0);
      } else {
        run.append(run.length() == 0 ? "" : (run.length() % 3 == 0 ? "\n" : " ")).append(line);
      }
    }
    return out;
  }

  @Test
  void theOpeningIsTheJoinedTextsOpening() throws IOException {
    int texts = 0;
    for (String text : texts()) {
      List<Paragraphing.Block> all = blocks(text);
      for (int k = 0; k <= Math.min(all.size(), 12); k++) {
        List<Paragraphing.Block> some = all.subList(0, k);
        String whole = new SpeechText(some).text();
        int end = whole.indexOf('\n');
        for (int n : new int[] {0, 1, 20, 100, 600, 5000}) {
          assertThat(new SpeechText(some).opening(n))
              .isEqualTo(whole.substring(0, Math.min(n, whole.length())));
        }
        assertThat(new SpeechText(some).firstParagraph())
            .isEqualTo(end < 0 ? whole : whole.substring(0, end));
        texts++;
      }
    }
    assertThat(texts).isGreaterThan(100);
  }

  @Test
  void theUnquotedTextIsTheTextWithItsQuotationsBlanked() throws IOException {
    int quoted = 0;
    for (String text : texts()) {
      List<Paragraphing.Block> all = blocks(text);
      String whole = new SpeechText(all).text();
      String unquoted = new SpeechText(all).quotations().blanked(0, whole.length());
      assertThat(unquoted).isEqualTo(QuotationsByHand.blanked(whole));
      quoted += unquoted.equals(whole) ? 0 : 1;
    }
    assertThat(quoted).isGreaterThan(3);
  }

  @Test
  void aSpeechWhoseFirstParagraphOpensWithNoHonorificHasNoBylineInIt() throws IOException {
    int named = 0;
    for (String text : texts()) {
      List<Paragraphing.Block> all = blocks(text);
      // each paragraph as the speech's first, with the two after it
      for (int k = 0; k < all.size(); k++) {
        SpeechText speech = new SpeechText(all.subList(k, Math.min(all.size(), k + 3)));
        String opening = speech.opening(600);
        java.util.Optional<String> inOpening =
            io.github.undebate.parser.internal.common.Honorifics.standard().leading(opening, 0);
        String first = speech.firstBlock();
        if (!first.isEmpty() && !Character.isWhitespace(first.charAt(0))) {
          assertThat(
                  io.github.undebate.parser.internal.common.Honorifics.standard()
                      .leading(first, 0)
                      .isEmpty())
              .as(first)
              .isEqualTo(inOpening.isEmpty());
        }
        named += inOpening.isPresent() ? 1 : 0;
      }
    }
    assertThat(named).isGreaterThan(3);
  }

  @Test
  void aHeadlineIsFoundAsTheStraightWayFindsIt() throws IOException {
    Pattern verb = Pattern.compile(" (?:delivers|addresses|speaks (?:at|to|before)) ");
    int headlines = 0;
    List<String> lines = new ArrayList<>();
    for (String text : texts()) {
      lines.addAll(text.lines().toList());
    }
    lines.add("Prime Minister Narendra Modi  delivers\u00a0a statement");
    lines.add("President Emmanuel Macron speaks\tto the General Assembly");
    for (String line : lines) {
      boolean found =
          verb.matcher(io.github.undebate.parser.internal.text.Whitespace.clean(line)).find();
      if (line.indexOf("delivers") < 0
          && line.indexOf("addresses") < 0
          && line.indexOf("speaks") < 0) {
        assertThat(found).as(line).isFalse(); // where the shortcut says no, so does the pattern
      }
      headlines += found && BylineForms.headline(line).isPresent() ? 1 : 0;
    }
    assertThat(headlines).isPositive();
  }

  @Test
  void articlesConnectorsAndHonorificsAreFoundAsTheStraightWayFindsThem() throws IOException {
    int stripped = 0;
    int honorifics = 0;
    for (String text : texts()) {
      for (String line : text.lines().toList()) {
        // the line and each of its word starts, as a byline's rest is cut
        for (int at = 0; at >= 0 && at < line.length(); ) {
          String s = line.substring(at);
          Matcher a = ARTICLE.matcher(s);
          String article = a.lookingAt() ? s.substring(a.end()).strip() : s;
          assertThat(PrintedSpeaker.stripArticle(s)).isEqualTo(article);
          Matcher c = CONNECTOR.matcher(s);
          if (!c.lookingAt()) {
            assertThat(PrintedSpeaker.stripConnector(s)).isEqualTo(s);
          }
          String comma = s.toLowerCase(Locale.ROOT).startsWith(",") ? s.substring(1) : s;
          assertThat(PrintedSpeaker.stripComma(s)).isEqualTo(comma);
          if (!s.isEmpty() && !BylineWords.mayOpenHonorific(s.charAt(0))) {
            assertThat(BylineWords.leadingHonorific(s)).as(s).isEmpty();
          } else {
            honorifics += BylineWords.leadingHonorific(s).isPresent() ? 1 : 0;
          }
          stripped += article != s ? 1 : 0;
          int space = line.indexOf(' ', at);
          at = space < 0 ? -1 : space + 1;
        }
      }
    }
    assertThat(stripped).isGreaterThan(10);
    assertThat(honorifics).isGreaterThan(10);
  }

  @Test
  void aLowerCaseViewReadsAsTheLowerCasedCopy() throws IOException {
    List<String> verbs = ResourceTable.lowerCasePhrases(QuotedSpeech.class, "speech-verbs.txt");
    Random random = new Random(14);
    int viewed = 0;
    int refused = 0;
    for (String text : texts()) {
      for (int i = 0; i < 400; i++) {
        int from = random.nextInt(text.length());
        int to = Math.min(text.length(), from + random.nextInt(600));
        if (i == 0) {
          from = 0;
          to = text.length();
        }
        if (!QuotedSpeech.LowerCaseView.fits(text, from, to)) {
          refused++;
          continue;
        }
        String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
        QuotedSpeech.LowerCaseView view = new QuotedSpeech.LowerCaseView(text, from, to);
        assertThat(view.length()).isEqualTo(lower.length());
        StringBuilder read = new StringBuilder();
        for (int j = 0; j < view.length(); j++) {
          read.append(view.charAt(j));
        }
        assertThat(read.toString()).isEqualTo(lower);
        for (String verb : verbs) {
          for (int at : new int[] {-1, 0, lower.length() / 2, lower.indexOf(verb), to - from}) {
            assertThat(view.startsWith(verb, at)).isEqualTo(lower.startsWith(verb, at));
          }
        }
        viewed++;
      }
    }
    assertThat(viewed).isGreaterThan(1000);
    assertThat(refused).isPositive();
  }

  @Test
  void theSpeakerBeforeAQuotationIsFoundAsInALowerCasedCopy() {
    assertThat(QuotedSpeech.speakerOf("Mr. Aleksandr Lukashenko has repeatedly POINTED OUT that "))
        .contains("Aleksandr Lukashenko");
    assertThat(QuotedSpeech.speakerOf("Mr. Aleksandr Lukashenko has repeatedly pointedly “"))
        .isEmpty();
    // a capital dotted I lower-cases to two characters: the copy is made then
    assertThat(QuotedSpeech.speakerOf("President Erdoğan of TÜRKİYE SAID ")).contains("Erdoğan");
  }
}
