package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.core.Body;
import io.github.undebate.core.Member;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the first page of a verbatim record says about the meeting, as the header's field rules
 * ({@link HeaderReader}) read it.
 *
 * @param symbol the record's symbol without spaces ("S/PV.8700")
 * @param body the organ
 * @param meetingNumber the meeting's number
 * @param session the session or year as printed ("Seventy-fifth year")
 * @param date the date
 * @param time the time the meeting was called for
 * @param location the place
 * @param provisional whether the record says "Provisional"
 * @param presiding who presides, when the header names someone
 * @param members the members list
 * @param agenda the agenda items, wraps joined
 */
record RecordHeader(
    Optional<String> symbol,
    Optional<Body> body,
    OptionalInt meetingNumber,
    Optional<String> session,
    Optional<LocalDate> date,
    Optional<LocalTime> time,
    Optional<String> location,
    boolean provisional,
    Optional<Presiding> presiding,
    List<Member> members,
    List<String> agenda) {

  /** Checks and copies the fields. */
  RecordHeader {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(meetingNumber, "meetingNumber");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(presiding, "presiding");
    members = List.copyOf(members);
    agenda = List.copyOf(agenda);
  }

  /**
   * The presiding officers as the header's President line prints them.
   *
   * @param names the officers as printed ("Mr. Pham Binh Minh", "Mr. Dang"), at least one
   * @param country their country as printed
   * @param printed the President line without its dot leaders ("Mr. Dang (Viet Nam)")
   */
  record Presiding(List<String> names, Optional<String> country, String printed) {
    /** Checks and copies the fields. */
    Presiding {
      names = List.copyOf(names);
      if (names.isEmpty()) {
        throw new IllegalArgumentException("names must not be empty");
      }
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(printed, "printed");
    }
  }

  /** A header with no field read, for the field rules to fill in. */
  static Builder builder() {
    return new Builder();
  }

  /** Collects the fields as the rules read them; each setter names its field. */
  static final class Builder {
    private String symbol;
    private Body body;
    private Integer meetingNumber;
    private String session;
    private LocalDate date;
    private LocalTime time;
    private String location;
    private boolean provisional;
    private Presiding presiding;
    private final List<Member> members = new ArrayList<>();
    private final List<String> agenda = new ArrayList<>();

    private Builder() {}

    Optional<String> symbol() {
      return Optional.ofNullable(symbol);
    }

    Builder symbol(String symbol) {
      this.symbol = symbol;
      return this;
    }

    Optional<Body> body() {
      return Optional.ofNullable(body);
    }

    Builder body(Body body) {
      this.body = body;
      return this;
    }

    Builder meetingNumber(int meetingNumber) {
      this.meetingNumber = meetingNumber;
      return this;
    }

    Optional<String> session() {
      return Optional.ofNullable(session);
    }

    Builder session(String session) {
      this.session = session;
      return this;
    }

    Builder date(LocalDate date) {
      this.date = date;
      return this;
    }

    Builder time(LocalTime time) {
      this.time = time;
      return this;
    }

    Optional<String> location() {
      return Optional.ofNullable(location);
    }

    Builder location(String location) {
      this.location = location;
      return this;
    }

    Builder provisional() {
      this.provisional = true;
      return this;
    }

    Optional<Presiding> presiding() {
      return Optional.ofNullable(presiding);
    }

    Builder presiding(Presiding presiding) {
      this.presiding = presiding;
      return this;
    }

    Builder member(Member member) {
      members.add(member);
      return this;
    }

    Builder agendaItem(String item) {
      agenda.add(item);
      return this;
    }

    RecordHeader build() {
      return new RecordHeader(
          Optional.ofNullable(symbol),
          Optional.ofNullable(body),
          meetingNumber == null ? OptionalInt.empty() : OptionalInt.of(meetingNumber),
          Optional.ofNullable(session),
          Optional.ofNullable(date),
          Optional.ofNullable(time),
          Optional.ofNullable(location),
          provisional,
          Optional.ofNullable(presiding),
          members,
          agenda);
    }
  }
}
