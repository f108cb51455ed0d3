package io.github.undebate.parser.internal.common;

import io.github.undebate.core.Body;
import java.util.Optional;

/**
 * The organs of the United Nations named in {@code organs.tsv}, mapped to the {@link Body} of the
 * model: "Security Council", "UN SECURITY COUNCIL", "ECOSOC", "Third Committee" (a Main Committee
 * of the General Assembly). Immutable and safe to share; use {@link #standard()}.
 */
public final class Organs {
  private static final String TABLE = "organs.tsv";

  private final NameIndex<Body> names;

  private Organs(NameIndex<Body> names) {
    this.names = names;
  }

  private static final class Holder {
    static final Organs STANDARD = load();
  }

  /** The shared table, loaded once on first use. */
  public static Organs standard() {
    return Holder.STANDARD;
  }

  private static Organs load() {
    NameIndexBuilder<Body> names = new NameIndexBuilder<>(TABLE);
    for (ResourceTable.Row row : ResourceTable.read(Organs.class, TABLE, 3, 3)) {
      Body body;
      try {
        body = Body.valueOf(row.cell(1));
      } catch (IllegalArgumentException e) {
        throw row.malformed("unknown body \"" + row.cell(1) + "\"");
      }
      names.add(row.cell(0), body, row);
      for (String other : ResourceTable.names(row.cell(2))) {
        names.add(other, body, row);
      }
    }
    return new Organs(names.build());
  }

  /** The organ with this name, matched whole after folding case, accents and punctuation. */
  public Optional<Body> lookup(String name) {
    return names.lookup(name);
  }

  /**
   * The first organ named in {@code text} as whole words, longest name first ("United Nations
   * Security Council" as one name). Capitalized words of a name must be capitalized in the text, so
   * "a security council" in lower case is no organ.
   */
  public Optional<Body> find(String text) {
    return names.find(text).map(NameIndex.Match::value);
  }
}
