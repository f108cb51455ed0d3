package io.github.undebate.parser.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Tag;

/**
 * What an input is by its content, never by its file name: a PDF by its signature, an HTML document
 * by how it begins, so that a file and the same bytes from a stream give one answer.
 */
public final class InputSniff {
  /** PDF readers accept the signature anywhere in the first kilobyte (junk may come first). */
  private static final int PDF_WINDOW = 1024;

  /** How far into the text an HTML document's first tag may stand (after a prolog). */
  private static final int HTML_WINDOW = 4096;

  /** The first kilobyte, where WHATWG's prescan looks for a {@code <meta>} charset. */
  private static final int META_WINDOW = 1024;

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "(?i)<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]{1,40})", Pattern.DOTALL);

  private InputSniff() {}

  /** Whether the bytes are a PDF: {@code %PDF-} and a version digit in the first kilobyte. */
  public static boolean isPdf(byte[] bytes) {
    int end = Math.min(bytes.length - 6, PDF_WINDOW);
    for (int i = 0; i <= end; i++) {
      if (bytes[i] == '%'
          && bytes[i + 1] == 'P'
          && bytes[i + 2] == 'D'
          && bytes[i + 3] == 'F'
          && bytes[i + 4] == '-'
          && bytes[i + 5] >= '1'
          && bytes[i + 5] <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text is an HTML document or fragment: after white space, an XML declaration,
   * comments and a doctype, its first tag is one that HTML defines ({@code <html>}, {@code <p>},
   * {@code <table>}, {@code <link>}, ...). Text that merely holds a tag somewhere is text.
   */
  public static boolean isHtml(CharSequence text) {
    int n = Math.min(text.length(), HTML_WINDOW);
    int i = 0;
    while (true) {
      while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
        i++;
      }
      if (i >= n || text.charAt(i) != '<') {
        return false;
      }
      if (startsWithIgnoreCase(text, i, "<!doctype html")) {
        return true;
      }
      String skipTo =
          startsWithIgnoreCase(text, i, "<!--")
              ? "-->"
              : startsWithIgnoreCase(text, i, "<?xml") ? "?>" : null;
      if (skipTo == null) {
        break;
      }
      int end = indexOf(text, skipTo, i + 2, n);
      if (end < 0) {
        return false;
      }
      i = end + skipTo.length();
    }
    int start = i + 1;
    int end = start;
    while (end < n && isTagNameChar(text.charAt(end))) {
      end++;
    }
    if (end == start || end >= n) {
      return false;
    }
    char after = text.charAt(end);
    if (!(Character.isWhitespace(after) || after == '>' || after == '/')) {
      return false;
    }
    return Tag.isKnownTag(text.subSequence(start, end).toString().toLowerCase(Locale.ROOT));
  }

  /**
   * The charset that the bytes declare in a {@code <meta charset>} or {@code <meta
   * http-equiv=Content-Type content="...; charset=...">} within their first kilobyte, when they
   * begin as an HTML document and the JDK knows the charset.
   */
  public static Optional<Charset> declaredCharset(byte[] bytes) {
    // Every charset a page can declare in ASCII reads its first kilobyte's ASCII alike.
    String head =
        new String(bytes, 0, Math.min(bytes.length, META_WINDOW), StandardCharsets.ISO_8859_1);
    if (!isHtml(head)) {
      return Optional.empty();
    }
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    // As browsers do: a Latin-1 label means Windows-1252, its superset.
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) {
      name = "windows-1252";
    }
    try {
      return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean isTagNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean startsWithIgnoreCase(CharSequence text, int at, String prefix) {
    if (at + prefix.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (Character.toLowerCase(text.charAt(at + k)) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(CharSequence text, String s, int from, int to) {
    for (int i = from; i + s.length() <= to; i++) {
      if (startsWithIgnoreCase(text, i, s)) {
        return i;
      }
    }
    return -1;
  }
}
