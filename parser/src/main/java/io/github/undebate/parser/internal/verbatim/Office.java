package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.common.ResourceTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An office a speaker label may name instead of a person ("The President", "The Acting President",
 * "The Secretary-General", "Le Président", "El Presidente"), from {@code presiding-labels.tsv}.
 *
 * @param role who the office is on the roll
 * @param post the office as the table prints it ("Acting President")
 * @param language the ISO 639-1 code of the language the post is in, which says which articles open
 *     its label ("en": "The")
 */
record Office(Office.Role role, String post, String language) {
  /** Who holds an office, as the roll resolves it. */
  enum Role {
    /** The presiding officer of the header's President line. */
    PRESIDENT,
    /** The officer who took the Chair, when a note says so. */
    ACTING,
    /** A United Nations official. */
    SECRETARIAT
  }

  /** The offices, longest first, so that "Acting President" wins over "President". */
  static final List<Office> ALL = load();

  private static List<Office> load() {
    List<Office> offices = new ArrayList<>();
    for (ResourceTable.Row row : ResourceTable.read(Office.class, "presiding-labels.tsv", 2, 3)) {
      String language = row.size() > 2 ? row.cell(2) : "en";
      if (!OfficeLabelForm.ARTICLES.containsKey(language)) {
        throw row.malformed("no articles known for language \"" + language + "\"");
      }
      offices.add(new Office(role(row), row.cell(1), language));
    }
    offices.sort((a, b) -> b.post.length() - a.post.length());
    return List.copyOf(offices);
  }

  private static Role role(ResourceTable.Row row) {
    for (Role r : Role.values()) {
      if (r.name().toLowerCase(Locale.ROOT).equals(row.cell(0))) {
        return r;
      }
    }
    throw row.malformed("unknown role \"" + row.cell(0) + "\"");
  }
}
