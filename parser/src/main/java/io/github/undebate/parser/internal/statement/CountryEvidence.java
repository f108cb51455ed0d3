package io.github.undebate.parser.internal.statement;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Severity;
import io.github.undebate.parser.internal.UngdcFileName;
import io.github.undebate.parser.internal.common.Evidence;
import io.github.undebate.parser.internal.common.Evidenced;
import io.github.undebate.parser.internal.common.Nations;
import io.github.undebate.parser.internal.common.State;
import java.util.List;
import java.util.Optional;

/**
 * The speaker's State, from the kinds of evidence in {@link #SOURCES}, tried in that order; the
 * first that names a State gives it. A new kind of evidence (a self-reference in the speech, say)
 * is a new method here and its place in the list.
 */
final class CountryEvidence {
  /** One kind of evidence: the State it names, if it names one. */
  @FunctionalInterface
  interface Source {
    Optional<Found<State>> find(SpeakerClues clues);
  }

  /** The kinds of evidence, in the order they are tried. */
  static final List<Source> SOURCES =
      List.of(
          CountryEvidence::byline,
          CountryEvidence::headingLines,
          CountryEvidence::openingLabel,
          CountryEvidence::siteAddress,
          CountryEvidence::fileName,
          CountryEvidence::selfReference);

  private CountryEvidence() {}

  /** The State the first source that names one names. */
  static Optional<Found<State>> find(SpeakerClues clues) {
    for (Source source : SOURCES) {
      Optional<Found<State>> found = source.find(clues);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * The first State the byline (or the speaker's label) names; in a Chinese byline, the State at
   * its start ({@link BylineScripts#chineseState}).
   */
  static Optional<Found<State>> byline(SpeakerClues clues) {
    return clues
        .byline()
        .flatMap(
            b ->
                firstState(clues.printed(), b.raw())
                    .or(
                        () ->
                            BylineScripts.chineseState(b.raw())
                                .map(s -> new Evidenced<>(s, clues.printed(), b.raw()))))
        .map(e -> new Found<>(e, clues.printedLine()));
  }

  /** The first State a heading line (a byline without the name, a letterhead) names. */
  static Optional<Found<State>> headingLines(SpeakerClues clues) {
    for (Heading.CountryLine line : clues.heading().countryLines()) {
      Optional<Found<State>> found =
          firstState(line.evidence(), line.text()).map(e -> new Found<>(e, line.line()));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * The State a speaker label that opens the speech names in parentheses, as summary and verbatim
   * records print it ({@link BylineInSpeech}): "Mr. BLANCO (Venezuela) asked ...", "121. Sir Claude
   * COREA (Ceylon); Apart from ...".
   */
  static Optional<Found<State>> openingLabel(SpeakerClues clues) {
    return clues
        .opening()
        .filter(o -> o.state().isPresent())
        .flatMap(
            o ->
                Nations.namedBy(Evidence.SPEAKER_LABEL, o.state().get())
                    .map(e -> new Found<>(e, clues.speech().lineAt(o.stateStart()))));
  }

  /**
   * The first State the text names (the resolver's folding sets aside the tatweel that stretches
   * Arabic letters in headings, "دولـة الكـويت"); the evidence quotes the text as printed.
   */
  private static Optional<Evidenced<State>> firstState(Evidence evidence, String text) {
    return Nations.firstIn(text).map(s -> new Evidenced<>(s, evidence, text));
  }

  /** The State whose government's website the page comes from. */
  static Optional<Found<State>> siteAddress(SpeakerClues clues) {
    return clues
        .front()
        .flatMap(
            f ->
                f.get("source_url")
                    .flatMap(Nations::speaksFor)
                    .map(e -> new Found<>(e, f.line("source_url"))));
  }

  /** The State the UNGDC file name gives. */
  static Optional<Found<State>> fileName(SpeakerClues clues) {
    return clues
        .fileName()
        .flatMap(f -> f.state().map(s -> Found.of(s, Evidence.FILE_NAME, f.alpha3(), 0)));
  }

  /** The State the speaker calls his own in the speech ({@link SelfReference}). */
  static Optional<Found<State>> selfReference(SpeakerClues clues) {
    return clues.selfReference().state();
  }

  /**
   * The diagnostic that says a State came from the file name: unlike the others, in its own words,
   * as it comes from outside the text.
   */
  static Diagnostic fromFileName(State state, UngdcFileName fileName) {
    return new Diagnostic(
        Severity.INFO,
        "speaker.country_from_file_name",
        0,
        "no byline or heading names the speaker's State; "
            + state.name()
            + " is from the UNGDC file name ("
            + fileName.alpha3()
            + ", session "
            + fileName.session()
            + ")",
        "");
  }
}
