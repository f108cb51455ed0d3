package io.github.undebate.parser.internal.language;

import io.github.undebate.parser.internal.common.ResourceTable;
import io.github.undebate.parser.internal.common.Words;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names of languages, not the language of a text (that is {@link TextLanguage}): the languages
 * of {@code languages.tsv} by their English names as interpretation notes print them ("spoke in
 * Russian", "interpretation from French"), with their ISO 639-1 codes. Immutable and safe to share;
 * use {@link #standard()}.
 */
public final class LanguageNames {
  private static final String TABLE = "languages.tsv";

  private final Map<String, String> codes;

  private LanguageNames(Map<String, String> codes) {
    this.codes = codes;
  }

  private static final class Holder {
    static final LanguageNames STANDARD = load();
  }

  /** The shared table, loaded once on first use. */
  public static LanguageNames standard() {
    return Holder.STANDARD;
  }

  private static LanguageNames load() {
    Map<String, String> codes = new HashMap<>();
    for (ResourceTable.Row row : ResourceTable.read(LanguageNames.class, TABLE, 3, 3)) {
      String code = row.cell(1);
      if (!ResourceTable.isCode(code, true, 2, 3)) {
        throw row.malformed("code must be an ISO 639 code in lower case, was \"" + code + "\"");
      }
      put(codes, row.cell(0), code, row);
      for (String other : ResourceTable.names(row.cell(2))) {
        put(codes, other, code, row);
      }
    }
    return new LanguageNames(Map.copyOf(codes));
  }

  private static void put(
      Map<String, String> codes, String name, String code, ResourceTable.Row row) {
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
