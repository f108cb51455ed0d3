package io.github.undebate.parser.internal.common;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The languages of {@code languages.tsv} by their English names as interpretation notes print them
 * ("spoke in Russian", "interpretation from French"), with their ISO 639-1 codes. Immutable and
 * safe to share; use {@link #standard()}.
 */
public final class Languages {
  private static final String TABLE = "languages.tsv";

  private final Map<String, String> codes;

  private Languages(Map<String, String> codes) {
    this.codes = codes;
  }

  private static final class Holder {
    static final Languages STANDARD = load();
  }

  /** The shared table, loaded once on first use. */
  public static Languages standard() {
    return Holder.STANDARD;
  }

  private static Languages load() {
    Map<String, String> codes = new HashMap<>();
    for (TableReader.Row row : TableReader.read(TABLE, 3, 3)) {
      String code = row.cell(1);
      if (!code.matches("[a-z]{2,3}")) {
        throw row.malformed("code must be an ISO 639 code in lower case, was \"" + code + "\"");
      }
      put(codes, row.cell(0), code, row);
      for (String other : TableReader.names(row.cell(2))) {
        put(codes, other, code, row);
      }
    }
    return new Languages(Map.copyOf(codes));
  }

  private static void put(
      Map<String, String> codes, String name, String code, TableReader.Row row) {
    String previous = codes.putIfAbsent(Words.key(name), code);
    if (previous != null && !previous.equals(code)) {
      throw row.malformed("language \"" + name + "\" already has code " + previous);
    }
  }

  /**
   * The ISO 639-1 code of a language named in English, ignoring case and surrounding spaces or
   * punctuation: "Russian" and " russian " give "ru".
   */
  public Optional<String> code(String languageName) {
    if (languageName == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(codes.get(Words.key(languageName.toLowerCase(Locale.ROOT))));
  }
}
