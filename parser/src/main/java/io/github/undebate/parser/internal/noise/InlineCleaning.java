package io.github.undebate.parser.internal.noise;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Severity;
import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.Removals;
import io.github.undebate.parser.internal.text.Whitespace;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Tag;

/**
 * Cuts what is not the statement's words out of a line, leaving the rest: HTML tags (also one that
 * a line break cuts in two), Markdown emphasis, escapes and heading marks, stage directions inside
 * a line ("(Applause)"), and OCR garbage tokens between sentences. Whether a whole line is noise is
 * {@link StatementPageNoise}'s question. Every cut is a diagnostic. One cleaning reads one text's
 * lines in order, on one thread: it remembers a tag left open at the end of a line.
 */
public final class InlineCleaning {
  private static final Pattern HTML_TAG =
      Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)(\\s[^<>]{0,300})?/?>");
  private static final Pattern UNCLOSED_TAG =
      Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)(\\s[^<>]{0,300})?$");

  /** The most lines after its opening that a tag cut by line breaks may run on. */
  private static final int MAX_TAG_LINES = 3;

  /** A removal longer than this is more than markup syntax: it is said as a warning. */
  private static final int QUIET_REMOVAL = 80;

  static final Pattern EMPHASIS = Pattern.compile("\\*{1,3}|(?<![\\w\\\\])_{1,3}|_{1,3}(?!\\w)");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\[\\]*_#`>+\\-.!()])");
  private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s+");
  // A stage direction inside a line, "\\s*\\(([A-Za-z][^()]{0,40})\\)" with the white space before
  // it: tried only at an opening parenthesis (nextStage), not at every character of the line.
  static final Pattern INLINE_STAGE = Pattern.compile("\\(([A-Za-z][^()]{0,40})\\)");
  // An OCR garbage token between two sentences: lower-case start with an inner capital, as
  // "jsEpj"; real words in that place start with a capital.
  static final Pattern GARBAGE_TOKEN =
      Pattern.compile("(?<=[.!?][\"”’]?\\s)\\p{Ll}+\\p{Lu}\\p{L}*\\s+(?=\\p{Lu})");

  /** Lines left that an open tag may still run on; 0 when no tag is open. */
  private int inTag;

  /**
   * Cleans the next line of the text.
   *
   * @param number the line's 1-based number, for diagnostics
   * @param printed the line as printed
   * @param folded the printed line already as {@link Whitespace#clean} gives it
   * @param diagnostics receives a removal for everything cut
   * @return the line's words, white space cleaned
   */
  public String clean(int number, String printed, String folded, List<Diagnostic> diagnostics) {
    return cleanPrinted(number, printed, folded, diagnostics);
  }

  /**
   * Cleans the next line of the text, as {@link #clean(int, String, String, List)} does with the
   * line's printed form, which is made only when the line may hold markup: a line cleaning leaves
   * as it is goes on as {@code folded}.
   *
   * @param line the line
   * @param folded the printed line already as {@link Whitespace#clean} gives it
   * @param diagnostics receives a removal for everything cut
   * @return the line's words, white space cleaned
   */
  public String clean(Line line, String folded, List<Diagnostic> diagnostics) {
    // folded holds the printed line's characters but white space, so it holds what markup needs
    // (a "<", a "#" opening the line, a "\\", a "*" or a "_") when the printed line does
    if (inTag == 0 && !mayHoldMarkup(folded)) {
      return cleanFolded(line.number(), folded, diagnostics);
    }
    return cleanPrinted(line.number(), line.printed(), folded, diagnostics);
  }

  private String cleanPrinted(
      int number, String printed, String folded, List<Diagnostic> diagnostics) {
    // an HTML tag that a line break cuts ("<span" / "style=...>") is removed over both lines, as
    // long as what runs on reads as the tag's attributes
    String raw = printed;
    if (inTag > 0) {
      int gt = raw.indexOf('>');
      String cutText = gt >= 0 ? raw.substring(0, gt + 1) : raw;
      if (isAttributes(gt >= 0 ? raw.substring(0, gt) : raw)) {
        diagnostics.add(markup(number, cutText.strip()));
        raw = gt >= 0 ? raw.substring(gt + 1) : "";
        inTag = gt < 0 ? inTag - 1 : 0;
      } else {
        inTag = 0;
      }
    }
    if (raw.indexOf('<') >= 0) {
      Matcher open = UNCLOSED_TAG.matcher(raw);
      if (open.find()
          && isElement(open.group(1))
          && (open.group(2) == null || isAttributes(open.group(2)))) {
        diagnostics.add(markup(number, open.group().strip()));
        raw = raw.substring(0, open.start());
        inTag = MAX_TAG_LINES;
      }
    }
    return inline(number, raw, raw == printed ? folded : null, diagnostics);
  }

  /**
   * The line with markup, escapes, inline stage directions and garbage tokens removed; {@code
   * folded} is the line already folded, or null.
   */
  private static String inline(int number, String line, String folded, List<Diagnostic> diags) {
    String text = line;
    // each pattern is tried only on a line with the character it needs; most lines have none
    if (mayHoldMarkup(text)) {
      text = cutMarkup(number, text, diags);
    }
    // a line that lost nothing so far folds as its original did
    return cleanFolded(
        number, folded != null && text == line ? folded : Whitespace.clean(text), diags);
  }

  /** Whether a line holds a character that markup or an escape needs. */
  private static boolean mayHoldMarkup(String text) {
    return text.indexOf('<') >= 0
        || text.startsWith("#")
        || text.indexOf('\\') >= 0
        || text.indexOf('*') >= 0
        || text.indexOf('_') >= 0;
  }

  /** The folded line without inline stage directions and garbage tokens. */
  private static String cleanFolded(int number, String folded, List<Diagnostic> diags) {
    String text = folded;
    if (text.indexOf('(') >= 0) {
      text = cutStageDirections(text, number, diags);
    }
    if (mayHoldGarbageToken(text)) {
      Matcher g = GARBAGE_TOKEN.matcher(text);
      if (g.find()) {
        diags.add(Removals.removed(NoiseKind.GARBAGE_TOKEN, number, g.group().strip()));
        text = Whitespace.clean(text.substring(0, g.start()) + text.substring(g.end()));
      }
    }
    return text;
  }

  /** The line without markup syntax and escapes, each cut said in one diagnostic. */
  private static String cutMarkup(int number, String line, List<Diagnostic> diags) {
    String text = line;
    StringBuilder removed = new StringBuilder();
    if (text.indexOf('<') >= 0) {
      text = cutTags(text, removed);
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
    if ((text.indexOf('*') >= 0 || text.indexOf('_') >= 0) && !holdsUrl(text)) {
      text = cutEmphasis(text, removed);
    }
    if (removed.length() > 0 && !removed.toString().isBlank()) {
      diags.add(markup(number, removed.toString().strip()));
    }
    return text;
  }

  /** The line without the stage directions in it ("(Applause)"), unless it is one. */
  private static String cutStageDirections(String text, int number, List<Diagnostic> diags) {
    Matcher s = INLINE_STAGE.matcher(text);
    StringBuilder kept = null; // made at the first cut: most parentheses are no stage direction
    int last = 0;
    Boolean whole = null; // whether the whole line is parenthesised: asked once, when needed
    for (int start = nextStage(text, 0, s); start >= 0; start = nextStage(text, s.end(), s)) {
      if (StatementPageNoise.isStage(s.group(1))) {
        if (whole == null) {
          whole = StatementPageNoise.PARENTHESISED.matcher(text).matches();
        }
        if (!whole) {
          if (kept == null) {
            kept = new StringBuilder(text.length());
          }
          kept.append(text, last, start);
          last = s.end();
          diags.add(
              Removals.removed(
                  NoiseKind.STAGE_DIRECTION, number, text.substring(start, s.end()).strip()));
        }
      }
    }
    if (last > 0) {
      kept.append(text, last, text.length());
      return Whitespace.clean(kept.toString());
    }
    return text;
  }

  /**
   * Where the next stage direction at or after {@code from} starts, with the white space before it,
   * as {@code find()} with the pattern {@code \\s*} and {@link #INLINE_STAGE} would find it from
   * {@code from}; -1 when there is none. The parenthesis's match is left in {@code stage}. A match
   * starts with the white space right before an opening parenthesis where the pattern matches, as
   * no other place can start one: so only the parentheses are tried.
   */
  static int nextStage(String text, int from, Matcher stage) {
    for (int p = text.indexOf('(', from); p >= 0; p = text.indexOf('(', p + 1)) {
      stage.region(p, text.length());
      if (stage.lookingAt()) {
        int start = p;
        while (start > from && isRegexSpace(text.charAt(start - 1))) {
          start--;
        }
        return start;
      }
    }
    return -1;
  }

  /** A character of {@code \\s} as a pattern without flags reads it. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * Whether {@link #GARBAGE_TOKEN} can match: somewhere small letters and a capital follow the end
   * of a sentence, an optional closing quote and a space, where the pattern's look-behind holds.
   */
  static boolean mayHoldGarbageToken(String text) {
    return mayHoldGarbageTokenAfter(text, '.')
        || mayHoldGarbageTokenAfter(text, '!')
        || mayHoldGarbageTokenAfter(text, '?');
  }

  /** Whether a small letter follows an {@code end} mark, an optional closing quote and a space. */
  private static boolean mayHoldGarbageTokenAfter(String text, char end) {
    for (int i = text.indexOf(end); i >= 0; i = text.indexOf(end, i + 1)) {
      int j = i + 1;
      if (j < text.length() && isClosingQuote(text.charAt(j))) {
        j++;
      }
      for (int k = i + 1; k <= j; k++) {
        // the space at k, small letters after it and a capital after them ("jsEpj")
        if (k + 1 < text.length()
            && Whitespace.isSpace(text.charAt(k))
            && isSmallLetter(text, k + 1)
            && capitalAfterSmallLetters(text, k + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A quote that {@link #GARBAGE_TOKEN}'s look-behind reads after the end of a sentence. */
  private static boolean isClosingQuote(char c) {
    return c == '"' || c == '”' || c == '’';
  }

  /**
   * Whether a small letter ({@code \p{Ll}}) stands at {@code i}: an ASCII character without a
   * look-up, as after most sentence ends a capital stands.
   */
  private static boolean isSmallLetter(String text, int i) {
    char c = text.charAt(i);
    if (c < 128) {
      return c >= 'a' && c <= 'z';
    }
    return Character.getType(text.codePointAt(i)) == Character.LOWERCASE_LETTER;
  }

  /** Whether the run of small letters from {@code from} on is followed by a capital. */
  private static boolean capitalAfterSmallLetters(String text, int from) {
    int i = from;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      int type = Character.getType(c);
      if (type == Character.UPPERCASE_LETTER) {
        return true;
      }
      if (type != Character.LOWERCASE_LETTER) {
        return false;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /**
   * Whether a name is an HTML element's: plain text is markup only where it names one ("<span",
   * "</s>"), so a stray "<" in a speech ("ignore <or disregard") keeps its words.
   */
  private static boolean isElement(String name) {
    return Tag.isKnownTag(name.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether text after a tag's name reads as attributes ({@code style="…" class=x}), or nothing.
   */
  private static boolean isAttributes(String text) {
    return text.isBlank() || text.indexOf('=') >= 0;
  }

  /** A markup removal: INFO for markup syntax, a WARNING when it takes more than that. */
  private static Diagnostic markup(int number, String text) {
    Diagnostic removal = Removals.removed(NoiseKind.MARKUP, number, text);
    if (text.length() <= QUIET_REMOVAL) {
      return removal;
    }
    return new Diagnostic(
        Severity.WARNING,
        removal.code(),
        number,
        "removed " + text.length() + " characters as markup",
        text);
  }

  /**
   * The text without the HTML tags of known elements in it; what is cut goes to {@code removed}.
   */
  private static String cutTags(String text, StringBuilder removed) {
    Matcher m = HTML_TAG.matcher(text);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      if (!isElement(m.group(1))
          || m.group(2) != null && !isAttributes(m.group(2)) && !m.group().endsWith("/>")) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, last, m.start());
      removed.append(m.group()).append(' ');
      last = m.end();
    }
    if (out == null) {
      return text;
    }
    return out.append(text, last, text.length()).toString();
  }

  /**
   * Whether the text, white space cleaned, holds a web address ({@link StatementPageNoise#URL}):
   * tried only when it holds the "://" or "www." that one needs, which cleaning leaves as they are.
   */
  static boolean holdsUrl(String text) {
    return (text.contains("://") || text.contains("www."))
        && StatementPageNoise.URL.matcher(Whitespace.clean(text)).find();
  }

  /**
   * The text without the matches of {@link #EMPHASIS}, each cut going to {@code removed}: the
   * pattern is tried only at an asterisk or underscore (every match opens with one), with the text
   * before it in view of the look-behind, where {@code find()} would try it at every character.
   */
  static String cutEmphasis(String text, StringBuilder removed) {
    Matcher m = EMPHASIS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    StringBuilder out = null;
    int last = 0;
    int n = text.length();
    int star = text.indexOf('*');
    int line = text.indexOf('_');
    while (star >= 0 || line >= 0) {
      int p = star < 0 ? line : line < 0 ? star : Math.min(star, line);
      m.region(p, n);
      int next = p + 1;
      if (m.lookingAt()) {
        if (out == null) {
          out = new StringBuilder();
        }
        out.append(text, last, p);
        removed.append(m.group()).append(' ');
        last = m.end();
        next = last;
      }
      // the marks before next are tried or cut: look on from there
      star = star >= 0 && star < next ? text.indexOf('*', next) : star;
      line = line >= 0 && line < next ? text.indexOf('_', next) : line;
    }
    if (out == null) {
      return text;
    }
    return out.append(text, last, n).toString();
  }
}
