package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.common.ResourceTable;
import io.github.undebate.parser.internal.text.Whitespace;
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

  /** The record signs, each looked for where the line's text starts before the pattern runs. */
  private static final String[] SIGNS;

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
    for (String sign : signs) {
      if (sign.isEmpty() || Whitespace.isSpace(sign.charAt(0))) {
        throw new IllegalStateException("note-openings.tsv: a record sign opens with a letter");
      }
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(sign));
    }
    RECORD_SIGN = Pattern.compile("^\\s*(?:" + alternatives + ")\\b");
    SIGNS = signs.toArray(new String[0]);
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

  /** Whether the printed line opens with a note that is a sign of a verbatim record. */
  static boolean isRecordSign(Line line) {
    // A sign opens with no white space, so the pattern can match only with a sign where the
    // line's white space (regex \s) ends: the pattern, and its matcher, run only there.
    int start = 0;
    int n = line.printedLength();
    while (start < n && Whitespace.isSpace(line.printedCharAt(start))) {
      start++;
    }
    for (String sign : SIGNS) {
      if (line.printedHolds(sign, start)) {
        return RECORD_SIGN.matcher(line.printed()).find();
      }
    }
    return false;
  }
}
