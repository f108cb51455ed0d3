package io.github.undebate.formats.internal;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Speaker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Where each speaker's fields came from, read from the parser's INFO diagnostics {@code
 * speaker.<field>_from_<evidence>}. Those name the field's value in their message but not the
 * speaker, so a diagnostic is given to the speaker whose field has that value, and among speakers
 * with equal values (two delegates of one State) to the one whose label it quotes.
 */
final class PageEvidence {

  /**
   * One field's evidence.
   *
   * @param field {@code country}, {@code organization}, {@code name}, {@code honorific} or {@code
   *     post}
   * @param from what gave it, as the message says ("the byline")
   * @param diagnostic the diagnostic that says so
   */
  record Found(String field, String from, Diagnostic diagnostic) {}

  /** The fields that carry evidence, in the order the page shows them. */
  private static final List<String> FIELDS =
      List.of("country", "organization", "name", "honorific", "post");

  private final List<Diagnostic> evidence = new ArrayList<>();
  private final Set<Diagnostic> claimed = new HashSet<>();

  PageEvidence(List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      if (isEvidence(d)) {
        evidence.add(d);
      }
    }
  }

  /** Whether the diagnostic says where a speaker's field came from. */
  static boolean isEvidence(Diagnostic d) {
    return d.code().startsWith("speaker.") && d.code().contains("_from_");
  }

  /** The evidence for each filled field of the speaker, in {@link #FIELDS} order. */
  List<Found> of(Speaker speaker) {
    List<Found> out = new ArrayList<>();
    for (String field : FIELDS) {
      Optional<String> value = value(speaker, field);
      if (value.isEmpty()) {
        continue;
      }
      Diagnostic best = null;
      int bestRank = 0;
      for (Diagnostic d : evidence) {
        if (claimed.contains(d) || !d.code().startsWith("speaker." + field + "_from_")) {
          continue;
        }
        if (!d.message().contains("\"" + value.get() + "\"")) {
          continue;
        }
        int rank = rank(speaker, d);
        if (rank > bestRank) {
          best = d;
          bestRank = rank;
        }
      }
      if (best != null) {
        claimed.add(best);
        out.add(new Found(field, from(best), best));
      }
    }
    return out;
  }

  /**
   * The evidence grouped by the text it was read from, in order: the fields one byline gave are
   * shown once with that byline.
   */
  static List<List<Found>> bySource(List<Found> found) {
    Map<List<Object>, List<Found>> groups = new LinkedHashMap<>();
    for (Found f : found) {
      List<Object> key = List.of(f.from(), f.diagnostic().excerpt(), f.diagnostic().line());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
    return List.copyOf(groups.values());
  }

  /** Prefers evidence that quotes the speaker's own label, then any that names him. */
  private static int rank(Speaker speaker, Diagnostic d) {
    if (!speaker.raw().isEmpty() && d.excerpt().equals(speaker.raw())) {
      return 3;
    }
    if (speaker.name().isPresent() && d.excerpt().contains(speaker.name().get())) {
      return 2;
    }
    return 1;
  }

  private static String from(Diagnostic d) {
    String marker = " is from ";
    int at = d.message().lastIndexOf(marker);
    if (at >= 0) {
      return d.message().substring(at + marker.length());
    }
    return d.code().substring(d.code().indexOf("_from_") + "_from_".length()).replace('_', ' ');
  }

  private static Optional<String> value(Speaker s, String field) {
    Function<Speaker, Optional<String>> get;
    switch (field) {
      case "country":
        get = Speaker::country;
        break;
      case "organization":
        get = Speaker::organization;
        break;
      case "name":
        get = Speaker::name;
        break;
      case "honorific":
        get = Speaker::honorific;
        break;
      default:
        get = Speaker::post;
        break;
    }
    return get.apply(s);
  }
}
