package io.github.undebate.parser.internal.pdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The page's furniture, told apart by where it stands: a line in the top or bottom band of its page
 * is a running head or foot when the same line (its digits aside, in the same type size) stands in
 * that band on another page too; a page number, job number or bar code when it is only those; and a
 * block at the foot of a page that opens with the correction notice ("This record contains the text
 * of speeches…") is that notice. Lines in the bands that are none of these (a first page's
 * masthead, a body line near the margin) are read as text.
 */
final class Furniture {
  /** The top band: baselines in the top 12% of the page. */
  static final float TOP_BAND = 0.12f;

  /** The bottom band: tops in the bottom 12% of the page. */
  static final float BOTTOM_BAND = 0.88f;

  /** Words that stand beside page numbers: "Page 2 of 19", "19 من 1 صفحة", "- 2 -". */
  private static final Set<String> PAGE_WORDS =
      Set.of(
          "page",
          "p.",
          "of",
          "de",
          "sur",
          "página",
          "pagina",
          "seite",
          "von",
          "страница",
          "стр.",
          "из",
          "صفحة",
          "من",
          "页",
          "第",
          "共",
          "-",
          "–",
          "—",
          "|");

  private static final Pattern NUMBER = Pattern.compile("\\d{1,4}(/\\d{1,4})?");
  private static final Pattern JOB_NUMBER =
      Pattern.compile("\\d{2}-\\d{5}(\\s*\\([A-Z]\\))?|\\([A-Z]\\)");
  private static final Pattern BARCODE = Pattern.compile("\\*\\d{5,}\\*");
  private static final Pattern NOTICE =
      Pattern.compile("^(?:\\d\\d-\\d{5}\\s*\\(E\\)\\s*)?This record (?:contains|is subject to)");

  private final Map<String, Set<Integer>> pagesByKey = new HashMap<>();

  /** Learns the band lines of every page; call before {@link #kind}. */
  Furniture(List<List<Row>> pages) {
    for (List<Row> page : pages) {
      for (Row row : page) {
        if (row.band() != Row.Band.BODY) {
          pagesByKey.computeIfAbsent(key(row), k -> new HashSet<>()).add(row.page());
        }
      }
    }
  }

  /**
   * What a band line is ({@code running_head}, {@code page_number}, {@code job_number}, {@code
   * barcode}), or null when it is text.
   */
  String kind(Row row) {
    if (row.band() == Row.Band.BODY) {
      return null;
    }
    // control characters that some PDFs draw after numbers ("2/12\b") are no part of the words
    String text = row.text().replaceAll("\\p{Cc}", "").strip();
    if (BARCODE.matcher(text).matches()) {
      return "barcode";
    }
    String tokens = onlyNumbers(text, row.page());
    if (tokens != null) {
      return tokens;
    }
    if (pagesByKey.getOrDefault(key(row), Set.of()).size() >= 2) {
      return row.band() == Row.Band.TOP ? "running_head" : "running_foot";
    }
    return null;
  }

  /** Whether the row opens the correction notice of a record's first page. */
  static boolean opensNotice(Row row) {
    return NOTICE.matcher(row.text()).find();
  }

  /**
   * {@code page_number} or {@code job_number} when every word of the line is a number, a job
   * number, a language code or a page word, and a number is the page's; else null.
   */
  private static String onlyNumbers(String text, int page) {
    boolean pageNumber = false;
    boolean job = false;
    String rest = JOB_NUMBER.matcher(text).replaceAll(" \u0000 ");
    for (String token : rest.split("\\s+")) {
      if (token.isEmpty()) {
        continue;
      }
      if (token.equals("\u0000")) {
        job = true;
      } else if (NUMBER.matcher(token).matches()) {
        String first = token.contains("/") ? token.substring(0, token.indexOf('/')) : token;
        pageNumber |= Integer.parseInt(first) == page;
      } else if (!PAGE_WORDS.contains(token.toLowerCase(Locale.ROOT))) {
        return null;
      }
    }
    // "1 من 19" names the page count too: one number that is the page is enough
    return pageNumber ? "page_number" : job ? "job_number" : null;
  }

  private static String key(Row row) {
    String masked = row.text().replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    return row.band() + "|" + Math.round(row.size()) + "|" + masked.toLowerCase(Locale.ROOT);
  }
}
