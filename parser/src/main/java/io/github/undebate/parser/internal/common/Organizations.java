package io.github.undebate.parser.internal.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The international organizations of {@code organizations.tsv}: the United Nations, regional and
 * other intergovernmental organizations, UN funds, programmes and agencies, and the few others that
 * speak in records (ICRC, The Elders). Immutable and safe to share; use {@link #standard()}.
 */
public final class Organizations {
  private static final String TABLE = "organizations.tsv";

  private final List<Organization> all;
  private final NameIndex<Organization> names;

  private Organizations(List<Organization> all, NameIndex<Organization> names) {
    this.all = all;
    this.names = names;
  }

  private static final class Holder {
    static final Organizations STANDARD = load();
  }

  /** The shared table, loaded once on first use. */
  public static Organizations standard() {
    return Holder.STANDARD;
  }

  private static Organizations load() {
    List<Organization> all = new ArrayList<>();
    NameIndexBuilder<Organization> names = new NameIndexBuilder<>(TABLE);
    for (ResourceTable.Row row : ResourceTable.read(Organizations.class, TABLE, 2, 2)) {
      Organization organization = new Organization(row.cell(0), ResourceTable.names(row.cell(1)));
      all.add(organization);
      names.add(organization.name(), organization, row);
      for (String other : organization.otherNames()) {
        names.add(other, organization, row);
      }
    }
    return new Organizations(List.copyOf(all), names.build());
  }

  /**
   * The organization with this name or other name, matched whole after folding case, accents,
   * punctuation, whitespace and a leading "the".
   */
  public Optional<Organization> lookup(String name) {
    return names.lookup(name);
  }

  /**
   * The first organization named in {@code text} as whole words, with the longest name that starts
   * there ("United Nations Children's Fund" rather than "United Nations"). Names in capitals only
   * ("UN", "NATO") count only when printed in capitals.
   */
  public Optional<OrganizationMention> find(String text) {
    return names.find(text).map(m -> new OrganizationMention(m.value(), m.start(), m.end()));
  }

  /** Every organization named in {@code text}, left to right, by the rules of {@link #find}. */
  public List<OrganizationMention> findAll(String text) {
    List<OrganizationMention> mentions = new ArrayList<>();
    for (NameIndex.Match<Organization> m : names.findAll(text)) {
      mentions.add(new OrganizationMention(m.value(), m.start(), m.end()));
    }
    return List.copyOf(mentions);
  }

  /** Every organization of the table, in table order. */
  public List<Organization> all() {
    return all;
  }
}
