package io.github.undebate.parser.citation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Body;
import io.github.undebate.core.Citation;
import java.util.List;

/** Test shorthand: the citations of a text as "type target" strings, offsets checked. */
final class Citations {
  private static final CitationFinder FINDER = CitationFinder.create();

  private Citations() {}

  static List<String> in(String text) {
    return in(text, null);
  }

  static List<String> in(String text, Body body) {
    List<Citation> found = FINDER.find(text, body);
    for (Citation c : found) {
      assertThat(text.substring(c.start(), c.end()))
          .as("the citation's text is the paragraph's substring(start, end)")
          .isEqualTo(c.text());
    }
    return found.stream().map(c -> c.type().name().toLowerCase() + " " + c.target()).toList();
  }

  static List<String> texts(String text, Body body) {
    return FINDER.find(text, body).stream().map(Citation::text).toList();
  }
}
