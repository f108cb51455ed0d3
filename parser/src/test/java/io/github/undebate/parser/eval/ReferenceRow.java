package io.github.undebate.parser.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One row of a {@code REFERENCE.tsv}: the record's file, the code of the State that speaks in it,
 * the group it is counted in and the speaker's name, as {@code ../shared/eval/speakers.py} reads
 * them.
 *
 * @param file the record's file name in the folder of the table
 * @param code the State's code: ISO 3166-1 alpha-2 where the table has an {@code iso2} column
 *     ({@code delivered-2024}), else the UN General Debate Corpus's alpha-3 code ({@code
 *     ungdc-sample}, {@code RUS} also for the USSR)
 * @param alpha2 whether {@code code} is an alpha-2 code
 * @param group the language ({@code en}) where the table has one, else the decade ({@code 1960s})
 * @param speaker the speaker's name as the reference gives it ({@code Mr. Van Langenhove})
 */
record ReferenceRow(String file, String code, boolean alpha2, String group, String speaker) {

  /** Reads a table; columns are found by their header names, so their order does not matter. */
  static List<ReferenceRow> read(Path tsv) throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
    boolean alpha2 = header.contains("iso2");
    int file = column(header, "file");
    int code = column(header, alpha2 ? "iso2" : "iso3");
    int language = header.indexOf("language");
    int year = language < 0 ? column(header, "year") : -1;
    int speaker = column(header, "speaker");
    List<ReferenceRow> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      // as speakers.py: the language, or the decade of the year ("1962" gives "1960s")
      String group = language >= 0 ? f[language] : f[year].substring(0, 3) + "0s";
      rows.add(new ReferenceRow(f[file], f[code], alpha2, group, f[speaker]));
    }
    return rows;
  }

  private static int column(List<String> header, String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no column " + name + " in " + header);
    }
    return i;
  }
}
