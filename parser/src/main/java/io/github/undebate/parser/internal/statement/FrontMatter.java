package io.github.undebate.parser.internal.statement;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.Removals;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The YAML front matter of a Markdown page ({@code ---} lines around {@code key: value} pairs), as
 * scraped pages of government websites carry it. Only the flat subset such pages use is read:
 * plain, single- and double-quoted scalars, folded over indented continuation lines.
 *
 * @param fields the values by key, in order
 * @param keyLines the input line number each key stands on
 * @param lineCount how many input lines the block takes, both {@code ---} lines included
 */
record FrontMatter(Map<String, String> fields, Map<String, Integer> keyLines, int lineCount) {

  FrontMatter {
    fields = Map.copyOf(fields);
    keyLines = Map.copyOf(keyLines);
  }

  /** The input line number of the key, 0 when the front matter has no such key. */
  int line(String key) {
    return keyLines.getOrDefault(key, 0);
  }

  /** Says that each of the block's lines that is not blank was removed. */
  void reportRemoved(List<Line> lines, List<Diagnostic> diagnostics) {
    for (int i = 0; i < lineCount; i++) {
      if (!lines.get(i).isBlank()) {
        diagnostics.add(
            Removals.removed("front_matter", lines.get(i).number(), lines.get(i).printed()));
      }
    }
  }

  /** The value of a key, when present and not blank. */
  Optional<String> get(String key) {
    String v = fields.get(key);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  /** The front matter at the start of the lines, if the first line is {@code ---}. */
  static Optional<FrontMatter> read(List<Line> lines) {
    if (lines.isEmpty() || !lines.get(0).printed().strip().equals("---")) {
      return Optional.empty();
    }
    int end = -1;
    for (int i = 1; i < lines.size() && i < 200; i++) {
      String t = lines.get(i).printed().strip();
      if (t.equals("---") || t.equals("...")) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return Optional.empty();
    }
    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, Integer> keyLines = new LinkedHashMap<>();
    String key = null;
    StringBuilder raw = new StringBuilder();
    for (int i = 1; i < end; i++) {
      String text = lines.get(i).printed();
      boolean continuation = !text.isEmpty() && Character.isWhitespace(text.charAt(0));
      int colon = text.indexOf(':');
      if (!continuation && colon > 0 && text.substring(0, colon).matches("[A-Za-z_][\\w-]*")) {
        if (key != null) {
          fields.put(key, scalar(raw.toString()));
        }
        key = text.substring(0, colon);
        keyLines.put(key, lines.get(i).number());
        raw.setLength(0);
        raw.append(text.substring(colon + 1).strip());
      } else if (key != null) {
        raw.append('\n').append(text);
      }
    }
    if (key != null) {
      fields.put(key, scalar(raw.toString()));
    }
    return Optional.of(new FrontMatter(fields, keyLines, end + 1));
  }

  /** A YAML scalar's value: quotes and escapes resolved, line breaks folded. */
  static String scalar(String raw) {
    String s = raw.strip();
    if (s.startsWith("\"")) {
      return doubleQuoted(s.substring(1));
    }
    if (s.startsWith("'")) {
      String body = s.substring(1);
      int close = body.lastIndexOf('\'');
      if (close >= 0) {
        body = body.substring(0, close);
      }
      return fold(body).replace("''", "'");
    }
    return fold(s);
  }

  private static String fold(String s) {
    StringBuilder out = new StringBuilder();
    for (String part : s.split("\n")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(part.strip());
    }
    return out.toString().strip();
  }

  private static String doubleQuoted(String s) {
    StringBuilder out = new StringBuilder();
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '"') {
        break;
      }
      if (c == '\n') {
        // a plain line break folds to a space; leading indentation of the next line goes
        trimTrailingSpace(out);
        out.append(' ');
        while (i + 1 < n && (s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t')) {
          i++;
        }
        continue;
      }
      if (c != '\\' || i + 1 >= n) {
        out.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case '\n':
          // an escaped line break joins the lines without a space
          while (i + 1 < n && (s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t')) {
            i++;
          }
          break;
        case '_':
          out.append('\u00A0');
          break;
        case 'n':
          out.append('\n');
          break;
        case 't':
          out.append('\t');
          break;
        case 'u':
        case 'x':
        case 'U':
          int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          if (i + len < n && s.substring(i + 1, i + 1 + len).matches("[0-9A-Fa-f]+")) {
            out.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 1 + len), 16));
            i += len;
          } else {
            out.append(e);
          }
          break;
        default:
          out.append(e);
      }
    }
    return out.toString().strip();
  }

  private static void trimTrailingSpace(StringBuilder out) {
    while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
    }
  }
}
