package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.common.ResourceTable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The openings of procedural notes ("The meeting was called to order") that start a record's body
 * and that are signs of a verbatim record, from {@code note-openings.tsv}.
 */
final class NoteOpenings {
  private static final List<String> BODY_START = new ArrayList<>();
  static final Pattern RECORD_SIGN;

  /**
   * The first characters of the record signs: a line whose first character after white space is
   * none of them opens with no sign, and the pattern need not run.
   */
  private static final String SIGN_FIRSTS;

  static {
    List<String> signs = new ArrayList<>();
    for (ResourceTable.Row row :
        ResourceTable.read(NoteOpenings.class, "note-openings.tsv", 2, 2)) {
      switch (row.cell(0)) {
        case "body_start" -> BODY_START.add(row.cell(1));
        case "record_sign" -> signs.add(row.cell(1));
        default -> throw row.malformed("use must be body_start or record_sign");
      }
    }
    StringBuilder alternatives = new StringBuilder();
    StringBuilder firsts = new StringBuilder();
    for (String sign : signs) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(sign));
      if (sign.isEmpty() || RecordKindSigns.isRegexSpace(sign.charAt(0))) {
        throw new IllegalStateException("a record sign must open with a word: \"" + sign + "\"");
      }
      if (firsts.indexOf(String.valueOf(sign.charAt(0))) < 0) {
        firsts.append(sign.charAt(0));
      }
    }
    RECORD_SIGN = Pattern.compile("^\\s*(?:" + alternatives + ")\\b");
    SIGN_FIRSTS = firsts.toString();
  }

  private NoteOpenings() {}

  /** Whether the stripped line opens with a note that starts the body. */
  static boolean startsBody(String line) {
    for (String opening : BODY_START) {
      if (line.startsWith(opening)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the line (as printed) opens with a note that is a sign of a verbatim record. */
  static boolean isRecordSign(String line) {
    return maySign(line) && RECORD_SIGN.matcher(line).find();
  }

  /**
   * Whether the line's first character after the pattern's white space is one a sign opens with:
   * since the signs were French and Spanish too, they share no prefix to look for, and the pattern
   * ran on every line of every input.
   */
  static boolean maySign(String line) {
    int i = 0;
    while (i < line.length() && RecordKindSigns.isRegexSpace(line.charAt(i))) {
      i++;
    }
    return i < line.length() && SIGN_FIRSTS.indexOf(line.charAt(i)) >= 0;
  }
}
