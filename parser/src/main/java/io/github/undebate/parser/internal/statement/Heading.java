package io.github.undebate.parser.internal.statement;

import io.github.undebate.core.Body;
import io.github.undebate.parser.internal.common.Evidence;
import io.github.undebate.parser.internal.text.Whitespace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the heading before the speech and the page's front matter say of the record: who speaks (the
 * byline), the title, date, place and organ, and the lines that may name the speaker's State.
 *
 * @param byline who speaks, as the byline prints him
 * @param bylineLine the byline's first input line, 0 without one
 * @param title the debate's title
 * @param date the date of the statement
 * @param place where it was made
 * @param venue the UN organ it was made in
 * @param countryLines heading lines that may name the speaker's State, in the order they are tried
 * @param isEmpty whether there was neither heading nor front matter
 */
record Heading(
    Optional<PrintedSpeaker> byline,
    int bylineLine,
    Optional<String> title,
    Optional<LocalDate> date,
    Optional<String> place,
    Optional<Body> venue,
    List<CountryLine> countryLines,
    boolean isEmpty) {

  Heading {
    countryLines = List.copyOf(countryLines);
  }

  /**
   * A heading line that may name the speaker's State.
   *
   * @param text the line's text
   * @param evidence what kind of line it is
   * @param line its input line number
   */
  record CountryLine(String text, Evidence evidence, int line) {}

  /**
   * Gathers what the heading's blocks say ({@link HeadingBlock#addTo}), each in the order printed:
   * the first named byline and the first without a name, the first date, the first title of each
   * kind.
   */
  static final class Builder {
    private Byline named;
    private Byline unnamed;
    private String quotedTitle;
    private String plainTitle;
    private LocalDate date;
    private String place;
    private Body venue;
    private final List<CountryLine> countryLines = new ArrayList<>();

    void byline(Byline byline) {
      if (byline.speaker().name().isPresent()) {
        // "(Delivered by H.E. Ambassador X on behalf of the Prime Minister)": who spoke
        if (named == null || PrintedSpeaker.deliveredBy(byline.speaker().raw())) {
          named = byline;
        }
      } else if (unnamed == null) {
        unnamed = byline;
      }
    }

    void date(LocalDate printed) {
      if (date == null) {
        date = printed;
      }
    }

    void dateline(Dateline dateline) {
      if (date == null) {
        date = dateline.date();
        place = dateline.place().orElse(null);
      }
    }

    void quotedTitle(String title) {
      if (quotedTitle == null) {
        quotedTitle = title;
      }
    }

    /** Takes the heading's title when none was taken yet; false when it is not the title. */
    boolean plainTitle(PlainHeading heading) {
      if (plainTitle == null && heading.canBeTitle()) {
        plainTitle = heading.title();
        return true;
      }
      return false;
    }

    void countryLine(String text, Evidence evidence, int line) {
      countryLines.add(new CountryLine(text, evidence, line));
    }

    /** The organ the first block that names one names. */
    void venue(Optional<Body> named) {
      if (venue == null) {
        venue = named.orElse(null);
      }
    }

    boolean hasVenue() {
      return venue != null;
    }

    /**
     * The heading; the front matter's title, date and organ come before the heading's, except a
     * title in quotation marks.
     */
    Heading build(Optional<FrontMatter> front, boolean noBlocks) {
      Optional<String> frontTitle = front.flatMap(f -> f.get("title")).map(Whitespace::clean);
      Optional<String> title = Optional.ofNullable(quotedTitle).or(() -> frontTitle);
      if (title.isEmpty()) {
        title = Optional.ofNullable(plainTitle);
      }
      Optional<LocalDate> frontDate = front.flatMap(f -> f.get("date")).flatMap(Datelines::find);
      Body frontVenue = frontTitle.flatMap(Venues::inHeading).orElse(null);
      Byline byline = named != null ? named : unnamed;
      PrintedSpeaker speaker = byline == null ? null : byline.speaker();
      List<CountryLine> lines = new ArrayList<>(countryLines);
      if (named != null && unnamed != null) {
        // "STATEMENT BY THE MINISTER FOR FOREIGN AFFAIRS OF X" above "H.E. Mr. Y": the post (and
        // the State) are in the byline without the name
        if (named.speaker().post().isEmpty()) {
          PrintedSpeaker n = named.speaker();
          speaker = new PrintedSpeaker(n.raw(), n.name(), n.honorific(), unnamed.speaker().post());
        }
        lines.add(
            0, new CountryLine(unnamed.speaker().raw(), Evidence.BYLINE, unnamed.firstLine()));
      }
      return new Heading(
          Optional.ofNullable(speaker),
          byline == null ? 0 : byline.firstLine(),
          title,
          frontDate.isPresent() ? frontDate : Optional.ofNullable(date),
          Optional.ofNullable(place),
          Optional.ofNullable(frontVenue != null ? frontVenue : venue),
          lines,
          noBlocks && front.isEmpty());
    }
  }
}
