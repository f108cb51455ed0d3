package io.github.undebate.formats.internal;

import io.github.undebate.core.Citation;
import io.github.undebate.core.Debate;
import io.github.undebate.core.Heading;
import io.github.undebate.core.Interpretation;
import io.github.undebate.core.Note;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.Proceeding;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.SpeakerRole;
import io.github.undebate.core.Statement;
import io.github.undebate.core.Vote;
import io.github.undebate.core.VoteMethod;
import io.github.undebate.core.VoteOutcome;
import io.github.undebate.core.VoteTotals;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Debate} as an OASIS Akoma Ntoso 3.0 {@code <debate>} document. The standard's
 * structure differs from the model's, so the mapping is explicit here:
 *
 * <ul>
 *   <li>{@code <meta>}: FRBR identification with URIs {@code
 *       /akn/un/debate/{organ}/{date}/{symbol}} (the organ {@code sc}, {@code ga}, {@code ecosoc},
 *       {@code hrc} or {@code un}; the symbol with every run of other characters than letters and
 *       digits as one hyphen, {@code nn} when there is none; the date {@code 0001-01-01} when the
 *       record gives none (or one outside the years 1 to 9999), with the FRBRdate named {@code
 *       unknown}); the voting analysis when there are votes; {@code <references>} with a TLCPerson
 *       per speaker, a TLCOrganization per organ, country and organisation, a TLCRole per role.
 *   <li>{@code <preface>}: symbol, title and date as docNumber, docTitle and docDate.
 *   <li>{@code <debateBody>}: a {@code <debateSection name="agendaItem">} per agenda heading
 *       (proceedings before the first heading in one {@code name="opening"}; with no heading at
 *       all, one {@code name="proceedings"} headed by the title); a {@code <speech by="#…">} per
 *       statement, with {@code <from>} the label as printed and a {@code <p class="{kind}">} per
 *       paragraph whose citations are {@code <ref href="…">}; a {@code <narrative>} per note; a
 *       {@code <debateSection name="vote">} per vote or decision, listing the countries as {@code
 *       <organization>} and the totals as printed.
 * </ul>
 *
 * <p>Left out, since the standard has no place for them or the JSON keeps them: quotations inside
 * paragraphs, citations that overlap an earlier one, the members list and the diagnostics.
 * Characters that XML 1.0 cannot hold become U+FFFD.
 */
public final class AknWriting {
  private AknWriting() {}

  /** The Akoma Ntoso 3.0 namespace. */
  public static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

  /** Writes one debate as a whole Akoma Ntoso document. */
  public static void debate(XMLStreamWriter w, Debate d, String language, boolean pretty)
      throws XMLStreamException {
    new AknWriting.Run(w, d, language, pretty).write();
  }

  /** The state of writing one document: the eIds given so far. */
  private static final class Run {
    private final XmlOutput out;
    private final XMLStreamWriter w;
    private final Debate d;
    private final String language;
    private final boolean pretty;
    private final Set<String> eIds = new HashSet<>();
    private final Map<String, String> personIds = new LinkedHashMap<>();
    private final Map<String, String> organizationIds = new LinkedHashMap<>();
    private final String organ;

    Run(XMLStreamWriter w, Debate d, String language, boolean pretty) {
      this.out = new XmlOutput(w, pretty, false);
      this.w = w;
      this.d = d;
      this.language = language;
      this.pretty = pretty;
      this.organ = d.body().map(AknNames::organ).orElse("un");
      // Fixed eIds of this mapping; the sections' (dbsect_1, vote_1, voting_1) cannot collide
      // with the ones made from names, which have no underscore after their first letter.
      eIds.addAll(
          List.of(
              "undebate", "organ", "inFavour", "against", "abstaining", "adopted", "notAdopted"));
      for (SpeakerRole role : SpeakerRole.values()) {
        eIds.add(JsonWriting.name(role));
      }
      for (Speaker s : d.speakers()) {
        personIds.put(s.id(), unique(s.id(), "speaker"));
      }
      for (Speaker s : d.speakers()) {
        s.country().ifPresent(this::organization);
        s.organization().ifPresent(this::organization);
      }
      for (Proceeding p : d.proceedings()) {
        if (p instanceof Vote v) {
          v.inFavour().forEach(this::organization);
          v.against().forEach(this::organization);
          v.abstaining().forEach(this::organization);
        }
      }
    }

    private String organization(String name) {
      return organizationIds.computeIfAbsent(name, n -> unique(n, "organization"));
    }

    /** An eId made of the name's letters and digits in camelCase, unique in the document. */
    private String unique(String name, String fallback) {
      StringBuilder sb = new StringBuilder();
      boolean upper = false;
      for (int i = 0; i < name.length(); ) {
        int c = name.codePointAt(i);
        i += Character.charCount(c);
        if (Character.isLetterOrDigit(c)) {
          if (sb.length() == 0) {
            if (!Character.isLetter(c)) {
              sb.append(fallback).append('_');
            }
            sb.appendCodePoint(Character.toLowerCase(c));
          } else {
            sb.appendCodePoint(upper ? Character.toUpperCase(c) : c);
          }
          upper = false;
        } else {
          upper = sb.length() > 0;
        }
      }
      String base = sb.length() == 0 ? fallback : sb.toString();
      String id = base;
      for (int n = 2; !eIds.add(id); n++) {
        id = base + "-" + n;
      }
      return id;
    }

    void write() throws XMLStreamException {
      w.writeStartDocument("UTF-8", "1.0");
      w.setDefaultNamespace(NAMESPACE);
      out.start("akomaNtoso");
      w.writeDefaultNamespace(NAMESPACE);
      out.start("debate");
      out.attribute("name", JsonWriting.name(d.kind()));
      out.attribute("contains", "originalVersion");
      new AknMeta(out, d, language, organ, personIds, organizationIds).write();
      preface();
      body();
      out.end();
      out.end();
      if (pretty) {
        w.writeCharacters("\n");
      }
      w.writeEndDocument();
    }

    private void preface() throws XMLStreamException {
      if (d.symbol().isEmpty() && d.title().isEmpty() && AknNames.date(d).isEmpty()) {
        return;
      }
      out.start("preface");
      if (d.symbol().isPresent()) {
        out.start("p");
        out.startInline("docNumber");
        out.text(d.symbol().get());
        out.endInline();
        out.endInline();
      }
      if (d.title().isPresent()) {
        out.start("p");
        out.startInline("docTitle");
        out.text(d.title().get());
        out.endInline();
        out.endInline();
      }
      if (AknNames.date(d).isPresent()) {
        out.start("p");
        out.startInline("docDate");
        out.attribute("date", AknNames.date(d).get().toString());
        out.text(AknNames.date(d).get().toString());
        out.endInline();
        out.endInline();
      }
      out.end();
    }

    private int sections;
    private int votes;

    private void body() throws XMLStreamException {
      out.start("debateBody");
      List<Proceeding> ps = d.proceedings();
      boolean anyHeading = ps.stream().anyMatch(p -> p instanceof Heading);
      int i = 0;
      if (!anyHeading) {
        section("proceedings", d.title(), ps);
      } else {
        List<Proceeding> before = new ArrayList<>();
        while (!(ps.get(i) instanceof Heading)) {
          before.add(ps.get(i++));
        }
        if (!before.isEmpty()) {
          section("opening", Optional.empty(), before);
        }
        while (i < ps.size()) {
          Heading h = (Heading) ps.get(i++);
          List<Proceeding> items = new ArrayList<>();
          while (i < ps.size() && !(ps.get(i) instanceof Heading)) {
            items.add(ps.get(i++));
          }
          section("agendaItem", Optional.of(h.text()), items);
        }
      }
      out.end();
    }

    private void section(String name, Optional<String> heading, List<Proceeding> items)
        throws XMLStreamException {
      sections++;
      String id = "dbsect_" + sections;
      out.start("debateSection");
      out.attribute("name", name);
      out.attribute("eId", id);
      if (heading.isPresent()) {
        out.start("heading");
        out.text(heading.get());
        out.endInline();
      }
      int speeches = 0;
      int narratives = 0;
      for (Proceeding p : items) {
        if (p instanceof Statement s) {
          speech(s, id + "__speech_" + ++speeches);
        } else if (p instanceof Note n) {
          out.start("narrative");
          out.attribute("eId", id + "__narrative_" + ++narratives);
          out.text(n.text());
          out.endInline();
        } else if (p instanceof Vote v) {
          vote(v);
        }
      }
      if (items.isEmpty()) {
        // The standard wants content in every section; an empty one says so.
        out.start("p");
        out.endInline();
      }
      out.end();
    }

    private void speech(Statement s, String eId) throws XMLStreamException {
      Speaker speaker = d.speaker(s.speakerId()).orElseThrow();
      out.start("speech");
      out.attribute("eId", eId);
      out.attribute("by", "#" + personIds.get(s.speakerId()));
      out.attribute("as", "#" + JsonWriting.name(speaker.role()));
      Optional<String> party = speaker.country().or(speaker::organization);
      if (party.isPresent()) {
        out.attribute("refersTo", "#" + organizationIds.get(party.get()));
      }
      if (s.language().isPresent()) {
        w.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", s.language().get());
      }
      out.start("from");
      out.text(AknNames.showAs(speaker));
      out.endInline();
      for (Paragraph p : s.paragraphs()) {
        paragraph(p, null);
      }
      // The standard has no element for an interpretation: its paragraphs follow the speech's,
      // marked by class and language, inside the same speech (it is no second speech).
      for (Interpretation in : s.interpretations()) {
        for (Paragraph p : in.paragraphs()) {
          paragraph(p, in.language());
        }
      }
      if (s.paragraphs().isEmpty() && s.interpretations().isEmpty()) {
        out.start("p");
        out.endInline();
      }
      out.end();
    }

    /** A paragraph of the speech, or of its interpretation in {@code interpreted} when not null. */
    private void paragraph(Paragraph p, String interpreted) throws XMLStreamException {
      out.start("p");
      if (interpreted == null) {
        out.attribute("class", JsonWriting.name(p.kind()));
      } else {
        out.attribute("class", "interpretation");
        w.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", interpreted);
      }
      List<Citation> citations = new ArrayList<>(p.citations());
      citations.sort((a, b) -> Integer.compare(a.start(), b.start()));
      String text = p.text();
      int at = 0;
      for (Citation c : citations) {
        if (c.start() < at || c.start() == c.end()) {
          continue; // overlaps an earlier citation; the JSON keeps it
        }
        out.text(text.substring(at, c.start()));
        out.startInline("ref");
        out.attribute("href", AknNames.href(c));
        out.attribute("class", JsonWriting.name(c.type()));
        out.text(c.text());
        out.endInline();
        at = c.end();
      }
      out.text(text.substring(at));
      out.endInline();
    }

    private void vote(Vote v) throws XMLStreamException {
      votes++;
      String id = AknNames.voteSection(votes);
      out.start("debateSection");
      out.attribute("name", "vote");
      out.attribute("eId", id);
      boolean withoutVote = v.method() == VoteMethod.WITHOUT_VOTE;
      out.start("heading");
      String what = withoutVote ? "Decision" : "Vote";
      out.text(v.draft().map(draft -> what + " on " + draft).orElse(what));
      out.endInline();
      boolean listed =
          !(v.inFavour().isEmpty() && v.against().isEmpty() && v.abstaining().isEmpty());
      // Empty lists beside printed totals would say that nobody voted.
      if (!withoutVote && (listed || v.totals().isEmpty())) {
        countries("inFavour", "In favour: ", v.inFavour());
        countries("against", "Against: ", v.against());
        countries("abstaining", "Abstaining: ", v.abstaining());
      }
      if (v.totals().isPresent()) {
        VoteTotals t = v.totals().get();
        out.start("p");
        out.attribute("class", "totals");
        out.text(
            t.inFavour()
                + " in favour, "
                + t.against()
                + " against, "
                + t.abstaining()
                + " abstaining");
        out.endInline();
      }
      out.start("p");
      out.attribute("class", "outcome");
      out.text(v.outcome() == VoteOutcome.ADOPTED ? "Adopted" : "Not adopted");
      if (withoutVote) {
        out.text(" without a vote");
      }
      if (v.resolution().isPresent()) {
        String kind = AknNames.isDecision(v.resolution().get()) ? "decision" : "resolution";
        out.text(" as " + kind + " ");
        out.startInline("ref");
        out.attribute("href", AknNames.documentHref(v.resolution().get()));
        out.attribute("class", kind);
        out.text(v.resolution().get());
        out.endInline();
      }
      out.text(" (" + JsonWriting.name(v.method()) + ")");
      out.endInline();
      out.end();
    }

    private void countries(String cls, String label, List<String> names) throws XMLStreamException {
      out.start("p");
      out.attribute("class", cls);
      out.text(label);
      for (int i = 0; i < names.size(); i++) {
        if (i > 0) {
          out.text(", ");
        }
        out.startInline("organization");
        out.attribute("refersTo", "#" + organizationIds.get(names.get(i)));
        out.text(names.get(i));
        out.endInline();
      }
      out.endInline();
    }
  }
}
