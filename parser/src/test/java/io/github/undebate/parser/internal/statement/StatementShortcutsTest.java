package io.github.undebate.parser.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Paragraph;
import io.github.undebate.parser.internal.language.TextLanguage;
import io.github.undebate.parser.internal.text.Whitespace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The statement reader's shortcuts give what the slower code they replace gave, on every text of
 * the test corpus: a count that stops early says what the whole count says.
 */
class StatementShortcutsTest {
  /** Each test corpus text as paragraphs: one a line, and one a run of lines. */
  private static List<List<Paragraph>> texts() throws IOException {
    List<List<Paragraph>> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        List<Paragraph> lines = new ArrayList<>();
        List<Paragraph> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String line : Files.readString(p).lines().toList()) {
          if (line.isBlank()) {
            if (!run.toString().isBlank()) {
              runs.add(Paragraph.body(run.toString()));
            }
            run.setLength(0);
          } else {
            lines.add(Paragraph.body(line));
            run.append(run.length() == 0 ? "" : " ").append(line);
          }
        }
        texts.add(lines);
        texts.add(runs);
      }
    }
    // a page of the meeting tables: cells without full stops
    List<Paragraph> table = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      table.add(Paragraph.body(" S/PV." + (8600 + i) + " | Security Council | Briefing " + i));
    }
    texts.add(table);
    table.add(Paragraph.body("One sentence. Another. A third one!"));
    texts.add(table);
    return texts;
  }

  @Test
  void theSpeechPresenceOfTheOneReadingIsThatOfTheParagraphsCounted() throws IOException {
    int absent = 0;
    int texts = 0;
    for (List<Paragraph> text : texts()) {
      // every prefix of the text's first paragraphs, and the whole text
      for (int k = 1; k <= text.size(); k = k < 40 ? k + 1 : k * 2) {
        List<Paragraph> some = k < text.size() ? text.subList(0, k) : text;
        TextLanguage.Reading reading =
            TextLanguage.read(some.stream().map(Paragraph::text).toList());
        List<Diagnostic> quick = new ArrayList<>();
        List<Diagnostic> whole = new ArrayList<>();
        boolean slow = SpeechPresence.absent(some, whole);
        assertThat(SpeechPresence.absent(reading.words(), reading.sentenceEnds(), quick))
            .as("%d paragraphs", k)
            .isEqualTo(slow);
        assertThat(quick).isEqualTo(whole);
        absent += slow ? 1 : 0;
        texts++;
      }
    }
    assertThat(absent).as("texts without a speech").isGreaterThan(2);
    assertThat(texts - absent).as("speeches").isGreaterThan(100);
  }

  /** Where a sentence from {@code start} ends, read a character at a time (the rule's words). */
  private static int sentenceEnd(String speech, int start) {
    for (int i = Math.max(start, 1); i < speech.length(); i++) {
      if (Whitespace.isSpace(speech.charAt(i)) && ".!?".indexOf(speech.charAt(i - 1)) >= 0) {
        return i;
      }
    }
    return speech.length();
  }

  @Test
  void sentenceEndsFoundByTheirMarksAreThoseReadCharacterByCharacter() throws IOException {
    List<String> speeches =
        new ArrayList<>(List.of("", ".", ". ", "a.", "Yes. No!\nWhy? ", "a.b. c"));
    for (List<Paragraph> text : texts()) {
      speeches.add(String.join("\n", text.stream().map(Paragraph::text).toList()));
    }
    Random random = new Random(14);
    for (String speech : speeches) {
      PostInSpeech.SentenceEnd inOrder = new PostInSpeech.SentenceEnd(speech);
      for (int start = 0; start <= speech.length(); start++) {
        assertThat(inOrder.from(start)).as("from %d", start).isEqualTo(sentenceEnd(speech, start));
      }
      PostInSpeech.SentenceEnd anyOrder = new PostInSpeech.SentenceEnd(speech);
      for (int k = 0; k < 200; k++) {
        int start = random.nextInt(speech.length() + 1);
        assertThat(anyOrder.from(start)).as("from %d", start).isEqualTo(sentenceEnd(speech, start));
      }
    }
  }

  /** The honorific that opens the text, every honorific compared (the rule's words). */
  private static Optional<String> everyHonorific(String text) {
    for (String h : BylineWords.HONORIFICS) {
      if (text.regionMatches(true, 0, h, 0, h.length())
          && (text.length() == h.length() || text.charAt(h.length()) == ' ')) {
        return Optional.of(text.substring(0, h.length()));
      }
    }
    return Optional.empty();
  }

  @Test
  void anHonorificIsLookedForAmongThoseThatOpenWithTheTextsFirstCharacter() throws IOException {
    List<String> texts = new ArrayList<>(BylineWords.HONORIFICS);
    for (String h : BylineWords.HONORIFICS) {
      texts.add(h.toUpperCase(Locale.ROOT) + " Ali");
      texts.add(h.toLowerCase(Locale.ROOT) + " ali");
      texts.add(h + "x");
    }
    texts.addAll(List.of("", " ", "ſheikh", "\ud835\udc00 x", "ıı", "\u212Ang"));
    for (List<Paragraph> text : texts()) {
      for (Paragraph p : text) {
        String t = p.text();
        // the text from each word on, as bylines are read word by word
        for (int at = 0; at < t.length() && at < 400; at = t.indexOf(' ', at) + 1) {
          texts.add(t.substring(at, Math.min(t.length(), at + 60)));
          if (t.indexOf(' ', at) < 0) {
            break;
          }
        }
      }
    }
    int found = 0;
    for (String t : texts) {
      Optional<String> expected = everyHonorific(t);
      assertThat(BylineWords.leadingHonorific(t)).as(t).isEqualTo(expected);
      found += expected.isPresent() ? 1 : 0;
    }
    assertThat(found).isGreaterThan(BylineWords.HONORIFICS.size() * 2);
    // a character beyond the BMP, which opens with a surrogate, has no case pair within it
    List<Integer> pairedInBmp = new ArrayList<>();
    for (int cp = Character.MIN_SUPPLEMENTARY_CODE_POINT; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.toUpperCase(cp) < 0x10000 || Character.toLowerCase(cp) < 0x10000) {
        pairedInBmp.add(cp);
      }
    }
    assertThat(pairedInBmp).isEmpty();
  }

  @Test
  void phrasesByTheirEndsAreEveryPhraseThatOpensOrEndsTheTextInOrder() throws IOException {
    List<String> phrases =
        List.of("on behalf of", "of", "my country", "my", "\u0627\u0644", "'s", "f", "on");
    PhraseEnds ends = PhraseEnds.of(phrases);
    List<String> texts = new ArrayList<>(List.of("", "of", "my", "'s own", "on behalf of f"));
    for (List<Paragraph> text : texts()) {
      for (Paragraph p : text) {
        texts.add(p.text());
        texts.add(p.text().toLowerCase(Locale.ROOT));
      }
    }
    int hits = 0;
    for (String t : texts) {
      List<String> opening = phrases.stream().filter(t::startsWith).toList();
      List<String> ending = phrases.stream().filter(t::endsWith).toList();
      // the phrases that fit, among those given, are all that fit, in the same order
      assertThat(Stream.of(ends.opening(t)).filter(t::startsWith).toList())
          .as(t)
          .isEqualTo(opening);
      assertThat(Stream.of(ends.ending(t)).filter(t::endsWith).toList()).as(t).isEqualTo(ending);
      hits += opening.size() + ending.size();
    }
    assertThat(hits).isGreaterThan(100);
  }

  @Test
  void noLetterOfTheScriptsLookedForStandsBeforeTheCharacterTheirSearchStartsFrom() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      // a code point beyond the BMP is a surrogate pair in a String: both halves from U+D800 on
      char first = (char) Math.min(cp, Character.MIN_HIGH_SURROGATE);
      if (script == Character.UnicodeScript.ARABIC) {
        assertThat(first).as("U+%04X", cp).isGreaterThanOrEqualTo(BylineScripts.FIRST_ARABIC);
      } else if (script == Character.UnicodeScript.HAN) {
        assertThat(first).as("U+%04X", cp).isGreaterThanOrEqualTo(BylineScripts.FIRST_HAN);
      } else if (script == Character.UnicodeScript.CYRILLIC) {
        assertThat(first).as("U+%04X", cp).isGreaterThanOrEqualTo(BylineScripts.FIRST_CYRILLIC);
      }
    }
    assertThat(
            BylineScripts.holdsFrom(
                "Statement by H.E. Mr. Lukashenko", BylineScripts.FIRST_CYRILLIC))
        .isFalse();
    assertThat(BylineScripts.arabic("كلمة")).isTrue();
  }
}
