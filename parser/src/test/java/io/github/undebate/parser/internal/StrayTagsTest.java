package io.github.undebate.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StrayTagsTest {

  @Test
  void aLessThanSignBeforeWordsIsEscaped() {
    // DEU_28_1973's "understand it<a piece" keeps "<a" (an element), NER_33_1978's "<or" is text
    assertThat(StrayTags.escaped("<p>ignore <or disregard> it</p>"))
        .isEqualTo("<p>ignore &lt;or disregard> it</p>");
    assertThat(StrayTags.escaped("<p>the end <or")).isEqualTo("<p>the end &lt;or");
    assertThat(StrayTags.escaped("</or disregard it")).isEqualTo("&lt;/or disregard it");
  }

  @Test
  void whatABrowserShowsAfterAStrayTagStaysShown() {
    // found by fuzzing the HTML target: the tag "</hor his ut<script>" swallows the script's
    // start, so a browser shows "var x=1;"; escaping the first '<' made it a script
    String html = "<p>a</hor his ut<script>var x=1;</script></p>";
    assertThat(StrayTags.escaped(html)).isSameAs(html);
  }

  @Test
  void markupIsLeftAlone() {
    for (String html :
        new String[] {
          "<p class=x>a</p>",
          "<my-widget>a</my-widget>",
          "<o:p>a</o:p>",
          "<foo>a</foo>",
          "<foo bar=\"1\">a</foo>",
          "<td nowrap>a</td>",
          "<foo  >a</foo>",
          "a < b",
          "a <3 b",
          "<!-- <or disregard --><p>a</p>",
          "<script>if (a <b c) {}</script>",
          "<style>p <x y {}</style>",
          "<xmp>a <or b</xmp>",
          // found by fuzzing: escaping the title's end tag made the whole page its title
          "<title>Council</p></blockquotecurity Council</title><p>a</p>",
          // found by fuzzing: after "<plaintext/" everything is text, "&lt;" would stay literal
          "<p>a<plaintext/.itle></or disregard it",
          "<p>a<PLAINTEXT/></or disregard it",
        }) {
      assertThat(StrayTags.escaped(html)).as(html).isSameAs(html);
    }
  }
}
