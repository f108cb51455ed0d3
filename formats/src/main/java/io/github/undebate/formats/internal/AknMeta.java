package io.github.undebate.formats.internal;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Proceeding;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.SpeakerRole;
import io.github.undebate.core.Vote;
import io.github.undebate.core.VoteMethod;
import io.github.undebate.core.VoteOutcome;
import io.github.undebate.core.VoteTotals;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * The {@code <meta>} of an Akoma Ntoso document for {@link AknWriting}: the FRBR identification,
 * the voting analysis, the references to every person, organisation, role and concept the document
 * names, and the record's source as proprietary metadata.
 *
 * <p>The voting analysis counts a vote by its totals as printed, else by its country lists; a
 * decision taken without a vote, or a vote of which neither is known, has no {@code <voting>}: the
 * standard's requires a count, and a made-up zero would be false.
 */
final class AknMeta {
  private final XmlOutput out;
  private final Debate d;
  private final String language;
  private final String organ;
  private final Map<String, String> personIds;
  private final Map<String, String> organizationIds;

  AknMeta(
      XmlOutput out,
      Debate d,
      String language,
      String organ,
      Map<String, String> personIds,
      Map<String, String> organizationIds) {
    this.out = out;
    this.d = d;
    this.language = language;
    this.organ = organ;
    this.personIds = personIds;
    this.organizationIds = organizationIds;
  }

  void write() throws XMLStreamException {
    String date = AknNames.date(d).map(Object::toString).orElse("0001-01-01");
    String dateName = AknNames.date(d).isPresent() ? "meeting" : "unknown";
    String number =
        d.symbol()
            .map(AknNames::slug)
            .or(
                () ->
                    d.meetingNumber().isPresent()
                        ? Optional.of(Integer.toString(d.meetingNumber().getAsInt()))
                        : Optional.empty())
            .orElse("nn");
    String work = "/akn/un/debate/" + organ + "/" + date + "/" + number;
    String expression = work + "/" + language + "@";
    out.start("meta");
    out.start("identification");
    out.attribute("source", "#undebate");
    out.start("FRBRWork");
    empty("FRBRthis", "value", work + "/!main");
    empty("FRBRuri", "value", work);
    empty("FRBRdate", "date", date, "name", dateName);
    empty("FRBRauthor", "href", "#organ");
    empty("FRBRcountry", "value", "un");
    if (d.meetingNumber().isPresent()) {
      empty("FRBRnumber", "value", Integer.toString(d.meetingNumber().getAsInt()));
    }
    if (d.symbol().isPresent()) {
      empty("FRBRname", "value", d.symbol().get());
    }
    out.end();
    out.start("FRBRExpression");
    empty("FRBRthis", "value", expression + "/!main");
    empty("FRBRuri", "value", expression);
    empty("FRBRdate", "date", date, "name", dateName);
    empty("FRBRauthor", "href", "#organ");
    empty("FRBRlanguage", "language", language);
    out.end();
    out.start("FRBRManifestation");
    empty("FRBRthis", "value", expression + "/!main.xml");
    empty("FRBRuri", "value", expression + ".akn");
    empty("FRBRdate", "date", date, "name", dateName);
    empty("FRBRauthor", "href", "#undebate");
    out.end();
    out.end();
    analysis();
    references();
    proprietary();
    out.end();
  }

  /**
   * The record's source, which the standard has no element for: in {@code <proprietary>}, as the
   * native XML writes it, in the native namespace.
   */
  private void proprietary() throws XMLStreamException {
    if (d.source().isEmpty()) {
      return;
    }
    out.start("proprietary");
    out.attribute("source", "#undebate");
    XmlWriting.foreign(out, Contract.SOURCE, "source", d.source().get());
    out.end();
  }

  /** The numbers a vote is counted by, or {@code null} when nothing is known to count. */
  private static VoteTotals counts(Vote v) {
    if (v.method() == VoteMethod.WITHOUT_VOTE) {
      return null;
    }
    if (v.totals().isPresent()) {
      return v.totals().get();
    }
    if (v.inFavour().isEmpty() && v.against().isEmpty() && v.abstaining().isEmpty()) {
      return null;
    }
    return new VoteTotals(v.inFavour().size(), v.against().size(), v.abstaining().size());
  }

  /** The voting analysis: one {@code <voting>} per vote, pointing at its section. */
  private void analysis() throws XMLStreamException {
    int counted = 0;
    for (Proceeding p : d.proceedings()) {
      if (p instanceof Vote v && counts(v) != null) {
        counted++;
      }
    }
    if (counted == 0) {
      return;
    }
    out.start("analysis");
    out.attribute("source", "#undebate");
    out.start("parliamentary");
    int n = 0;
    for (Proceeding p : d.proceedings()) {
      if (p instanceof Vote v) {
        n++;
        VoteTotals counts = counts(v);
        if (counts == null) {
          continue;
        }
        String id = "voting_" + n;
        out.start("voting");
        out.attribute("eId", id);
        out.attribute("href", "#" + AknNames.voteSection(n));
        out.attribute("outcome", v.outcome() == VoteOutcome.ADOPTED ? "#adopted" : "#notAdopted");
        count(id, "inFavour", counts.inFavour());
        count(id, "against", counts.against());
        count(id, "abstaining", counts.abstaining());
        out.end();
      }
    }
    out.end();
    out.end();
  }

  private void count(String voting, String concept, int value) throws XMLStreamException {
    out.emptyElement("count");
    out.attribute("eId", voting + "__count_" + concept);
    out.attribute("refersTo", "#" + concept);
    out.attribute("value", Integer.toString(value));
  }

  private void references() throws XMLStreamException {
    out.start("references");
    out.attribute("source", "#undebate");
    tlc(
        "TLCOrganization",
        "undebate",
        "/akn/ontology/organization/un/undebate",
        "undebate (the software that made this document)");
    String organName = d.body().map(AknNames::organName).orElse("United Nations");
    tlc("TLCOrganization", "organ", "/akn/ontology/organization/un/" + organ, organName);
    for (Speaker s : d.speakers()) {
      String id = personIds.get(s.id());
      tlc("TLCPerson", id, "/akn/ontology/person/un/" + id, AknNames.showAs(s));
    }
    for (Map.Entry<String, String> e : organizationIds.entrySet()) {
      tlc(
          "TLCOrganization",
          e.getValue(),
          "/akn/ontology/organization/un/" + e.getValue(),
          e.getKey());
    }
    for (SpeakerRole role : SpeakerRole.values()) {
      if (d.speakers().stream().anyMatch(s -> s.role() == role)) {
        String name = JsonWriting.name(role);
        tlc("TLCRole", name, "/akn/ontology/role/un/" + name, name);
      }
    }
    if (d.proceedings().stream().anyMatch(p -> p instanceof Vote)) {
      tlc("TLCConcept", "inFavour", "/akn/ontology/concept/un/inFavour", "In favour");
      tlc("TLCConcept", "against", "/akn/ontology/concept/un/against", "Against");
      tlc("TLCConcept", "abstaining", "/akn/ontology/concept/un/abstaining", "Abstaining");
      tlc("TLCProcess", "adopted", "/akn/ontology/process/un/adopted", "Adopted");
      tlc("TLCProcess", "notAdopted", "/akn/ontology/process/un/notAdopted", "Not adopted");
    }
    out.end();
  }

  private void tlc(String element, String eId, String href, String showAs)
      throws XMLStreamException {
    out.emptyElement(element);
    out.attribute("eId", eId);
    out.attribute("href", href);
    out.attribute("showAs", AknNames.attributeText(showAs));
  }

  private void empty(String element, String... attributes) throws XMLStreamException {
    out.emptyElement(element);
    for (int i = 0; i < attributes.length; i += 2) {
      out.attribute(attributes[i], AknNames.attributeText(attributes[i + 1]));
    }
  }
}
