package io.github.undebate.parser.eval;

import io.github.undebate.core.Speaker;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Coverage and precision of the speakers' State and name against a reference table, overall and per
 * group (language or decade), with the definitions of {@code ../shared/eval/speakers.py}:
 *
 * <ul>
 *   <li>a record <em>names a State</em> when one of its speakers has a country code; the State is
 *       <em>right</em> when the codes of all its speakers, written as the table writes them (see
 *       {@link CorpusCodes}), are exactly the reference code;
 *   <li>a record <em>names a speaker</em> when one of its speakers has a name; the name is
 *       <em>right</em> when one of the last two words of the reference name (accents and case
 *       ignored, one-letter words and full stops dropped) is a word of one of those names;
 *   <li>coverage is the share of the group's records that name one, precision the share of those
 *       that are right, "right" the share of all records that are; a record the parser could not
 *       read counts in the group but names nothing.
 * </ul>
 */
final class SpeakerScore {
  private static final Pattern SPACE = Pattern.compile("(?U)\\s+");
  private static final Pattern MARK = Pattern.compile("\\p{Mn}+");

  private final CorpusCodes codes;
  private final Tally all = new Tally();
  private final Map<String, Tally> groups = new TreeMap<>();
  private final List<String> errors = new ArrayList<>();

  SpeakerScore(CorpusCodes codes) {
    this.codes = codes;
  }

  /** Counts one record with the speakers the parser found in it. */
  void add(ReferenceRow row, List<Speaker> speakers) {
    Set<String> found = new TreeSet<>();
    List<String> names = new ArrayList<>();
    for (Speaker s : speakers) {
      s.countryCode().ifPresent(c -> found.add(codes.asReference(c, row)));
      s.name().filter(n -> !n.isEmpty()).ifPresent(names::add);
    }
    boolean countryRight = found.equals(Set.of(row.code()));
    boolean nameRight = names.stream().anyMatch(n -> surnameMatches(row.speaker(), n));
    for (Tally t : tallies(row)) {
      t.n++;
      if (!found.isEmpty()) {
        t.countryNamed++;
        t.countryRight += countryRight ? 1 : 0;
      }
      if (!names.isEmpty()) {
        t.nameNamed++;
        t.nameRight += nameRight ? 1 : 0;
      }
    }
    String stem = stem(row);
    if (found.isEmpty()) {
      errors.add(String.join("\t", stem, "no country", row.code(), ""));
    } else if (!countryRight) {
      errors.add(String.join("\t", stem, "country", row.code(), String.join(",", found)));
    }
    if (!names.isEmpty() && !nameRight) {
      errors.add(String.join("\t", stem, "name", row.speaker(), String.join(" | ", names)));
    }
  }

  /** Counts a record the parser could not read: it is in the group and names nothing. */
  void addMissing(ReferenceRow row) {
    for (Tally t : tallies(row)) {
      t.n++;
      t.missing++;
    }
    errors.add(String.join("\t", stem(row), "missing output", "", ""));
  }

  /** The counts of a group, {@code all} for every record; empty for a group never seen. */
  Optional<Tally> tally(String group) {
    return group.equals("all") ? Optional.of(all) : Optional.ofNullable(groups.get(group));
  }

  /** One line per group, {@code all} first, in the format of speakers.py. */
  List<String> lines() {
    Map<String, Tally> ordered = new LinkedHashMap<>();
    ordered.put("all", all);
    ordered.putAll(groups);
    List<String> out = new ArrayList<>();
    ordered.forEach((group, t) -> out.add(t.line(group)));
    return out;
  }

  /**
   * Every miss: record, kind, expected and found, tab-separated, as {@code speakers.py --errors}.
   */
  List<String> errors() {
    return List.copyOf(errors);
  }

  /**
   * Whether a parsed name has one of the last two words of the reference name: {@code "Mr. Van
   * Langenhove"} is matched by {@code "Langenhove"}, {@code "Edi Rama"} by {@code "RAMA,"}.
   */
  static boolean surnameMatches(String reference, String name) {
    List<String> ref = new ArrayList<>();
    for (String w : SPACE.split(fold(reference).replace(".", " ").strip())) {
      if (w.codePointCount(0, w.length()) > 1) {
        ref.add(w);
      }
    }
    Set<String> got = new HashSet<>();
    for (String w : SPACE.split(fold(name).replace(".", " ").replace(",", " ").strip())) {
      got.add(w);
    }
    List<String> lastTwo = ref.subList(Math.max(0, ref.size() - 2), ref.size());
    return lastTwo.stream().anyMatch(got::contains);
  }

  /** Compatibility decomposition without combining marks, case folded ("Ströms" gives "stroms"). */
  static String fold(String s) {
    String decomposed = MARK.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    // upper then lower case folds as Python's casefold does for the letters names use (ß -> ss)
    return decomposed.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  private List<Tally> tallies(ReferenceRow row) {
    return List.of(all, groups.computeIfAbsent(row.group(), g -> new Tally()));
  }

  private static String stem(ReferenceRow row) {
    String f = row.file();
    return f.length() > 4 ? f.substring(0, f.length() - 4) : f;
  }

  /** The counts of one group. */
  static final class Tally {
    private int n;
    private int missing;
    private int countryNamed;
    private int countryRight;
    private int nameNamed;
    private int nameRight;

    int records() {
      return n;
    }

    int unread() {
      return missing;
    }

    double countryCoverage() {
      return share(countryNamed, n);
    }

    /** Right among those that name a State; NaN when none does. */
    double countryPrecision() {
      return countryNamed == 0 ? Double.NaN : (double) countryRight / countryNamed;
    }

    double nameCoverage() {
      return share(nameNamed, n);
    }

    /** Right among those that name a speaker; NaN when none does. */
    double namePrecision() {
      return nameNamed == 0 ? Double.NaN : (double) nameRight / nameNamed;
    }

    String line(String group) {
      return String.format(
          Locale.ROOT,
          "%-5s n=%5d country: coverage=%s precision=%s right=%s"
              + " | name: coverage=%s precision=%s right=%s",
          group,
          n,
          three(countryCoverage()),
          three(countryPrecision()),
          three(share(countryRight, n)),
          three(nameCoverage()),
          three(namePrecision()),
          three(share(nameRight, n)));
    }

    private static double share(int part, int whole) {
      // speakers.py divides by n or 1
      return (double) part / Math.max(whole, 1);
    }

    /** Three decimals as Python's format does: the double's exact value, ties to even. */
    private static String three(double x) {
      if (Double.isNaN(x)) {
        return "nan";
      }
      return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
  }
}
