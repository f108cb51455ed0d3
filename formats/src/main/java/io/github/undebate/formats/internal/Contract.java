package io.github.undebate.formats.internal;

import static io.github.undebate.formats.internal.Field.bool;
import static io.github.undebate.formats.internal.Field.date;
import static io.github.undebate.formats.internal.Field.enumeration;
import static io.github.undebate.formats.internal.Field.integer;
import static io.github.undebate.formats.internal.Field.longInteger;
import static io.github.undebate.formats.internal.Field.objects;
import static io.github.undebate.formats.internal.Field.optionalEnumeration;
import static io.github.undebate.formats.internal.Field.optionalObject;
import static io.github.undebate.formats.internal.Field.optionalText;
import static io.github.undebate.formats.internal.Field.string;
import static io.github.undebate.formats.internal.Field.text;
import static io.github.undebate.formats.internal.Field.texts;
import static io.github.undebate.formats.internal.Field.time;

import io.github.undebate.core.Body;
import io.github.undebate.core.Citation;
import io.github.undebate.core.CitationType;
import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Heading;
import io.github.undebate.core.Interpretation;
import io.github.undebate.core.Member;
import io.github.undebate.core.Note;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.ParagraphKind;
import io.github.undebate.core.Proceeding;
import io.github.undebate.core.Quotation;
import io.github.undebate.core.RecordKind;
import io.github.undebate.core.Severity;
import io.github.undebate.core.Source;
import io.github.undebate.core.SourceFormat;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.SpeakerRole;
import io.github.undebate.core.Statement;
import io.github.undebate.core.Vote;
import io.github.undebate.core.VoteMethod;
import io.github.undebate.core.VoteOutcome;
import io.github.undebate.core.VoteTotals;
import java.util.List;
import java.util.Optional;

/**
 * The contract {@code undebate/1}, declared once: one field table per model type, which JSON
 * reading and writing and native XML reading and writing interpret, and which a test holds the JSON
 * Schema and the XSD to.
 *
 * <p>Each line is a field in the contract's key order: its kind and key, how to take it from the
 * model, and where it departs from the defaults ({@code added()}: a JSON document may leave it out;
 * {@code attribute()}, {@code repeated()}, {@code xmlAfter(...)}: where native XML puts it). A
 * {@link Check} between fields states a rule over the fields before it ({@link ContractChecks}
 * holds the rules). The table's build function makes the model value from the values read.
 *
 * <p>To add a field: one line in its table (and the model value in the build function), one
 * property in {@code undebate-1.schema.json}, one element or attribute in {@code undebate-1.xsd};
 * {@code ContractSchemasTest} fails until all three agree.
 */
final class Contract {
  private Contract() {}

  /** The value of {@code schema}. */
  static final String SCHEMA = "undebate/1";

  static final Table<Member> MEMBER =
      Table.of(
          "member",
          Member.class,
          v -> new Member(v.get("country"), v.get("representative")),
          text("country", Member::country),
          text("representative", Member::representative));

  static final Table<Speaker> SPEAKER =
      Table.of(
          "speaker",
          Speaker.class,
          v ->
              Speaker.builder(v.get("id"))
                  .name(v.get("name"))
                  .honorific(v.get("honorific"))
                  .country(v.get("country"), v.get("countryCode"))
                  .organization(v.get("organization"))
                  .role(v.get("role"))
                  .post(v.get("post"))
                  .raw(v.get("raw"))
                  .build(),
          text("id", Speaker::id),
          optionalText("name", Speaker::name),
          optionalText("honorific", Speaker::honorific),
          optionalText("country", Speaker::country),
          optionalText("countryCode", Speaker::countryCode),
          Check.of(ContractChecks::countryCode, "countryCode"),
          Check.of(ContractChecks::countryNeeded, "country", "countryCode"),
          optionalText("organization", Speaker::organization),
          enumeration("role", SpeakerRole.class, Speaker::role).attribute(),
          optionalText("post", Speaker::post),
          string("raw", Speaker::raw),
          Check.of(ContractChecks::uniqueId, "id"));

  static final Table<Citation> CITATION =
      Table.of(
          "citation",
          Citation.class,
          v ->
              new Citation(
                  v.get("type"), v.get("text"), v.get("start"), v.get("end"), v.get("target")),
          enumeration("type", CitationType.class, Citation::type).attribute(),
          text("text", Citation::text),
          integer("start", Citation::start).attribute(),
          integer("end", Citation::end).attribute(),
          Check.of(ContractChecks::citationSpan, "start", "end"),
          Check.of(ContractChecks::citedText, "text", "start", "end"),
          text("target", Citation::target));

  static final Table<Quotation> QUOTATION =
      Table.of(
          "quotation",
          Quotation.class,
          v -> new Quotation(v.get("start"), v.get("end"), Optional.ofNullable(v.get("speaker"))),
          integer("start", Quotation::start).attribute(),
          integer("end", Quotation::end).attribute(),
          Check.of(ContractChecks::quotationSpan, "start", "end"),
          optionalText("speaker", Quotation::speaker).added());

  static final Table<Paragraph> PARAGRAPH =
      Table.of(
          "paragraph",
          Paragraph.class,
          v -> new Paragraph(v.get("kind"), v.get("text"), v.get("citations"), v.get("quotations")),
          enumeration("kind", ParagraphKind.class, Paragraph::kind).attribute(),
          text("text", Paragraph::text),
          objects("citations", "citation", CITATION, Paragraph::citations).repeated(),
          objects("quotations", "quotation", QUOTATION, Paragraph::quotations).repeated().added());

  static final Table<Interpretation> INTERPRETATION =
      Table.of(
          "interpretation",
          Interpretation.class,
          v -> new Interpretation(v.get("language"), v.get("paragraphs")),
          text("language", Interpretation::language).attribute(),
          Check.of(ContractChecks::language, "language"),
          objects("paragraphs", "paragraph", PARAGRAPH, Interpretation::paragraphs).repeated(),
          Check.of(ContractChecks::someParagraphs, "paragraphs"));

  static final Table<Statement> STATEMENT =
      Table.of(
          "statement",
          Statement.class,
          v ->
              new Statement(
                  v.get("speaker"),
                  Optional.ofNullable(v.get("language")),
                  v.get("paragraphs"),
                  v.get("interpretations")),
          text("speaker", Statement::speakerId),
          Check.of(v -> ContractChecks.knownSpeaker(v, "speaker"), "speaker"),
          optionalText("language", Statement::language).attribute(),
          Check.of(ContractChecks::language, "language"),
          objects("paragraphs", "paragraph", PARAGRAPH, Statement::paragraphs).repeated(),
          objects("interpretations", "interpretation", INTERPRETATION, Statement::interpretations)
              .repeated()
              .leftOutWhenEmpty());

  static final Table<VoteTotals> TOTALS =
      Table.of(
          "totals",
          VoteTotals.class,
          v -> new VoteTotals(v.get("inFavour"), v.get("against"), v.get("abstaining")),
          integer("inFavour", VoteTotals::inFavour).attribute(),
          Check.of(v -> ContractChecks.notNegative(v, "inFavour"), "inFavour"),
          integer("against", VoteTotals::against).attribute(),
          Check.of(v -> ContractChecks.notNegative(v, "against"), "against"),
          integer("abstaining", VoteTotals::abstaining).attribute(),
          Check.of(v -> ContractChecks.notNegative(v, "abstaining"), "abstaining"));

  static final Table<Vote> VOTE =
      Table.of(
          "vote",
          Vote.class,
          v ->
              new Vote(
                  v.get("method"),
                  Optional.ofNullable(v.get("draft")),
                  v.get("inFavour"),
                  v.get("against"),
                  v.get("abstaining"),
                  v.get("outcome"),
                  Optional.ofNullable(v.get("resolution")),
                  Optional.ofNullable(v.get("totals"))),
          enumeration("method", VoteMethod.class, Vote::method).attribute(),
          optionalText("draft", Vote::draft),
          texts("inFavour", "country", Vote::inFavour),
          texts("against", "country", Vote::against),
          texts("abstaining", "country", Vote::abstaining),
          Check.of(ContractChecks::noCountries, "method", "inFavour", "against", "abstaining"),
          optionalObject("totals", TOTALS, Vote::totals).added(),
          Check.of(ContractChecks::noTotals, "method", "totals"),
          enumeration("outcome", VoteOutcome.class, Vote::outcome).attribute(),
          optionalText("resolution", Vote::resolution));

  static final Table<Note> NOTE =
      Table.of(
          "note", Note.class, v -> new Note(v.get("text")), text("text", Note::text).content());

  static final Table<Heading> HEADING =
      Table.of(
          "heading",
          Heading.class,
          v -> new Heading(v.get("text")),
          text("text", Heading::text).content());

  static final Table<Proceeding> PROCEEDING =
      Table.union("proceeding", Proceeding.class, List.of(STATEMENT, VOTE, NOTE, HEADING));

  static final Table<Diagnostic> DIAGNOSTIC =
      Table.of(
          "diagnostic",
          Diagnostic.class,
          v ->
              new Diagnostic(
                  v.get("severity"),
                  v.get("code"),
                  v.get("line"),
                  v.get("message"),
                  v.get("excerpt")),
          enumeration("severity", Severity.class, Diagnostic::severity).attribute(),
          text("code", Diagnostic::code),
          integer("line", Diagnostic::line).attribute(),
          Check.of(ContractChecks::line, "line"),
          text("message", Diagnostic::message),
          string("excerpt", Diagnostic::excerpt));

  static final Table<Source> SOURCE =
      Table.of(
          "source",
          Source.class,
          v ->
              new Source(
                  Optional.ofNullable(v.get("path")),
                  v.<Long>get("length"),
                  v.get("sha256"),
                  v.get("format"),
                  Optional.ofNullable(v.get("charset")),
                  v.get("undebateVersion")),
          optionalText("path", Source::path),
          longInteger("length", Source::length).attribute(),
          Check.of(ContractChecks::length, "length"),
          text("sha256", Source::sha256),
          Check.of(ContractChecks::sha256, "sha256"),
          enumeration("format", SourceFormat.class, Source::format).attribute(),
          optionalText("charset", Source::charset),
          text("undebateVersion", Source::undebateVersion));

  static final Table<Debate> DEBATE =
      Table.of(
          "debate",
          Debate.class,
          v ->
              Debate.builder()
                  .kind(v.get("kind"))
                  .symbol(v.get("symbol"))
                  .body(v.get("body"))
                  .meetingNumber(v.get("meetingNumber"))
                  .date(v.get("date"))
                  .title(v.get("title"))
                  .location(v.get("location"))
                  .presidentId(v.get("president"))
                  .session(v.get("session"))
                  .time(v.get("time"))
                  .provisional(v.<Boolean>get("provisional"))
                  .members(v.get("members"))
                  .agenda(v.get("agenda"))
                  .speakers(v.get("speakers"))
                  .proceedings(v.get("proceedings"))
                  .diagnostics(v.get("diagnostics"))
                  .source(v.get("source"))
                  .build(),
          text("schema", d -> SCHEMA).attribute(),
          Check.of(ContractChecks::schema, "schema"),
          enumeration("kind", RecordKind.class, Debate::kind).attribute(),
          optionalText("symbol", Debate::symbol),
          optionalEnumeration("body", Body.class, Debate::body),
          integer("meetingNumber", ContractChecks::meetingNumber).orNull(),
          Check.of(ContractChecks::meetingNumberPositive, "meetingNumber"),
          date("date", Debate::date),
          optionalText("title", Debate::title),
          optionalText("location", Debate::location),
          optionalText("president", Debate::presidentId),
          optionalText("session", Debate::session).added().xmlAfter("meetingNumber"),
          time("time", Debate::time).added().xmlAfter("date"),
          bool("provisional", Debate::provisional).added().attribute(),
          objects("members", "member", MEMBER, Debate::members).added(),
          texts("agenda", "item", Debate::agenda).added(),
          objects("speakers", "speaker", SPEAKER, Debate::speakers),
          Check.of(v -> ContractChecks.knownSpeaker(v, "president"), "president", "speakers"),
          objects("proceedings", null, PROCEEDING, Debate::proceedings),
          objects("diagnostics", "diagnostic", DIAGNOSTIC, Debate::diagnostics).added(),
          optionalObject("source", SOURCE, Debate::source).added());

  /** Every table, the document's first. */
  static final List<Table<?>> TABLES =
      List.of(
          DEBATE,
          MEMBER,
          SPEAKER,
          STATEMENT,
          INTERPRETATION,
          PARAGRAPH,
          CITATION,
          QUOTATION,
          VOTE,
          TOTALS,
          NOTE,
          HEADING,
          DIAGNOSTIC,
          SOURCE);
}
