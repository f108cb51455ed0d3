package io.github.undebate.parser.internal;

import java.util.Locale;
import org.jsoup.parser.Tag;

/**
 * A '{@code <}' in a page that starts no tag a page means: one before a name that HTML does not
 * define and then words rather than attributes ("ignore {@code <or} disregard"). An HTML parser
 * takes it for a tag and drops the words up to the next '{@code >}', or to the end of the page when
 * none follows (issue 18). The same rule as for plain text ({@code InlineCleaning}): markup is a
 * known element's name, or a name with attributes ({@code =}), or a name closed at once ({@code
 * <my-widget>}, {@code <foo/>}). Such a '{@code <}' is escaped before the page is parsed, so that
 * its words stay text, when no other '{@code <}' stands before the '{@code >}' that would end the
 * tag: escaping it would then change how what follows is read.
 */
final class StrayTags {
  /** How far attributes may run before the '{@code >}' that closes a tag, as for plain text. */
  private static final int MAX_ATTRIBUTES = 300;

  /** Elements whose text an HTML parser reads up to their end tag, markup signs and all. */
  private static final String[] RAW_TEXT = {
    "script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes"
  };

  private StrayTags() {}

  /** The page with every stray '{@code <}' written {@code &lt;}; the page itself when none is. */
  static String escaped(String html) {
    StringBuilder out = null;
    int copied = 0;
    int i = html.indexOf('<');
    while (i >= 0) {
      int raw = rawTextEnd(html, i);
      if (raw > i) {
        i = raw < html.length() ? html.indexOf('<', raw) : -1;
        continue;
      }
      int end = strayEnd(html, i);
      if (end < 0) {
        i = html.indexOf('<', i + 1);
        continue;
      }
      if (out == null) {
        out = new StringBuilder(html.length() + 16);
      }
      out.append(html, copied, i).append("&lt;");
      copied = i + 1;
      i = end < html.length() ? html.indexOf('<', end) : -1;
    }
    return out == null ? html : out.append(html, copied, html.length()).toString();
  }

  /**
   * Where a comment or an element whose text is not markup ({@link #RAW_TEXT}, {@code <plaintext>})
   * that opens at {@code at} ends (its text is left alone), or {@code at} when none opens there.
   */
  private static int rawTextEnd(String html, int at) {
    if (html.startsWith("<!--", at)) {
      return end(html, html.indexOf("-->", at + 4), 3);
    }
    for (String name : RAW_TEXT) {
      if (opens(html, at, name)) {
        return end(html, indexOfIgnoreCase(html, "</" + name, at + 1 + name.length()), 0);
      }
    }
    return opens(html, at, "plaintext") ? html.length() : at;
  }

  private static int end(String html, int found, int length) {
    return found < 0 ? html.length() : found + length;
  }

  /**
   * Whether the tag {@code <name} opens at {@code at}: the name ends where an HTML tokenizer ends
   * it, at a space, a '{@code /}' or a '{@code >}' ({@code <plaintext/>} is still plaintext).
   */
  private static boolean opens(String html, int at, String name) {
    int after = at + 1 + name.length();
    if (!html.regionMatches(true, at + 1, name, 0, name.length()) || after >= html.length()) {
      return false;
    }
    char c = html.charAt(after);
    return Character.isWhitespace(c) || c == '>' || c == '/';
  }

  private static int indexOfIgnoreCase(String html, String s, int from) {
    for (int i = html.indexOf('<', from); i >= 0; i = html.indexOf('<', i + 1)) {
      if (html.regionMatches(true, i, s, 0, s.length())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where the tag that an HTML parser reads from the '{@code <}' at {@code at} ends (after its
   * '{@code >}', or at the end of the page), when it is stray: an unknown name, then words without
   * an attribute's '{@code =}'; -1 when it is markup or not a tag at all.
   */
  private static int strayEnd(String html, int at) {
    int n = html.length();
    int start = at + 1;
    if (start < n && html.charAt(start) == '/') {
      start++;
    }
    int end = start;
    while (end < n && isNameChar(html.charAt(end))) {
      end++;
    }
    if (end == start || !Character.isLetter(html.charAt(start))) {
      return -1; // not a tag to an HTML parser either: it stays text
    }
    if (end < n && !Character.isWhitespace(html.charAt(end))) {
      return -1; // "<p>", "<br/>", "<o:p>", "<my-widget>": markup
    }
    if (Tag.isKnownTag(html.substring(start, end).toLowerCase(Locale.ROOT))) {
      return -1;
    }
    // An HTML parser ends the tag at the next '>', even past a '<' ("<or so<script>"). Where a '<'
    // stands in the tag, escaping the first would change how the rest is read (a script's start
    // that was swallowed would become a script): such a tag is left as the parser reads it.
    int limit = Math.min(n, end + MAX_ATTRIBUTES);
    for (int i = end; i < limit; i++) {
      char c = html.charAt(i);
      if (c == '=' || c == '<') {
        return -1; // attributes, or markup inside
      }
      if (c == '>') {
        return html.substring(end, i).isBlank() ? -1 : i + 1;
      }
    }
    int gt = html.indexOf('>', limit);
    int lt = html.indexOf('<', limit);
    if (lt >= 0 && (gt < 0 || lt < gt)) {
      return -1;
    }
    return gt < 0 ? n : gt + 1;
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
