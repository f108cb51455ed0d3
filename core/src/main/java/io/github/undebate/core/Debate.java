package io.github.undebate.core;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One parsed record: a whole meeting, or a single statement, with who spoke and what was said.
 *
 * <p>Build one with {@link #builder()}. Speaker references in {@link #presidentId()} and in every
 * {@link Statement#speakerId()} must resolve to one of {@link #speakers()}; speaker ids are unique.
 *
 * @param kind what kind of record the text is
 * @param symbol the record's own UN document symbol ({@code S/PV.8700}), when printed
 * @param body the organ in which the debate took place, when the text names it
 * @param meetingNumber the meeting's number ({@code 8700}), when printed
 * @param session the session or year as printed ({@code Seventy-fifth year}), when printed
 * @param date the date of the meeting or statement, when printed
 * @param time the time the meeting began, when printed
 * @param title the debate's topic or first agenda item, one line
 * @param location where the meeting took place ({@code New York}), when printed
 * @param presidentId the {@link Speaker#id()} of the presiding speaker, when known
 * @param provisional whether the record is marked provisional
 * @param members the organ's members as listed in the header, in order
 * @param agenda the agenda items as printed, in order
 * @param speakers everyone who speaks, once each, in order of first appearance
 * @param proceedings statements, votes, notes and headings in document order
 * @param diagnostics what the parser removed, doubted or could not read
 * @param source the bytes the record was parsed from, when it was parsed from bytes (a file or a
 *     stream), not from a string
 */
public record Debate(
    RecordKind kind,
    Optional<String> symbol,
    Optional<Body> body,
    OptionalInt meetingNumber,
    Optional<String> session,
    Optional<LocalDate> date,
    Optional<LocalTime> time,
    Optional<String> title,
    Optional<String> location,
    Optional<String> presidentId,
    boolean provisional,
    List<Member> members,
    List<String> agenda,
    List<Speaker> speakers,
    List<Proceeding> proceedings,
    List<Diagnostic> diagnostics,
    Optional<Source> source) {

  /** Validates the fields and that every speaker reference resolves. */
  public Debate {
    Check.notNull(kind, "kind");
    Check.optionalText(symbol, "symbol");
    Check.notNull(body, "body");
    Check.notNull(meetingNumber, "meetingNumber");
    meetingNumber.ifPresent(
        n -> Check.argument(n > 0, () -> "meetingNumber must be positive, was " + n));
    Check.optionalText(session, "session");
    Check.notNull(date, "date");
    Check.notNull(time, "time");
    Check.optionalText(title, "title");
    Check.optionalText(location, "location");
    Check.optionalText(presidentId, "presidentId");
    members = Check.list(members, "members");
    agenda = Check.list(agenda, "agenda");
    for (int i = 0; i < agenda.size(); i++) {
      Check.notBlank(agenda.get(i), "agenda[" + i + "]");
    }
    speakers = Check.list(speakers, "speakers");
    proceedings = Check.list(proceedings, "proceedings");
    diagnostics = Check.list(diagnostics, "diagnostics");
    Check.notNull(source, "source");

    Set<String> ids = new HashSet<>();
    for (Speaker s : speakers) {
      Check.argument(
          ids.add(s.id()), () -> "speakers must have unique ids, \"" + s.id() + "\" repeats");
    }
    presidentId.ifPresent(
        id ->
            Check.argument(
                ids.contains(id),
                () -> "presidentId \"" + id + "\" must name one of the speakers"));
    for (int i = 0; i < proceedings.size(); i++) {
      if (proceedings.get(i) instanceof Statement st) {
        int at = i;
        Check.argument(
            ids.contains(st.speakerId()),
            () ->
                "proceedings["
                    + at
                    + "].speakerId \""
                    + st.speakerId()
                    + "\" must name one of the speakers");
      }
    }
  }

  /**
   * A debate without a {@link #source()}, as before the source was part of the model; the
   * parameters are the record's components, in order. {@link #builder()} is the shorter way.
   */
  public Debate(
      RecordKind kind,
      Optional<String> symbol,
      Optional<Body> body,
      OptionalInt meetingNumber,
      Optional<String> session,
      Optional<LocalDate> date,
      Optional<LocalTime> time,
      Optional<String> title,
      Optional<String> location,
      Optional<String> presidentId,
      boolean provisional,
      List<Member> members,
      List<String> agenda,
      List<Speaker> speakers,
      List<Proceeding> proceedings,
      List<Diagnostic> diagnostics) {
    this(
        kind,
        symbol,
        body,
        meetingNumber,
        session,
        date,
        time,
        title,
        location,
        presidentId,
        provisional,
        members,
        agenda,
        speakers,
        proceedings,
        diagnostics,
        Optional.empty());
  }

  /** A builder for a debate of kind {@link RecordKind#OTHER} with nothing else set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this debate's fields. */
  public Builder toBuilder() {
    Builder b =
        new Builder()
            .kind(kind)
            .symbol(symbol.orElse(null))
            .body(body.orElse(null))
            .session(session.orElse(null))
            .date(date.orElse(null))
            .time(time.orElse(null))
            .title(title.orElse(null))
            .location(location.orElse(null))
            .presidentId(presidentId.orElse(null))
            .provisional(provisional)
            .members(members)
            .agenda(agenda)
            .speakers(speakers)
            .proceedings(proceedings)
            .diagnostics(diagnostics)
            .source(source.orElse(null));
    meetingNumber.ifPresent(b::meetingNumber);
    return b;
  }

  /** The speaker with the given id, if there is one. */
  public Optional<Speaker> speaker(String id) {
    for (Speaker s : speakers) {
      if (s.id().equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The presiding speaker, when known. */
  public Optional<Speaker> president() {
    return presidentId.flatMap(this::speaker);
  }

  /** The statements among the proceedings, in order. */
  public List<Statement> statements() {
    List<Statement> out = new ArrayList<>();
    for (Proceeding p : proceedings) {
      if (p instanceof Statement s) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The statements among the proceedings, in order, each with its speaker resolved: the common loop
   * over who said what. Every statement's speaker resolves (the constructor checks it), so no
   * lookup can fail.
   *
   * <pre>{@code
   * for (Turn turn : debate.turns()) {
   *   System.out.println(turn.speaker().name().orElse("?") + ": " + turn.paragraphs().size());
   * }
   * }</pre>
   */
  public List<Turn> turns() {
    Map<String, Speaker> byId = new HashMap<>();
    for (Speaker s : speakers) {
      byId.put(s.id(), s);
    }
    List<Turn> out = new ArrayList<>();
    for (Proceeding p : proceedings) {
      if (p instanceof Statement st) {
        out.add(new Turn(byId.get(st.speakerId()), st));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Builds a {@link Debate}. Setters take {@code null} for "absent"; list setters copy their
   * argument. Not thread-safe; {@link #build()} validates and may be called more than once.
   */
  public static final class Builder {
    private RecordKind kind = RecordKind.OTHER;
    private String symbol;
    private Body body;
    private Integer meetingNumber;
    private String session;
    private LocalDate date;
    private LocalTime time;
    private String title;
    private String location;
    private String presidentId;
    private boolean provisional;
    private final List<Member> members = new ArrayList<>();
    private final List<String> agenda = new ArrayList<>();
    private final List<Speaker> speakers = new ArrayList<>();
    private final List<Proceeding> proceedings = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private Source source;

    private Builder() {}

    /** Sets the kind; the default is {@link RecordKind#OTHER}. */
    public Builder kind(RecordKind kind) {
      this.kind = kind;
      return this;
    }

    /** Sets the symbol. */
    public Builder symbol(String symbol) {
      this.symbol = symbol;
      return this;
    }

    /** Sets the organ. */
    public Builder body(Body body) {
      this.body = body;
      return this;
    }

    /** Sets the meeting number; {@code null} for none. */
    public Builder meetingNumber(Integer meetingNumber) {
      this.meetingNumber = meetingNumber;
      return this;
    }

    /** Sets the session or year as printed. */
    public Builder session(String session) {
      this.session = session;
      return this;
    }

    /** Sets the date. */
    public Builder date(LocalDate date) {
      this.date = date;
      return this;
    }

    /** Sets the time the meeting began. */
    public Builder time(LocalTime time) {
      this.time = time;
      return this;
    }

    /** Sets the title. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** Sets the location. */
    public Builder location(String location) {
      this.location = location;
      return this;
    }

    /** Sets the id of the presiding speaker. */
    public Builder presidentId(String presidentId) {
      this.presidentId = presidentId;
      return this;
    }

    /** Sets whether the record is provisional; the default is {@code false}. */
    public Builder provisional(boolean provisional) {
      this.provisional = provisional;
      return this;
    }

    /** Replaces the members. */
    public Builder members(List<Member> members) {
      this.members.clear();
      this.members.addAll(members);
      return this;
    }

    /** Replaces the agenda. */
    public Builder agenda(List<String> agenda) {
      this.agenda.clear();
      this.agenda.addAll(agenda);
      return this;
    }

    /** Adds an agenda item. */
    public Builder addAgendaItem(String item) {
      this.agenda.add(item);
      return this;
    }

    /** Replaces the speakers. */
    public Builder speakers(List<Speaker> speakers) {
      this.speakers.clear();
      this.speakers.addAll(speakers);
      return this;
    }

    /** Adds a speaker. */
    public Builder addSpeaker(Speaker speaker) {
      this.speakers.add(speaker);
      return this;
    }

    /** Replaces the proceedings. */
    public Builder proceedings(List<Proceeding> proceedings) {
      this.proceedings.clear();
      this.proceedings.addAll(proceedings);
      return this;
    }

    /** Adds a proceeding at the end. */
    public Builder addProceeding(Proceeding proceeding) {
      this.proceedings.add(proceeding);
      return this;
    }

    /** Replaces the diagnostics. */
    public Builder diagnostics(List<Diagnostic> diagnostics) {
      this.diagnostics.clear();
      this.diagnostics.addAll(diagnostics);
      return this;
    }

    /** Adds a diagnostic. */
    public Builder addDiagnostic(Diagnostic diagnostic) {
      this.diagnostics.add(diagnostic);
      return this;
    }

    /** Sets where the record came from; {@code null} for none (parsed from a string). */
    public Builder source(Source source) {
      this.source = source;
      return this;
    }

    /** Builds the debate, validating every field and reference. */
    public Debate build() {
      return new Debate(
          kind,
          Optional.ofNullable(symbol),
          Optional.ofNullable(body),
          meetingNumber == null ? OptionalInt.empty() : OptionalInt.of(meetingNumber),
          Optional.ofNullable(session),
          Optional.ofNullable(date),
          Optional.ofNullable(time),
          Optional.ofNullable(title),
          Optional.ofNullable(location),
          Optional.ofNullable(presidentId),
          provisional,
          members,
          agenda,
          speakers,
          proceedings,
          diagnostics,
          Optional.ofNullable(source));
    }
  }
}
