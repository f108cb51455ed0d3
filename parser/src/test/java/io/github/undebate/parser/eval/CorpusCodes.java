package io.github.undebate.parser.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The code a reference table uses for a speaker's ISO 3166-1 alpha-2 {@code countryCode}: the code
 * itself for a table of alpha-2 codes, else the alpha-3 code the UN General Debate Corpus gives
 * that State, former States included by their ISO 3166-3 alpha-2 codes ({@code SU} is the corpus's
 * {@code RUS}), exactly as {@code ../shared/eval/speakers.py} maps them.
 */
final class CorpusCodes {
  /** Former States as the corpus codes them, from speakers.py. */
  private static final Map<String, String> FORMER_STATES =
      Map.of(
          "SU", "RUS", "YU", "YUG", "CS", "CSK", "DD", "DDR", "ZR", "COD", "BU", "MMR", "HV", "BFA",
          "DY", "BEN", "YD", "YMD", "XK", "XKX");

  private final Map<String, String> alpha3;

  /** Codes from an alpha-2 to alpha-3 table; the former States are added to it. */
  CorpusCodes(Map<String, String> alpha2ToAlpha3) {
    Map<String, String> all = new HashMap<>(alpha2ToAlpha3);
    all.putAll(FORMER_STATES);
    this.alpha3 = Map.copyOf(all);
  }

  /** Reads {@code ../shared/eval/iso3166.tsv}: alpha-2, alpha-3 and name, tab-separated. */
  static CorpusCodes read(Path iso3166) throws IOException {
    Map<String, String> table = new HashMap<>();
    for (String line : Files.readAllLines(iso3166, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (f.length >= 2 && !f[0].isBlank()) {
        table.put(f[0], f[1]);
      }
    }
    return new CorpusCodes(table);
  }

  /** The parser's code as the row's table writes it; an unknown code is kept as it is. */
  String asReference(String countryCode, ReferenceRow row) {
    String code = countryCode.toUpperCase(Locale.ROOT);
    return row.alpha2() ? code : alpha3.getOrDefault(code, code);
  }
}
