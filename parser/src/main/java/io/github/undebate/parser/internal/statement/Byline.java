package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.Line;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A byline: a block that opens with a word announcing a statement ("Statement by", "Discours de",
 * "ВЫСТУПЛЕНИЕ") or with an honorific ("H.E.", "Ambassador"), read for who speaks ({@link
 * PrintedSpeaker}) and any date it prints.
 *
 * @param lines the block's lines
 * @param speaker who speaks, as the byline prints him
 * @param date the date the byline prints, if any
 */
record Byline(List<Line> lines, PrintedSpeaker speaker, Optional<LocalDate> date)
    implements HeadingBlock {
  /** A byline runs on over at most this many printed lines. */
  private static final int MAX_LINES = 6;

  /**
   * What makes a block a byline, tried in order: a word announcing a statement at its start, or an
   * honorific (perhaps after a connecting word: "De Son Excellence ...") that does not open a
   * salutation ("Mr. President,"), or a post over an honorific ("Minister for Foreign Affairs" /
   * "Senator the Hon Penny Wong"), or a line that is only a name over a line that opens with a post
   * ({@link BylineForms#nameOverPost}), or a headline ("Minister X delivers ..."), or a Chinese
   * byline, which puts the statement word last ({@link BylineScripts#opensChinese}).
   */
  private static final List<Predicate<String>> OPENINGS =
      List.of(
          BylineWords::opensWithStatementWord,
          text ->
              BylineWords.leadingHonorific(PrintedSpeaker.stripConnector(text)).isPresent()
                  && !PrintedSpeaker.salutes(text),
          PrintedSpeaker::opensWithPostAndHonorific,
          text -> BylineForms.headline(text).isPresent(),
          BylineScripts::opensChinese);

  Byline {
    lines = List.copyOf(lines);
  }

  /**
   * The rule. A byline that does not print a name yet ("STATEMENT" / "BY" / ...) runs on over the
   * following one-line runs while they can continue it ({@link #continues}).
   */
  static Optional<HeadingBlock> read(HeadingCursor block) {
    if (!opens(block.text()) && !BylineForms.nameOverPost(block.texts())) {
      return Optional.empty();
    }
    PrintedSpeaker speaker = PrintedSpeaker.read(block.texts());
    if (speaker.name().isEmpty()
        && speaker.honorific().isEmpty()
        && speaker.post().isEmpty()
        && Venues.inHeading(block.text()).isPresent()
        && !(block.hasNext() && continues(block.nextText()) && block.next().size() == 1)) {
      // "Discurso de abertura da 79ª Assembleia Geral da ONU": a statement word over the
      // Assembly it is made at, and nobody named: a title, not a byline
      return Optional.empty();
    }
    // "كلمة" / "سمو ولي العهد" / "الشيخ صباح ...": a statement word alone on its line, over a
    // run that opens a byline itself
    if (BylineWords.onlyStatementWord(block.text())
        && block.hasNext()
        && opens(block.nextText())
        && BylineForms.headline(block.nextText()).isEmpty()
        && block.textLines() + block.next().size() <= MAX_LINES) {
      block.claimNext();
      speaker = PrintedSpeaker.read(block.texts());
    }
    while (speaker.name().isEmpty()
        && block.hasNext()
        && block.textLines() < MAX_LINES
        && continues(block.nextText())
        && block.next().size() == 1) {
      block.claimNext();
      speaker = PrintedSpeaker.read(block.texts());
    }
    // "HONOURABLE DICKON MITCHELL" / "PRIME MINISTER OF GRENADA": the post on a line of its own
    if (speaker.name().isPresent()
        && speaker.post().isEmpty()
        && block.hasNext()
        && block.textLines() < MAX_LINES
        && block.next().size() == 1
        && BylineWords.leadingPost(block.nextText()).isPresent()
        && continues(block.nextText())) {
      block.claimNext();
      speaker = PrintedSpeaker.read(block.texts());
    }
    return Optional.of(
        new Byline(block.lines(), speaker, Datelines.find(String.join(" ", block.texts()))));
  }

  /** Whether the text reads as a byline ({@link #OPENINGS}). */
  static boolean opens(String text) {
    String repaired = BylineScripts.unstretched(BylineWords.dollarsAsS(text));
    for (Predicate<String> opening : OPENINGS) {
      if (opening.test(repaired)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a heading run can continue a byline: not a new byline, teaser, date or title. */
  private static boolean continues(String next) {
    return Datelines.find(next).isEmpty()
        && !opens(next)
        && !Teaser.isTeaser(next)
        && Title.quoted(next).isEmpty();
  }

  @Override
  public String removal() {
    return "byline";
  }

  @Override
  public void addTo(Heading.Builder heading) {
    heading.byline(this);
    if (BylineForms.headline(speaker.raw()).isPresent()) {
      // "Minister X delivers Ireland's national statement ...": a headline is the title too
      List<String> texts = lines.stream().map(Line::text).filter(t -> !t.isBlank()).toList();
      heading.plainTitle(new PlainHeading(lines, String.join(" ", texts), texts));
    }
    date.ifPresent(heading::date);
  }
}
