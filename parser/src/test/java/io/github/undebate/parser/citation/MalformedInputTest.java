package io.github.undebate.parser.citation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Body;
import io.github.undebate.core.Citation;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Any input yields citations whose offsets hold, never an exception: random texts are built from
 * the pieces of the grammar (keywords, numbers, Roman numerals, slashes, brackets, line breaks)
 * with a fixed seed, so that a failure replays.
 */
class MalformedInputTest {
  private static final String[] PIECES = {
    "S/",
    "A/",
    "/",
    "PV.",
    "RES/",
    "Add.",
    "(Resumption 1)",
    "-",
    " ",
    "\n",
    ", ",
    " and ",
    "resolution ",
    "resolutions ",
    "Article ",
    "Articles ",
    "article ",
    "Chapter ",
    "Chapters ",
    "rule ",
    "rules ",
    "decision ",
    "letter ",
    "dated ",
    " of ",
    "the Charter",
    "Treaty",
    "General Assembly ",
    "Security Council ",
    "[",
    "]",
    "(",
    ")",
    "1",
    "12",
    "2020",
    "46/182",
    "2504",
    "VII",
    "XXV",
    "I",
    "ES-10/",
    "S-8/",
    "th meeting",
    "paragraph ",
    "14 October 2019",
    "31 February 2019",
    ".",
    "draft ",
    "Committee",
    "26th session",
    "\u00a0",
    "é",
    "резолюция "
  };

  @Test
  void randomTextsFromTheGrammarsPieces() {
    Random random = new Random(20260128L);
    CitationFinder finder = CitationFinder.create();
    Body[] bodies = {null, Body.SECURITY_COUNCIL, Body.GENERAL_ASSEMBLY, Body.OTHER};
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(30);
      for (int j = 0; j < n; j++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = b.toString();
      List<Citation> found = finder.find(text, bodies[i % bodies.length]);
      int lastEnd = 0;
      for (Citation c : found) {
        assertThat(text.substring(c.start(), c.end()))
            .as("offsets in %s", text)
            .isEqualTo(c.text());
        assertThat(c.start())
            .as("citations in order, not overlapping, in %s", text)
            .isGreaterThanOrEqualTo(lastEnd);
        lastEnd = c.end();
      }
    }
  }
}
