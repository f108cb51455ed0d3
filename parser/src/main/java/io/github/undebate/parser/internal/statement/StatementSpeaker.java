package io.github.undebate.parser.internal.statement;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Severity;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.SpeakerRole;
import io.github.undebate.parser.internal.UngdcFileName;
import io.github.undebate.parser.internal.common.Evidence;
import io.github.undebate.parser.internal.common.Nations;
import io.github.undebate.parser.internal.common.State;
import io.github.undebate.parser.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Who gives a statement, from evidence tried in a fixed order, each filled field saying in an INFO
 * diagnostic {@code speaker.<field>_from_<evidence>} which evidence gave it and on what line:
 *
 * <ol>
 *   <li>who is printed ({@link #printed}): the byline when it names the speaker, else the page
 *       title when it does, else the byline; it gives name, honorific and post;
 *   <li>post, when none is printed: one the speaker gives himself ({@link PostInSpeech});
 *   <li>State: {@link CountryEvidence#SOURCES}, in their order;
 *   <li>organization, only without a State: the printed byline.
 * </ol>
 */
final class StatementSpeaker {
  private StatementSpeaker() {}

  /**
   * Who is printed as speaking, with the evidence of the name (and honorific) and of the post.
   *
   * @param speaker who is printed
   * @param nameFrom what printed the name and honorific
   * @param postFrom what printed the post
   */
  private record Printed(
      Optional<PrintedSpeaker> speaker, Found<String> nameFrom, Found<String> postFrom) {}

  /**
   * The speaker of a statement of one turn.
   *
   * @param label the turn's label, when the speech opened with one
   * @param labelLine the label's line, 0 without one
   */
  static Speaker read(
      String id,
      Heading heading,
      Optional<String> label,
      int labelLine,
      Optional<FrontMatter> front,
      SpeechText speech,
      Optional<UngdcFileName> fileName,
      List<Diagnostic> diags) {
    Optional<BylineInSpeech> opening = BylineInSpeech.read(speech);
    Printed printed = printed(heading, label, front, opening, speech);
    Optional<PrintedSpeaker> byline = printed.speaker();
    Speaker.Builder b = Speaker.builder(id);
    b.raw(byline.map(PrintedSpeaker::raw).filter(r -> !r.isEmpty()).orElse(label.orElse("")));
    List<Diagnostic> evidence = new ArrayList<>();
    Optional<String> name = byline.flatMap(PrintedSpeaker::name);
    name.ifPresent(b::name);
    name.ifPresent(n -> evidence.add(printed.nameFrom().diagnostic("name", n)));
    Optional<String> honorific = byline.flatMap(PrintedSpeaker::honorific);
    honorific.ifPresent(b::honorific);
    honorific.ifPresent(h -> evidence.add(printed.nameFrom().diagnostic("honorific", h)));
    Optional<Found<String>> post =
        byline
            .flatMap(PrintedSpeaker::post)
            .map(p -> printed.postFrom().with(p))
            .or(() -> PostInSpeech.find(speech.text()).map(p -> p.found(speech)));
    post.ifPresent(p -> b.post(p.value()));
    post.ifPresent(p -> evidence.add(p.diagnostic("post", p.value())));
    // the byline's text, or the label's when only the page title named the speaker
    boolean printedByline = heading.byline().isPresent();
    SpeakerClues clues =
        new SpeakerClues(
            heading,
            byline,
            printedByline ? Evidence.BYLINE : Evidence.SPEAKER_LABEL,
            printedByline ? heading.bylineLine() : labelLine,
            front,
            speech,
            fileName,
            SelfReference.in(speech),
            opening);
    Optional<Found<State>> state = CountryEvidence.find(clues).map(s -> asOf(s, heading, fileName));
    if (state.isEmpty()) {
      clues.selfReference().conflict().ifPresent(diags::add);
    } else {
      disagreement(state.get(), clues.selfReference()).ifPresent(diags::add);
    }
    // Only a byline or heading names a speaker's organisation: the organisation a speech names
    // most is as often the one it argues against (NATO in a Russian speech) as its own.
    Optional<Found<String>> organization =
        state.isPresent()
            ? Optional.empty()
            : byline.flatMap(
                x ->
                    Nations.organizationSpokenFor(x.raw())
                        .map(o -> Found.of(o, clues.printed(), x.raw(), clues.printedLine())));
    state.ifPresent(s -> b.country(s.value().name(), s.value().codeOrNull()));
    if (state.isPresent() && state.get().evidence() == Evidence.FILE_NAME) {
      // said first and in its own words, as it comes from outside the text
      diags.add(CountryEvidence.fromFileName(state.get().value(), fileName.orElseThrow()));
    } else {
      state.ifPresent(s -> evidence.add(s.diagnostic("country", s.value().name())));
    }
    organization.ifPresent(o -> b.organization(o.value()));
    organization.ifPresent(o -> evidence.add(o.diagnostic("organization", o.value())));
    if (state.isPresent() || organization.isPresent()) {
      b.role(SpeakerRole.REPRESENTATIVE);
    }
    diags.addAll(evidence);
    return b.build();
  }

  /**
   * A warning when the speech speaks as another State than the one taken: the first evidence in
   * {@link CountryEvidence#SOURCES} order stands, but a reader should look.
   */
  private static Optional<Diagnostic> disagreement(Found<State> taken, SelfReference self) {
    return self.state()
        .filter(s -> taken.evidence() != Evidence.SELF_REFERENCE)
        .filter(s -> !s.value().code().equals(taken.value().code()))
        .map(
            s ->
                new Diagnostic(
                    Severity.WARNING,
                    "speaker.country_disagrees",
                    s.line(),
                    "the speech speaks as "
                        + s.value().name()
                        + ", "
                        + taken.evidence().description()
                        + " names "
                        + taken.value().name()
                        + ", which is kept",
                    s.evidenced().excerpt()));
  }

  /**
   * The State as the UN named it on the record's date (the heading's, else the file name's year;
   * today's name when neither gives one). A State from the file name is already named for its year.
   */
  private static Found<State> asOf(
      Found<State> found, Heading heading, Optional<UngdcFileName> fileName) {
    if (found.evidence() == Evidence.FILE_NAME) {
      return found;
    }
    OptionalInt year =
        heading
            .date()
            .map(d -> OptionalInt.of(d.getYear()))
            .orElseGet(
                () -> fileName.map(f -> OptionalInt.of(f.year())).orElse(OptionalInt.empty()));
    State then = Nations.asOf(found.value(), year);
    return then.equals(found.value()) ? found : found.with(then);
  }

  /**
   * Who is printed as speaking: the byline when it names him; else the page title ("Remarks by
   * President Biden Before ...") when it names him, completed by the byline's post; else the label
   * a summary record's speech opens with ("Mr. BLANCO (Venezuela) asked ...", {@link
   * BylineInSpeech}); else the byline as it is.
   */
  private static Printed printed(
      Heading heading,
      Optional<String> label,
      Optional<FrontMatter> front,
      Optional<BylineInSpeech> opening,
      SpeechText speech) {
    Optional<PrintedSpeaker> byline = heading.byline();
    Found<String> fromByline =
        Found.of(
            "byline",
            Evidence.BYLINE,
            byline.map(PrintedSpeaker::raw).orElse(""),
            heading.bylineLine());
    if (byline.isPresent() && byline.get().name().isPresent()) {
      return new Printed(byline, fromByline, fromByline);
    }
    Optional<PrintedSpeaker> fromTitle =
        front
            .flatMap(f -> f.get("title"))
            .map(t -> PrintedSpeaker.read(List.of(Whitespace.clean(t))))
            .filter(x -> x.name().isPresent());
    if (fromTitle.isEmpty() && opening.isPresent()) {
      PrintedSpeaker o = opening.get().speaker();
      PrintedSpeaker completed =
          new PrintedSpeaker(
              byline.map(PrintedSpeaker::raw).orElse(o.raw()),
              o.name(),
              o.honorific(),
              byline.flatMap(PrintedSpeaker::post));
      Found<String> fromLabel =
          Found.of("label", Evidence.SPEAKER_LABEL, o.raw(), speech.lineAt(0));
      return new Printed(Optional.of(completed), fromLabel, fromByline);
    }
    if (fromTitle.isEmpty()) {
      return new Printed(byline, fromByline, fromByline);
    }
    PrintedSpeaker t = fromTitle.get();
    Found<String> fromPageTitle =
        Found.of("title", Evidence.PAGE_TITLE, t.raw(), front.get().line("title"));
    PrintedSpeaker completed =
        new PrintedSpeaker(
            byline.map(PrintedSpeaker::raw).orElse(label.orElse("")),
            t.name(),
            t.honorific(),
            t.post().or(() -> byline.flatMap(PrintedSpeaker::post)));
    return new Printed(
        Optional.of(completed), fromPageTitle, t.post().isPresent() ? fromPageTitle : fromByline);
  }
}
