package io.github.undebate.parser.internal.statement;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.parser.internal.Removals;
import io.github.undebate.parser.internal.SourceLine;
import io.github.undebate.parser.internal.Whitespace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans each line of a statement and tells page noise from text: markup and inline stage
 * directions are cut out of a line, and whole lines of page numbers, banners, print headers, URLs,
 * time stamps, section rules and site chrome are removed. Every removal is a diagnostic.
 */
final class PageNoise {
  private static final List<String> CHROME = PhraseTable.lowerCase("chrome.txt");
  private static final List<String> STAGE = PhraseTable.lowerCase("stage-directions.txt");

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "[-–—]?\\s*\\d{1,3}\\s*[-–—]?|\\d{1,3}\\s*/\\s*\\d{1,3}|(?i:page|p\\.)\\s*\\d{1,3}(\\s*(?i:of)\\s*\\d{1,3})?");
  private static final Pattern PRINT_HEADER =
      Pattern.compile(
          "\\d{1,2}/\\d{1,2}/\\d{2,4},?\\s+\\d{1,2}:\\d{2}(\\s*[AaPp]\\.?[Mm]\\.?)?(\\s.*)?");
  private static final Pattern URL =
      Pattern.compile("(https?://|www\\.)\\S+(\\s+\\d{1,3}\\s*/\\s*\\d{1,3})?");
  private static final Pattern TIME_STAMP =
      Pattern.compile("\\d{1,2}[:.]\\d{2}\\s*[AaPp]\\.?\\s?[Mm]\\.?(\\s+[A-Z]{2,4})?");
  // a row of navigation links: "State Council | Ministry of Commerce | ..."
  private static final Pattern LINK_ROW = Pattern.compile("\\S \\| \\S.* \\|(?: \\S|$)| \\|$");
  private static final Pattern SEPARATOR = Pattern.compile("[*_=~#\\-–—•·\\s]+");
  private static final Pattern PARENTHESISED = Pattern.compile("\\(([^()]{1,80})\\)\\.?");
  private static final Pattern HTML_TAG =
      Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]{0,300})?/?>");
  private static final Pattern UNCLOSED_TAG = Pattern.compile("<[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?$");
  private static final Pattern EMPHASIS =
      Pattern.compile("\\*{1,3}|(?<![\\w\\\\])_{1,3}|_{1,3}(?!\\w)");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\[\\]*_#`>+\\-.!()])");
  private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s+");
  private static final Pattern INLINE_STAGE = Pattern.compile("\\s*\\(([A-Za-z][^()]{0,40})\\)");
  // An OCR garbage token between two sentences: lower-case start with an inner capital, as
  // "jsEpj"; real words in that place start with a capital.
  private static final Pattern GARBAGE_TOKEN =
      Pattern.compile("(?<=[.!?][\"”’]?\\s)\\p{Ll}+\\p{Lu}\\p{L}*\\s+(?=\\p{Lu})");

  private PageNoise() {}

  /** A character of the regular expression class {@code \\s}. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * Cleans and classifies the lines from {@code from} on.
   *
   * @param lines the input lines
   * @param from the first line to read (after any front matter)
   * @param diagnostics receives a removal diagnostic for everything taken out
   */
  static List<SpeechLine> clean(List<SourceLine> lines, int from, List<Diagnostic> diagnostics) {
    Map<String, Integer> repeats = new HashMap<>();
    String[] folded = new String[lines.size() - from];
    for (int i = from; i < lines.size(); i++) {
      String t = fold(lines.get(i).text());
      folded[i - from] = t;
      if (!t.isEmpty()) {
        repeats.merge(t, 1, Integer::sum);
      }
    }
    List<SpeechLine> out = new ArrayList<>();
    boolean inTag = false;
    for (int i = from; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      // an HTML tag that a line break cuts ("<span" / "style=...>") is removed over both lines
      String raw = line.text();
      if (inTag) {
        int gt = raw.indexOf('>');
        String cutText = gt >= 0 ? raw.substring(0, gt + 1) : raw;
        diagnostics.add(Removals.removed("markup", line.number(), cutText.strip()));
        raw = gt >= 0 ? raw.substring(gt + 1) : "";
        inTag = gt < 0;
      }
      if (raw.indexOf('<') >= 0) {
        Matcher open = UNCLOSED_TAG.matcher(raw);
        if (open.find()) {
          diagnostics.add(Removals.removed("markup", line.number(), open.group().strip()));
          raw = raw.substring(0, open.start());
          inTag = true;
        }
      }
      String text =
          inline(
              new SourceLine(line.number(), line.offset(), raw),
              raw == line.text() ? folded[i - from] : null,
              diagnostics);
      out.add(classify(line.number(), folded[i - from], text, repeats, diagnostics));
    }
    return out;
  }

  static String fold(String s) {
    if (isFolded(s)) {
      return s;
    }
    return Whitespace.fold(s.replace('\u00A0', ' ').replace('\u2009', ' ').replace('\u202F', ' '))
        .strip();
  }

  /**
   * Whether {@link #fold} would return the text as it is, seen in one pass: no non-breaking or thin
   * space, no run of white space (nor white space other than a single space) and none at either
   * end.
   */
  private static boolean isFolded(String s) {
    int n = s.length();
    if (n > 0 && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(n - 1)))) {
      return false;
    }
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c > ' ' && c < '\u00A0') {
        space = false; // neither white space nor a non-breaking or thin space
      } else if (c == ' ') {
        if (space) {
          return false;
        }
        space = true;
      } else if (c == '\u00A0' || c == '\u2009' || c == '\u202F' || isRegexSpace(c)) {
        return false;
      } else {
        space = false;
      }
    }
    return true;
  }

  private static SpeechLine classify(
      int number,
      String foldedOriginal,
      String text,
      Map<String, Integer> repeats,
      List<Diagnostic> diags) {
    if (text.isEmpty()) {
      if (!foldedOriginal.isEmpty()) {
        return new SpeechLine(number, "", SpeechLine.Kind.SEPARATOR);
      }
      return new SpeechLine(number, "", SpeechLine.Kind.BLANK);
    }
    String kind = noiseKind(text, repeats.getOrDefault(foldedOriginal, 0));
    if (kind == null) {
      return new SpeechLine(number, text, SpeechLine.Kind.TEXT);
    }
    diags.add(Removals.removed(kind, number, text));
    boolean separator = kind.equals("separator") || kind.equals("site_chrome");
    return new SpeechLine(
        number, "", separator ? SpeechLine.Kind.SEPARATOR : SpeechLine.Kind.PAGE_BREAK);
  }

  /**
   * What noise the whole line is, or {@code null} when it is text. Each pattern is tried only when
   * the line opens with a character it can open with (or holds the " |" a link row needs).
   */
  static String noiseKind(String text, int repeated) {
    char first = text.isEmpty() ? ' ' : text.charAt(0);
    boolean digit = first >= '0' && first <= '9';
    boolean dashOrSpace = "-–—".indexOf(first) >= 0 || isRegexSpace(first);
    if ((digit || dashOrSpace || first == 'p' || first == 'P')
        && PAGE_NUMBER.matcher(text).matches()) {
      return "page_number";
    }
    if (digit && PRINT_HEADER.matcher(text).matches()) {
      return "print_header";
    }
    if ((first == 'h' || first == 'w') && URL.matcher(text).matches()) {
      return "url";
    }
    if (digit && TIME_STAMP.matcher(text).matches()) {
      return "time_stamp";
    }
    if ((dashOrSpace || "*_=~#•·".indexOf(first) >= 0) && SEPARATOR.matcher(text).matches()) {
      return "separator";
    }
    if (isChrome(text) || text.contains(" |") && LINK_ROW.matcher(text).find()) {
      return "site_chrome";
    }
    if (first == '(') {
      Matcher p = PARENTHESISED.matcher(text);
      if (p.matches() && isStage(p.group(1))) {
        return "stage_direction";
      }
    }
    // a banner: the same short line without punctuation on many pages ("OFFICIAL")
    if (repeated >= 3
        && text.length() <= 40
        && text.matches("[\\p{L} ]+")
        && text.equals(text.toUpperCase(Locale.ROOT))) {
      return "banner";
    }
    return null;
  }

  static boolean isChrome(String text) {
    boolean simple = RootLowerCase.isSimple(text);
    String t = simple ? text : text.toLowerCase(Locale.ROOT);
    for (String c : CHROME) {
      // an entry ending in "*" is a prefix, any other the whole line
      boolean prefix = c.endsWith("*");
      int length = prefix ? c.length() - 1 : c.length();
      if (prefix || t.length() == length) {
        if (simple
            ? RootLowerCase.regionMatches(t, 0, c, length)
            : t.regionMatches(0, c, 0, length)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isStage(String inside) {
    String t = inside.strip().toLowerCase(Locale.ROOT);
    for (String s : STAGE) {
      if (t.startsWith(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The line with markup, escapes, inline stage directions and garbage tokens removed; {@code
   * folded} is the line already folded, or null.
   */
  private static String inline(SourceLine line, String folded, List<Diagnostic> diags) {
    String text = line.text();
    StringBuilder removed = new StringBuilder();
    // each pattern is tried only on a line with the character it needs
    if (text.indexOf('<') >= 0) {
      text = cut(HTML_TAG, text, removed);
    }
    if (text.startsWith("#")) {
      Matcher h = HEADING_MARK.matcher(text);
      if (h.find()) {
        removed.append(h.group().strip()).append(' ');
        text = text.substring(h.end());
      }
    }
    if (text.indexOf('\\') >= 0) {
      text =
          ESCAPE
              .matcher(text)
              .replaceAll(
                  m -> {
                    removed.append('\\');
                    return Matcher.quoteReplacement(m.group(1));
                  });
    }
    if ((text.indexOf('*') >= 0 || text.indexOf('_') >= 0) && !URL.matcher(fold(text)).find()) {
      text = cut(EMPHASIS, text, removed);
    }
    if (removed.length() > 0 && !removed.toString().isBlank()) {
      diags.add(Removals.removed("markup", line.number(), removed.toString().strip()));
    }
    // a line that lost nothing so far folds as its original did
    text = folded != null && text == line.text() ? folded : fold(text);
    if (text.indexOf('(') >= 0) {
      text = cutStageDirections(text, line.number(), diags);
    }
    if (mayHoldGarbageToken(text)) {
      Matcher g = GARBAGE_TOKEN.matcher(text);
      if (g.find()) {
        diags.add(Removals.removed("garbage_token", line.number(), g.group().strip()));
        text = fold(text.substring(0, g.start()) + text.substring(g.end()));
      }
    }
    return text;
  }

  /** The line without the stage directions in it ("(Applause)"), unless it is one. */
  private static String cutStageDirections(String text, int number, List<Diagnostic> diags) {
    Matcher s = INLINE_STAGE.matcher(text);
    StringBuilder kept = new StringBuilder();
    int last = 0;
    Boolean whole = null; // whether the whole line is parenthesised: asked once, when needed
    while (s.find()) {
      if (isStage(s.group(1))) {
        if (whole == null) {
          whole = PARENTHESISED.matcher(text).matches();
        }
        if (!whole) {
          kept.append(text, last, s.start());
          last = s.end();
          diags.add(Removals.removed("stage_direction", number, s.group().strip()));
        }
      }
    }
    if (last > 0) {
      kept.append(text.substring(last));
      return fold(kept.toString());
    }
    return text;
  }

  /**
   * Whether {@link #GARBAGE_TOKEN} can match: somewhere a small letter follows the end of a
   * sentence, an optional closing quote and a space, where the pattern's look-behind holds.
   */
  private static boolean mayHoldGarbageToken(String text) {
    return mayHoldGarbageTokenAfter(text, '.')
        || mayHoldGarbageTokenAfter(text, '!')
        || mayHoldGarbageTokenAfter(text, '?');
  }

  /** Whether a small letter follows an {@code end} mark, an optional closing quote and a space. */
  private static boolean mayHoldGarbageTokenAfter(String text, char end) {
    for (int i = text.indexOf(end); i >= 0; i = text.indexOf(end, i + 1)) {
      int j = i + 1;
      if (j < text.length() && "\"”’".indexOf(text.charAt(j)) >= 0) {
        j++;
      }
      for (int k = i + 1; k <= j; k++) {
        // the space at k, the small letter after it
        if (k + 1 < text.length()
            && isRegexSpace(text.charAt(k))
            && Character.getType(text.codePointAt(k + 1)) == Character.LOWERCASE_LETTER) {
          return true;
        }
      }
    }
    return false;
  }

  private static String cut(Pattern p, String text, StringBuilder removed) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int last = 0;
    do {
      out.append(text, last, m.start());
      removed.append(m.group()).append(' ');
      last = m.end();
    } while (m.find());
    out.append(text.substring(last));
    return out.toString();
  }
}
