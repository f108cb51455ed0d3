package io.github.undebate.parser.internal;

import io.github.undebate.core.Diagnostic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Selector;

/**
 * A scraped page to plain text that the text path reads: the page's heading, byline and {@code
 * <time>}, then the article body's blocks, one paragraph each, separated by blank lines.
 * Navigation, headers, footers, scripts, forms, share bars and related-article lists are dropped.
 * The article body is the {@code <article>} or {@code <main>} element, a CMS's body container
 * (WordPress {@code .entry-content}, Drupal {@code .field--name-body}), else the element holding
 * the most paragraph text.
 */
public final class HtmlText {
  // Tag and attribute tests are hand-written for the elements every page has many of, and the
  // remaining queries compiled once (jsoup's evaluators are thread-safe): matching CSS queries
  // against every element cost more than parsing the page.
  private static final Set<String> DROPPED_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "nav",
          "header",
          "footer",
          "aside",
          "form",
          "iframe",
          "svg",
          "button",
          "select");
  private static final Set<String> DROPPED_ROLES = Set.of("navigation", "banner", "contentinfo");
  // class or id words of chrome blocks in WordPress, Drupal and mission-site themes
  private static final Pattern CHROME_CLASS =
      Pattern.compile(
          "(?i)(^|[\\s_-])(related|share|sharing|social|breadcrumbs?|menu|sidebar|comments?|widget|teaser|"
              + "newsletter|cookie|pager|pagination|tags|more-articles|latest|read-more|navbar|skip)([\\s_-]|$)");
  private static final Evaluator BODY_CONTAINERS =
      Selector.evaluatorOf(
          ".entry-content, .post-content, .article-content, .article-body, .field--name-body,"
              + " .node__content, .field-name-body, [itemprop=articleBody]");
  private static final Evaluator ARTICLE = Selector.evaluatorOf("article, main, [role=main]");
  // classes where WordPress and Drupal themes print the author or byline
  private static final List<String> BYLINE_CLASSES =
      List.of(
          "byline",
          "author",
          "entry-meta",
          "node__meta",
          "submitted",
          "field--name-uid",
          "post-meta");
  private static final Evaluator PARAGRAPH = Selector.evaluatorOf("p");
  private static final Evaluator CELLS = Selector.evaluatorOf("> td, > th");
  private static final Evaluator CANDIDATE_ROOTS = Selector.evaluatorOf("div, section, td, table");
  private static final Set<String> TEXT_CHILDREN =
      Set.of("p", "blockquote", "h2", "h3", "tr", "tbody");

  private HtmlText() {}

  /** The text of the page's main content, blocks separated by blank lines. */
  public static String of(String html) {
    return read(html).text();
  }

  /**
   * The text of the page's main content, blocks separated by blank lines, and a {@code removed.*}
   * diagnostic for each piece of the page's text that it leaves out: site chrome ({@code
   * removed.site_chrome}) and what stands outside the article ({@code removed.outside_article}).
   */
  public static DecodedText read(String html) {
    Document doc = Jsoup.parse(StrayTags.escaped(html));
    List<String> heading = new ArrayList<>(3);
    List<Element> dropped = new ArrayList<>();
    surveyPage(doc, heading, dropped);
    List<Diagnostic> removed = new ArrayList<>();
    reportDropped(doc, dropped, removed);
    for (Element e : dropped) {
      e.remove();
    }
    ArticleRoot article = articleRoot(doc);
    Element root = article.element();
    outside(root, doc.body(), removed);
    StringBuilder out = new StringBuilder();
    if (!heading.isEmpty()) {
      String rootText = article.text().orElseGet(root::text);
      for (String line : heading) {
        if (!rootText.contains(line)) {
          out.append(line).append("\n\n");
        }
      }
    }
    int before = out.length();
    for (HtmlBlocks.Piece piece : HtmlBlocks.of(root)) {
      String text = piece.block() != null ? blockText(piece.block()) : runText(piece.run());
      if (!text.isBlank()) {
        out.append(text.strip()).append("\n\n");
      }
    }
    if (out.length() == before) {
      out.append(root.wholeText());
    }
    return new DecodedText(out.toString(), removed);
  }

  /** A diagnostic for the text of each outermost dropped element, in one walk of the page. */
  private static void reportDropped(Document doc, List<Element> dropped, List<Diagnostic> removed) {
    if (dropped.isEmpty()) {
      return;
    }
    Set<Element> set = Collections.newSetFromMap(new IdentityHashMap<>());
    set.addAll(dropped);
    NodeTraversor.filter(
        (node, depth) -> {
          if (node instanceof Element e && set.contains(e)) {
            String text = e.text();
            if (!text.isBlank()) {
              removed.add(Removals.removed("site_chrome", 0, text));
            }
            return NodeFilter.FilterResult.SKIP_ENTIRELY;
          }
          return NodeFilter.FilterResult.CONTINUE;
        },
        doc);
  }

  /** Reports the page's text outside the article: every subtree off the path from body to root. */
  private static void outside(Element root, Element body, List<Diagnostic> removed) {
    if (body == null) {
      return;
    }
    Node onPath = root;
    while (onPath != body && onPath.parent() != null) {
      Node parent = onPath.parent();
      for (Node sibling : parent.childNodes()) {
        if (sibling == onPath) {
          continue;
        }
        String text =
            sibling instanceof Element e ? e.text() : sibling instanceof TextNode t ? t.text() : "";
        if (!text.isBlank()) {
          removed.add(Removals.removed("outside_article", 0, text.strip()));
        }
      }
      onPath = parent;
    }
  }

  /**
   * One pass over the whole page, before anything is dropped: the heading lines (the first {@code
   * <h1>}, the first byline that says something else, the first {@code <time>}) and the elements to
   * drop (scripts, navigation, page header and footer, forms, what is hidden, and the chrome blocks
   * inside the body that themes mark by class or id).
   */
  private static void surveyPage(Document doc, List<String> heading, List<Element> dropped) {
    Element h1 = null;
    Element time = null;
    List<Element> bylines = new ArrayList<>();
    Element body = doc.body();
    boolean inBody = false; // the body's descendants follow it in document order
    for (Element e : doc.getAllElements()) {
      String name = e.normalName();
      if (h1 == null && name.equals("h1")) {
        h1 = e;
      } else if (time == null && name.equals("time")) {
        time = e;
      }
      if (e.attributesSize() > 0) {
        if (isByline(e)) {
          bylines.add(e);
        }
        if (DROPPED_TAGS.contains(name)
            || isDroppedByAttribute(e)
            || (inBody && (e.hasAttr("class") || e.hasAttr("id")) && isChrome(e))) {
          dropped.add(e);
        }
      } else if (DROPPED_TAGS.contains(name)) {
        dropped.add(e);
      }
      inBody |= e == body;
    }
    String h1Text = h1 == null ? "" : h1.text();
    if (!h1Text.isBlank()) {
      heading.add(h1Text.strip());
    }
    for (Element e : bylines) {
      String text = e.text();
      if (!text.isBlank() && !heading.contains(text.strip())) {
        heading.add(text.strip());
        break;
      }
    }
    String timeText = time == null ? "" : time.text();
    if (!timeText.isBlank()) {
      heading.add(timeText.strip());
    }
  }

  private static boolean isByline(Element e) {
    if (hasValue(e, "rel", "author") || hasValue(e, "itemprop", "author")) {
      return true;
    }
    String classes = e.attr("class");
    int n = classes.length();
    for (int start = 0; start < n; ) {
      int end = start;
      while (end < n && !Character.isWhitespace(classes.charAt(end))) {
        end++;
      }
      for (String name : BYLINE_CLASSES) {
        if (name.length() == end - start
            && classes.regionMatches(true, start, name, 0, end - start)) {
          return true;
        }
      }
      start = end + 1;
    }
    return false;
  }

  private static boolean isDroppedByAttribute(Element e) {
    if (e.hasAttr("role")) {
      String role = e.attr("role");
      for (String dropped : DROPPED_ROLES) {
        if (dropped.equalsIgnoreCase(role)) {
          return true;
        }
      }
    }
    return hasValue(e, "aria-hidden", "true");
  }

  /** Whether the attribute is there with the value, as CSS's {@code [key=value]} tests it. */
  private static boolean hasValue(Element e, String key, String value) {
    return e.hasAttr(key) && value.equalsIgnoreCase(e.attr(key));
  }

  private static boolean isChrome(Element e) {
    // no chrome word holds a space, so the class and the id can be matched apart
    return CHROME_CLASS.matcher(e.className()).find() || CHROME_CLASS.matcher(e.id()).find();
  }

  /** The element that holds the article. */
  private static ArticleRoot articleRoot(Document doc) {
    Element container = doc.selectFirst(BODY_CONTAINERS);
    if (container != null && container.select(PARAGRAPH).size() >= 2) {
      return new ArticleRoot(container, Optional.empty());
    }
    Element root = doc.selectFirst(ARTICLE);
    if (root != null) {
      String text = root.text();
      if (!text.isBlank()) {
        return new ArticleRoot(root, Optional.of(text));
      }
    }
    // the element whose own paragraphs hold the most text
    Element best = doc.body();
    int bestLength = 0;
    for (Element e : doc.body().select(CANDIDATE_ROOTS)) {
      int length = 0;
      for (Element c : e.children()) {
        if (TEXT_CHILDREN.contains(c.normalName())) {
          length += c.text().length();
        }
      }
      if (length > bestLength) {
        bestLength = length;
        best = e;
      }
    }
    return new ArticleRoot(best, Optional.empty());
  }

  /** The element that holds the article, and its {@code text()} when finding it took that. */
  private record ArticleRoot(Element element, Optional<String> text) {}

  /** A block's text, {@code <br>} as a line break, table cells separated by tabs. */
  private static String blockText(Element block) {
    if (block.normalName().equals("tr")) {
      List<String> cells = new ArrayList<>();
      for (Element cell : block.select(CELLS)) {
        cells.add(inline(cell).replace('\n', ' ').strip());
      }
      return String.join("\t", cells);
    }
    return inline(block);
  }

  /** Elements whose raw text a browser shows as it is ({@code <xmp>Text <as> typed</xmp>}). */
  private static boolean shown(Element e) {
    return e.nameIs("xmp") || e.nameIs("plaintext") || e.nameIs("listing");
  }

  private static String runText(List<Node> run) {
    StringBuilder sb = new StringBuilder();
    for (Node node : run) {
      if (node instanceof TextNode t) {
        sb.append(t.text());
      } else if (node instanceof Element e) {
        if (e.nameIs("br")) {
          sb.append('\n');
        } else {
          append(e, sb);
        }
      }
    }
    return spacesFolded(sb).strip();
  }

  private static String inline(Element element) {
    StringBuilder sb = new StringBuilder();
    append(element, sb);
    return spacesFolded(sb).strip();
  }

  /**
   * Runs of spaces, tabs and no-break spaces as one space, and no space next to a line break (one
   * on each side is dropped).
   */
  private static String spacesFolded(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    int n = text.length();
    int copied = 0; // text before this is in out; ordinary characters are copied a run at a time
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean space = isInlineSpace(c);
      if (!space && c != '\n') {
        continue;
      }
      out.append(text, copied, i);
      if (space) {
        while (i + 1 < n && isInlineSpace(text.charAt(i + 1))) {
          i++;
        }
        out.append(' ');
      } else {
        int last = out.length() - 1;
        if (last >= 0 && out.charAt(last) == ' ') {
          out.setLength(last);
        }
        out.append('\n');
        while (i + 1 < n && isInlineSpace(text.charAt(i + 1))) {
          i++;
        }
      }
      copied = i + 1;
    }
    return out.append(text, copied, n).toString();
  }

  private static boolean isInlineSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
  }

  private static void append(Node node, StringBuilder sb) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        sb.append(t.text());
      } else if (child instanceof DataNode d && node instanceof Element parent && shown(parent)) {
        sb.append(d.getWholeData());
      } else if (child instanceof Element e) {
        if (e.nameIs("br")) {
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
