package io.github.undebate.parser.citation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Citation;
import io.github.undebate.core.CitationType;
import org.junit.jupiter.api.Test;

/** The example in {@link CitationFinder}'s Javadoc does what it says. */
class DocumentedExampleTest {

  @Test
  void theJavadocExample() {
    assertThat(CitationFinder.create().find("as contained in document S/2020/24."))
        .containsExactly(new Citation(CitationType.DOCUMENT, "S/2020/24", 25, 34, "S/2020/24"));
  }
}
