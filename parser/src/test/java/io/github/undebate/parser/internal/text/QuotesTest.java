package io.github.undebate.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotesTest {

  @Test
  void openingMarksPairWithTheirClosingOnes() {
    assertThat(Quotes.closing('“')).isEqualTo('”');
    assertThat(Quotes.closing('«')).isEqualTo('»');
    assertThat(Quotes.closing('"')).isEqualTo('"');
    assertThat(Quotes.isOpening('’')).as("an apostrophe opens nothing").isFalse();
    assertThat(Quotes.isClosing('»')).isTrue();
  }

  @Test
  void aQuotedTitleIsUnquoted() {
    String title = "«Nous, les peuples»";
    assertThat(Quotes.isWhollyQuoted(title)).isTrue();
    assertThat(Quotes.unquote(title)).isEqualTo("Nous, les peuples");
    assertThat(Quotes.isWhollyQuoted("\"\"")).as("two straight quotes alone").isFalse();
    assertThat(Quotes.isWhollyQuoted("“Leave no one behind” and more")).isFalse();
  }

  @Test
  void aTitleCutByABlankLineIsStillOpen() {
    assertThat(Quotes.opensUnclosed("Theme: “Unity in diversity, to advance")).isTrue();
    assertThat(Quotes.opensUnclosed("Theme: “Unity in diversity”")).isFalse();
    assertThat(Quotes.opensUnclosed("\"straight quotes do not count")).isFalse();
  }
}
