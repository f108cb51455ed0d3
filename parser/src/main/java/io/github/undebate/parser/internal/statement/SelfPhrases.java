package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.common.ResourceTable;
import io.github.undebate.parser.internal.text.ClauseFold;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The phrases of {@code self-references.tsv} by kind, as {@link SelfReference} looks for them
 * around a State's name: loaded when a speech is first read for them.
 */
final class SelfPhrases {
  private SelfPhrases() {}

  /** What a phrase says where it stands. */
  enum Kind {
    BEFORE,
    AFTER,
    AGENT,
    SUBJECT,
    AUX,
    STANCE,
    PAST,
    BODY
  }

  /** The articles that may stand between a phrase and the name after it. */
  static final String[] ARTICLES = {"the", "la", "le", "el", "o", "a"};

  // lower-cased phrases of each kind, longest first, curly apostrophes made straight
  static final Map<Kind, List<String>> PHRASES = load();

  // the phrases that may stand right after a State's name, and after its adjective: a clause
  // that opens with none of them is not folded (ClauseFold.mayOpen)
  static final ClauseFold.Openings AFTER_NAME =
      ClauseFold.Openings.of(
          List.of(
              PHRASES.get(Kind.AFTER),
              PHRASES.get(Kind.AUX),
              PHRASES.get(Kind.STANCE),
              PHRASES.get(Kind.PAST)));
  static final ClauseFold.Openings AFTER_ADJECTIVE = ClauseFold.Openings.of(PHRASES.get(Kind.BODY));
  // the phrases that may stand right before a State's name, perhaps before an article
  static final ClauseFold.Closings BEFORE_NAME =
      ClauseFold.Closings.of(PHRASES.get(Kind.BEFORE), List.of(ARTICLES));
  // each kind's phrases by their first and last characters, in the order above
  static final Map<Kind, PhraseEnds> ENDS = ends();

  private static Map<Kind, PhraseEnds> ends() {
    Map<Kind, PhraseEnds> ends = new EnumMap<>(Kind.class);
    PHRASES.forEach((k, v) -> ends.put(k, PhraseEnds.of(v)));
    return ends;
  }

  private static Map<Kind, List<String>> load() {
    Map<Kind, List<String>> phrases = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      phrases.put(k, new ArrayList<>());
    }
    for (ResourceTable.Row row :
        ResourceTable.read(SelfReference.class, "self-references.tsv", 3, 3)) {
      Kind kind;
      try {
        kind = Kind.valueOf(row.cell(1).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.malformed("no kind \"" + row.cell(1) + "\"");
      }
      String phrase = row.cell(2);
      phrases.get(kind).add(ClauseFold.fold(phrase));
    }
    Map<Kind, List<String>> sorted = new EnumMap<>(Kind.class);
    phrases.forEach(
        (k, v) -> {
          List<String> l = new ArrayList<>(v);
          l.sort((a, b) -> b.length() - a.length());
          sorted.put(k, List.copyOf(l));
        });
    return sorted;
  }
}
