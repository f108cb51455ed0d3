package io.github.undebate.parser.internal.statement;

import io.github.undebate.core.Body;
import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.RecordKind;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.Statement;
import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.UngdcFileName;
import io.github.undebate.parser.internal.language.TextLanguage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads a single speaker's statement (a scraped mission page, a General Debate speech, a government
 * website's remarks) or a briefing with several labelled speakers. Each step is a class with one
 * job, run in this order (ARCHITECTURE.md draws it):
 *
 * <ol>
 *   <li>{@link FrontMatter}: a Markdown page's front matter is read and removed;
 *   <li>{@link Unreadable}: a text that reads as no language is not made into paragraphs;
 *   <li>{@link LineCleaning}: markup and page noise go, each line gets its {@link LineKind};
 *   <li>{@link SpeechStart}: where the heading ends and the speech starts;
 *   <li>{@link HeadingReader}: the heading's blocks, by kind ({@link HeadingBlock}), are read and
 *       removed;
 *   <li>{@link Turns}: speaker labels cut the speech into turns; several make a {@link Briefing};
 *   <li>{@link Paragraphing}: the lines become paragraphs;
 *   <li>{@link #CUTS}: a site's trailer and a press release's narrative are removed;
 *   <li>{@link ParagraphKinds}: salutation, body, quotation or closing, with citations;
 *   <li>{@link StatementSpeaker}: who speaks, each field from evidence in a fixed order.
 * </ol>
 *
 * Everything removed is a diagnostic.
 */
public final class StatementReader {
  /** What comes around the speech's paragraphs and is removed, in the order it is looked for. */
  private static final List<Cut> CUTS = List.of(Trailer::strip, PressRelease::strip);

  /** A rule that removes paragraphs that are not the speech, saying so. */
  @FunctionalInterface
  private interface Cut {
    List<Paragraphing.Block> apply(List<Paragraphing.Block> blocks, List<Diagnostic> diags);
  }

  private StatementReader() {}

  /** Reads the lines as one statement, or as labelled turns when several speakers are labelled. */
  public static Debate read(List<Line> lines, List<Diagnostic> diagnostics) {
    return read(lines, diagnostics, Optional.empty());
  }

  /**
   * Reads the lines as {@link #read(List, List)} does; a General Debate speech whose text does not
   * name its State takes it from its UNGDC file name.
   */
  public static Debate read(
      List<Line> lines, List<Diagnostic> diagnostics, Optional<UngdcFileName> fileName) {
    List<Diagnostic> diags = new ArrayList<>(diagnostics);
    Optional<FrontMatter> front = FrontMatter.read(lines);
    front.ifPresent(f -> f.reportRemoved(lines, diags));
    int from = front.map(FrontMatter::lineCount).orElse(0);
    String[] folded = LineCleaning.fold(lines, from);
    if (Unreadable.check(lines, from, Arrays.asList(folded), diags)) {
      return Debate.builder().kind(RecordKind.OTHER).diagnostics(diags).build();
    }
    List<Line> cleaned = LineCleaning.clean(lines, from, folded, diags);
    int start = SpeechStart.of(cleaned);
    Heading heading = HeadingReader.read(cleaned.subList(0, start), front, diags);
    List<Turns.Turn> turns = Turns.of(cleaned.subList(start, cleaned.size()), diags);
    if (turns.size() > 1) {
      return Briefing.read(turns, heading, front, diags);
    }
    Turns.Turn turn = turns.get(0);
    List<Paragraphing.Block> blocks = Paragraphing.paragraphs(turn.lines(), diags);
    for (Cut cut : CUTS) {
      blocks = cut.apply(blocks, diags);
    }
    SpeechText speech = new SpeechText(blocks);
    Body body = heading.venue().or(() -> Venues.inSpeech(speech.text())).orElse(null);
    List<Paragraph> paragraphs = ParagraphKinds.of(blocks, body);
    Speaker speaker =
        StatementSpeaker.read(
            "sp1", heading, turn.label(), turn.labelLine(), front, speech, fileName, diags);
    // one reading of the paragraphs gives their language and what SpeechPresence weighs (issue 14)
    TextLanguage.Reading reading = TextLanguage.read(speech.paragraphs());
    Optional<String> language = reading.notEnglish();
    Debate.Builder debate =
        Debate.builder()
            .kind(
                paragraphs.isEmpty()
                        || SpeechPresence.absent(reading.words(), reading.sentenceEnds(), diags)
                    ? RecordKind.OTHER
                    : RecordKind.STATEMENT)
            .body(body)
            .date(heading.date().orElse(null))
            .title(heading.title().orElse(null))
            .location(heading.place().orElse(null))
            .diagnostics(diags)
            .addSpeaker(speaker);
    debate.addProceeding(new Statement(speaker.id(), language, paragraphs));
    return debate.build();
  }
}
