package io.github.undebate.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * A scraped page to plain text that the text path reads: the page's heading, byline and {@code
 * <time>}, then the article body's blocks, one paragraph each, separated by blank lines.
 * Navigation, headers, footers, scripts, forms, share bars and related-article lists are dropped.
 * The article body is the {@code <article>} or {@code <main>} element, a CMS's body container
 * (WordPress {@code .entry-content}, Drupal {@code .field--name-body}), else the element holding
 * the most paragraph text.
 */
public final class HtmlText {
  private static final String DROPPED =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button,"
          + " select, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
  // class or id words of chrome blocks in WordPress, Drupal and mission-site themes
  private static final Pattern CHROME_CLASS =
      Pattern.compile(
          "(?i)(^|[\\s_-])(related|share|sharing|social|breadcrumbs?|menu|sidebar|comments?|widget|teaser|"
              + "newsletter|cookie|pager|pagination|tags|more-articles|latest|read-more|navbar|skip)([\\s_-]|$)");
  private static final String BODY_CONTAINERS =
      ".entry-content, .post-content, .article-content, .article-body, .field--name-body,"
          + " .node__content, .field-name-body, [itemprop=articleBody]";
  // where WordPress and Drupal themes print the author or byline
  private static final String BYLINES =
      ".byline, .author, [rel=author], [itemprop=author], .entry-meta, .node__meta, .submitted,"
          + " .field--name-uid, .post-meta";
  private static final String BLOCKS =
      "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, tr, dd, dt, figcaption";

  private HtmlText() {}

  /** The text of the page's main content, blocks separated by blank lines. */
  public static String of(String html) {
    Document doc = Jsoup.parse(html);
    List<String> heading = headingLines(doc);
    doc.select(DROPPED).remove();
    for (Element e : doc.body().select("[class], [id]")) {
      if (e.parent() != null
          && CHROME_CLASS.matcher(e.className() + " " + e.id()).find()
          && !e.is("body, html")) {
        e.remove();
      }
    }
    Element root = articleRoot(doc);
    StringBuilder out = new StringBuilder();
    String rootText = root.text();
    for (String line : heading) {
      if (!rootText.contains(line)) {
        out.append(line).append("\n\n");
      }
    }
    int before = out.length();
    for (Element block : root.select(BLOCKS)) {
      if (!block.is("li, tr") && block.select(BLOCKS).size() > 1) {
        continue; // a container: its own blocks carry the text
      }
      if (block.is("li") && block.select("p, li").size() > 1) {
        continue;
      }
      String text = blockText(block);
      if (!text.isBlank()) {
        out.append(text.strip()).append("\n\n");
      }
    }
    if (out.length() == before) {
      out.append(root.wholeText());
    }
    return out.toString();
  }

  /** The page's title heading, byline and date, read before chrome is dropped. */
  private static List<String> headingLines(Document doc) {
    List<String> lines = new ArrayList<>();
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      lines.add(h1.text().strip());
    }
    for (Element e : doc.select(BYLINES)) {
      if (!e.text().isBlank() && !lines.contains(e.text().strip())) {
        lines.add(e.text().strip());
        break;
      }
    }
    Element time = doc.selectFirst("time");
    if (time != null && !time.text().isBlank()) {
      lines.add(time.text().strip());
    }
    return lines;
  }

  /** The element that holds the article. */
  private static Element articleRoot(Document doc) {
    Element container = doc.selectFirst(BODY_CONTAINERS);
    if (container != null && container.select("p").size() >= 2) {
      return container;
    }
    Element root = doc.selectFirst("article, main, [role=main]");
    if (root != null && !root.text().isBlank()) {
      return root;
    }
    // the element whose own paragraphs hold the most text
    Element best = doc.body();
    int bestLength = 0;
    for (Element e : doc.body().select("div, section, td, table")) {
      int length = 0;
      Elements children = e.children();
      for (Element c : children) {
        if (c.is("p, blockquote, h2, h3, tr, tbody")) {
          length += c.text().length();
        }
      }
      if (length > bestLength) {
        bestLength = length;
        best = e;
      }
    }
    return best;
  }

  /** A block's text, {@code <br>} as a line break, table cells separated by tabs. */
  private static String blockText(Element block) {
    if (block.is("tr")) {
      List<String> cells = new ArrayList<>();
      for (Element cell : block.select("> td, > th")) {
        cells.add(inline(cell).replace('\n', ' ').strip());
      }
      return String.join("\t", cells);
    }
    return inline(block);
  }

  private static String inline(Element element) {
    StringBuilder sb = new StringBuilder();
    append(element, sb);
    return sb.toString().replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" ?\\n ?", "\n").strip();
  }

  private static void append(Node node, StringBuilder sb) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        sb.append(t.text());
      } else if (child instanceof Element e) {
        if (e.is("br")) {
          sb.append('\n');
        } else {
          boolean block = e.isBlock();
          if (block && sb.length() > 0) {
            sb.append('\n');
          }
          append(e, sb);
          if (block) {
            sb.append('\n');
          }
        }
      }
    }
  }
}
