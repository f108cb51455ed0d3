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
  private static final Pattern RECORD_SIGN;

  /** What every record sign opens with, looked for before the pattern runs. */
  private static final String SIGN_PREFIX;

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
    String prefix = signs.isEmpty() ? "" : signs.get(0);
    for (String sign : signs) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(sign));
      int k = 0;
      while (k < prefix.length() && k < sign.length() && prefix.charAt(k) == sign.charAt(k)) {
        k++;
      }
      prefix = prefix.substring(0, k);
    }
    RECORD_SIGN = Pattern.compile("^\\s*(?:" + alternatives + ")\\b");
    SIGN_PREFIX = prefix;
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
    return line.contains(SIGN_PREFIX) && RECORD_SIGN.matcher(line).find();
  }
}
