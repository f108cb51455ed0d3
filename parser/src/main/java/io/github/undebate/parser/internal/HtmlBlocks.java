package io.github.undebate.parser.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The pieces of an article that carry text, in page order: blocks without blocks inside (a
 * container's own blocks carry its text), list items without paragraphs or items inside, every
 * table row, and the text that a container holds beside its blocks ({@code <article>text<p>…</p>
 * more text</article>}, an {@code <li>} or {@code <blockquote>} with its own text and a {@code
 * <p>}, a {@code <caption>}), each run of it one piece. Walks without recursion, so deep nesting
 * cannot overflow.
 */
final class HtmlBlocks {
  private static final Set<String> BLOCKS =
      Set.of(
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "p",
          "li",
          "blockquote",
          "pre",
          "tr",
          "dd",
          "dt",
          "figcaption");
  private static final Set<String> LIST_CONTENT = Set.of("p", "li");

  /**
   * One piece of text: a block element, or a run of text and inline elements beside blocks.
   *
   * @param block the block, or null for a run
   * @param run the nodes of a run, empty for a block
   */
  record Piece(Element block, List<Node> run) {}

  private HtmlBlocks() {}

  /** The pieces below {@code root} (itself included), in page order. */
  static List<Piece> of(Element root) {
    Map<Element, Visit> visits = survey(root);
    Visit top = visits.get(root);
    if (!top.carriesText() && !top.holdsBlocks()) {
      return List.of(); // no blocks at all: the caller takes the root's whole text
    }
    List<Piece> pieces = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          private List<Node> run = new ArrayList<>();
          private int insideCarrier;

          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e) {
              Visit v = visits.get(e);
              if (v.carriesText()) {
                flush();
                pieces.add(new Piece(e, List.of()));
                insideCarrier++;
              } else if (insideCarrier == 0) {
                if (v.holdsBlocks()) {
                  flush();
                } else {
                  run.add(e);
                  return FilterResult.SKIP_CHILDREN;
                }
              }
            } else if (node instanceof TextNode t && insideCarrier == 0) {
              run.add(t);
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
              Visit v = visits.get(e);
              if (v.carriesText()) {
                insideCarrier--;
              } else if (insideCarrier == 0 && v.holdsBlocks()) {
                flush();
              }
            }
            if (node == root) {
              flush();
            }
            return FilterResult.CONTINUE;
          }

          private void flush() {
            if (!run.isEmpty()) {
              pieces.add(new Piece(null, run));
              run = new ArrayList<>();
            }
          }
        },
        root);
    return pieces;
  }

  /** What is below each element: one walk, children before their parent is done. */
  private static Map<Element, Visit> survey(Element root) {
    Map<Element, Visit> visits = new IdentityHashMap<>();
    List<Visit> open = new ArrayList<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              Visit v = new Visit(e);
              open.add(v);
              visits.put(e, v);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element) {
              Visit done = open.remove(open.size() - 1);
              if (!open.isEmpty()) {
                open.get(open.size() - 1).holdsBelow(done);
              }
            }
          }
        },
        root);
    return visits;
  }

  /** An element on the survey: what is below it. */
  private static final class Visit {
    final String name;
    boolean blockBelow;
    boolean listContentBelow;

    Visit(Element element) {
      this.name = element.normalName();
    }

    void holdsBelow(Visit child) {
      blockBelow |= child.blockBelow || BLOCKS.contains(child.name);
      listContentBelow |= child.listContentBelow || LIST_CONTENT.contains(child.name);
    }

    boolean holdsBlocks() {
      return blockBelow;
    }

    boolean carriesText() {
      if (!BLOCKS.contains(name)) {
        return false;
      }
      if (name.equals("li")) {
        return !listContentBelow;
      }
      return name.equals("tr") || !blockBelow;
    }
  }
}
