package io.github.undebate.parser.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A scraped page to plain text: the article body's blocks, one paragraph each. */
public final class HtmlText {
  private HtmlText() {}

  /** The text of the page's main content, blocks separated by blank lines. */
  public static String of(String html) {
    Document doc = Jsoup.parse(html);
    doc.select("script, style, noscript, nav, header, footer, aside, form").remove();
    Element root = doc.selectFirst("article, main, [role=main]");
    if (root == null) {
      root = doc.body();
    }
    StringBuilder out = new StringBuilder();
    for (Element block : root.select("h1, h2, h3, h4, h5, h6, p, li, blockquote, td, th")) {
      if (block.selectFirst("p, li, blockquote") != null && !block.is("li")) {
        continue; // a container: its own blocks carry the text
      }
      String text = block.text().strip();
      if (!text.isEmpty()) {
        out.append(text).append("\n\n");
      }
    }
    if (out.length() == 0) {
      out.append(root.wholeText());
    }
    return out.toString();
  }
}
