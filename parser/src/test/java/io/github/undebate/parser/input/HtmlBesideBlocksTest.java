package io.github.undebate.parser.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.parser.DebateParser;
import io.github.undebate.parser.internal.HtmlText;
import io.github.undebate.parser.reliability.TextAccount;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: text that a page puts beside block elements is read, and the loss check counts from the
 * page's own text, not from what HtmlText made of it.
 */
class HtmlBesideBlocksTest {
  private static final DebateParser PARSER = DebateParser.create();

  private static void keepsEveryCharacter(String page) {
    Debate d = PARSER.parseHtml(page);
    String pageText = Jsoup.parse(page).body().text();
    TextAccount.Result r = TextAccount.check(pageText, d);
    assertThat(r.balanced()).as(r.describe()).isTrue();
  }

  @Test
  void articleTextBesideParagraphsIsKept() {
    String page =
        "<article>Mr. President, I thank you for convening this meeting.<p>We condemn the attack"
            + " in the strongest terms.</p>Our delegation will vote against the draft resolution"
            + " in document S/2022/720.<p>Thank you.</p></article>";
    String text = HtmlText.read(page).text();
    assertThat(text)
        .contains(
            "Mr. President, I thank you for convening this meeting.",
            "We condemn the attack",
            "Our delegation will vote against the draft resolution in document S/2022/720.",
            "Thank you.");
    keepsEveryCharacter(page);
  }

  @Test
  void listItemsAndQuotationsWithTheirOwnTextAndAParagraphAreKept() {
    String page =
        "<main><p>We recall three principles.</p><ul><li>Sovereignty of States<p>as the Charter"
            + " says.</p></li></ul><blockquote>All Members shall refrain<p>from the threat of"
            + " force.</p></blockquote><p>Thank you.</p></main>";
    String text = HtmlText.read(page).text();
    assertThat(text).contains("Sovereignty of States", "All Members shall refrain");
    keepsEveryCharacter(page);
  }

  @Test
  void captionsTextareasXmpAndPlaintextAreKept() {
    String page =
        "<article><p>We present the votes.</p><table><caption>Votes on draft S/2022/720</caption>"
            + "<tr><td>In favour</td><td>10</td></tr></table><textarea>A remark kept in a"
            + " form field</textarea><p>Then</p><xmp>Text shown <as> typed</xmp><p>And</p>"
            + "<plaintext>The rest of the page, as plain text.</article>";
    String text = HtmlText.read(page).text();
    assertThat(text)
        .contains(
            "Votes on draft S/2022/720",
            "A remark kept in a form field",
            "Text shown <as> typed",
            "The rest of the page, as plain text.");
    keepsEveryCharacter(page.replace("<as>", "as"));
  }

  @Test
  void navigationAndTextOutsideTheArticleAreReportedRemoved() {
    String page =
        "<body><nav>Home | News | Statements</nav><div>Sidebar note</div><article><p>We condemn"
            + " the attack.</p><p>Thank you.</p></article><footer>© Mission</footer></body>";
    keepsEveryCharacter(page);
    assertThat(PARSER.parseHtml(page).diagnostics())
        .extracting(x -> x.code() + ":" + x.excerpt())
        .contains(
            "removed.site_chrome:Home | News | Statements",
            "removed.outside_article:Sidebar note",
            "removed.site_chrome:© Mission");
  }
}
