package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.SpeakerRole;
import io.github.undebate.parser.internal.common.Evidence;
import io.github.undebate.parser.internal.common.Evidenced;
import io.github.undebate.parser.internal.common.Nations;
import io.github.undebate.parser.internal.common.ResourceTable;
import io.github.undebate.parser.internal.common.State;
import io.github.undebate.parser.internal.text.NameKey;
import io.github.undebate.parser.internal.text.PhraseList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speakers of one record, once each: "The President" is the presiding officer from the header,
 * every other label is resolved to name, country or organisation, role and post, and a label seen
 * again is the same speaker.
 */
final class SpeakerRoll {
  private static final Pattern UN_POST =
      Pattern.compile(
          "Secretary-General|Under-Secretary|Assistant Secretary|United Nations|Special"
              + " (?:Representative|Envoy|Coordinator|Adviser)|High Commissioner|Emergency Relief",
          Pattern.CASE_INSENSITIVE);

  /** The departments and offices of the Secretariat: "(Department of Peace Operations)". */
  private static final PhraseList SECRETARIAT_OFFICES =
      ResourceTable.phraseList(SpeakerRoll.class, "secretariat-offices.txt");

  private static final Pattern OF_ORGANIZATION =
      Pattern.compile(
          "\\b(?:of|for)\\s+((?:the |The )?[\\p{Lu}][\\p{L}'’\\-]*(?:\\s+(?:of|for|and|the|on|[\\p{Lu}][\\p{L}'’\\-]*)){0,10})");

  private final Map<String, Speaker> byKey = new LinkedHashMap<>();
  private final Map<List<String>, String> personKeys = new HashMap<>();

  private final Invitations invitations;
  private final RecordNames names;
  private final List<Diagnostic> diagnostics;
  private String presidentId;
  private Speaker acting;
  private int next = 1;

  /**
   * A roll for one record.
   *
   * @param header the record's header, for the presiding officer
   * @param invitations the record's speech, where invitations name speakers' posts
   * @param names the country names the record prints
   * @param diagnostics receives, for each speaker's field, the evidence that gave it
   */
  SpeakerRoll(
      RecordHeader header,
      Invitations invitations,
      RecordNames names,
      List<Diagnostic> diagnostics) {
    this.invitations = invitations;
    this.names = names;
    this.diagnostics = diagnostics;
    header.presiding().ifPresent(this::presides);
  }

  /** Puts the presiding officer of the header's President line on the roll. */
  private void presides(RecordHeader.Presiding presiding) {
    String[] hn = splitHonorific(presiding.names().get(0));
    Speaker.Builder b = Speaker.builder(nextId()).name(hn[1]).honorific(hn[0]);
    presiding.country().ifPresent(c -> country(b, c));
    b.role(SpeakerRole.PRESIDENT).raw(presiding.printed());
    Speaker s = b.build();
    said(
        s,
        Evidence.PRESIDENT_LINE,
        Evidence.PRESIDENT_LINE,
        Evidence.PRESIDENT_LINE,
        presiding.printed(),
        0);
    byKey.put("office:president", s);
    presidentId = s.id();
  }

  /** The id of the presiding officer, if known. */
  Optional<String> presidentId() {
    return Optional.ofNullable(presidentId);
  }

  /** Everyone who speaks, in order of first appearance (the President first when known). */
  List<Speaker> speakers() {
    return new ArrayList<>(byKey.values());
  }

  /**
   * Records who took the Chair, from a note such as "Mr. Nyakyi (...), Vice-President, took the
   * Chair."; "The President returned to the Chair." ends an acting President's time.
   */
  void tookChair(String note, int line) {
    if (note.contains("returned to the Chair")) {
      acting = null;
      return;
    }
    Optional<SpeakerLabel> label =
        SpeakerLabel.read(
            note.replaceFirst(",?\\s*(?:Vice-President,\\s*)?(?:took|resumed) the Chair.*$", ":"));
    if (label.isEmpty() || label.get().name() == null) {
      return;
    }
    String key = personKey(label.get());
    Speaker s = byKey.get(key);
    if (s == null) {
      s = person(label.get(), SpeakerRole.PRESIDENT, Evidence.CHAIR_NOTE, line);
      byKey.put(key, s);
    }
    acting = s;
  }

  /** The id of the speaker a label on the given line names, added to the roll when new. */
  String resolve(SpeakerLabel label, int line) {
    if (label.office().isPresent()) {
      return office(label, label.office().get(), line);
    }
    String key = personKey(label);
    Speaker s = byKey.get(key);
    if (s == null) {
      s = person(label, null, Evidence.SPEAKER_LABEL, line);
      byKey.put(key, s);
    }
    return s.id();
  }

  /** The id of the holder of the office a label names, added to the roll when new. */
  private String office(SpeakerLabel label, Office office, int line) {
    if (office.role() == Office.Role.ACTING && acting != null) {
      return acting.id();
    }
    String key =
        office.role() == Office.Role.PRESIDENT
            ? "office:president"
            : "office:" + NameKey.of(office.post());
    Speaker s = byKey.get(key);
    if (s != null) {
      return s.id();
    }
    Speaker.Builder b = Speaker.builder(nextId()).post(office.post()).raw(label.raw());
    if (office.role() == Office.Role.SECRETARIAT) {
      s = b.organization("United Nations").role(SpeakerRole.SECRETARIAT).build();
      said(s, Evidence.SPEAKER_LABEL, Evidence.OFFICE, Evidence.SPEAKER_LABEL, "", line);
    } else {
      s = b.role(SpeakerRole.PRESIDENT).build();
      said(s, Evidence.SPEAKER_LABEL, Evidence.SPEAKER_LABEL, Evidence.SPEAKER_LABEL, "", line);
    }
    byKey.put(key, s);
    if (office.role() == Office.Role.PRESIDENT) {
      presidentId = s.id();
    }
    return s.id();
  }

  private Speaker person(SpeakerLabel label, SpeakerRole forced, Evidence from, int line) {
    Speaker.Builder b =
        Speaker.builder(nextId()).name(label.name()).honorific(label.honorific()).raw(label.raw());
    SpeakerRole role = SpeakerRole.UNKNOWN;
    String post = label.post();
    Evidence postFrom = from;
    boolean placed = false;
    for (String aff : label.affiliations()) {
      Optional<State> c = names.resolve(aff);
      if (c.isPresent() && !placed) {
        b.country(c.get().name(), c.get().codeOrNull());
        role = SpeakerRole.REPRESENTATIVE;
        placed = true;
        continue;
      }
      if ((UN_POST.matcher(aff).find() || SECRETARIAT_OFFICES.opens(aff)) && !placed) {
        b.organization("United Nations");
        role = SpeakerRole.SECRETARIAT;
        post = post == null ? aff : post;
        placed = true;
        continue;
      }
      Optional<String> org = Nations.organizationIn(aff);
      if (org.isPresent() && !placed) {
        b.organization(org.get());
        role = SpeakerRole.REPRESENTATIVE;
        placed = true;
        continue;
      }
      Optional<State> within = Nations.firstIn(aff);
      if (within.isPresent() && !placed) {
        // "(Observer for the State of Palestine)": the country, and the rest as the post.
        b.country(
            names.resolve(within.get().name()).orElse(within.get()).name(),
            within.get().codeOrNull());
        role = SpeakerRole.REPRESENTATIVE;
        placed = true;
        post = post == null ? aff : post;
        continue;
      }
      if (post == null) {
        post = aff;
      }
    }
    if (!placed) {
      String invited = post != null ? post : invitedAs(label.name());
      postFrom = post != null ? from : Evidence.INVITATION;
      if (invited != null) {
        post = invited;
        if (UN_POST.matcher(invited).find()
            && !(Nations.organizationIn(invited).filter(o -> !isUn(o)).isPresent()
                && !invited.contains("Secretary-General"))) {
          b.organization("United Nations");
          role = SpeakerRole.SECRETARIAT;
        } else {
          Optional<String> org = Nations.organizationIn(invited);
          if (org.isEmpty()) {
            Matcher m = OF_ORGANIZATION.matcher(invited);
            if (m.find()) {
              org = Optional.of(m.group(1).strip());
            }
          }
          org.ifPresent(b::organization);
          role = org.isPresent() && isUn(org.get()) ? SpeakerRole.SECRETARIAT : SpeakerRole.GUEST;
        }
      }
    }
    b.post(post);
    b.role(forced != null ? forced : role);
    Speaker s = b.build();
    said(s, from, placed ? from : postFrom, postFrom, label.raw(), line);
    return s;
  }

  /**
   * Says where each field of a new speaker came from: name, honorific and country from {@code
   * from}, the organization from {@code orgFrom}, the post from {@code postFrom}.
   */
  private void said(
      Speaker s, Evidence from, Evidence orgFrom, Evidence postFrom, String excerpt, int line) {
    String text = excerpt == null || excerpt.isEmpty() ? s.raw() : excerpt;
    s.name()
        .ifPresent(
            v -> diagnostics.add(new Evidenced<>(v, from, text).diagnostic("name", v, line)));
    s.honorific()
        .ifPresent(
            v -> diagnostics.add(new Evidenced<>(v, from, text).diagnostic("honorific", v, line)));
    s.country()
        .ifPresent(
            v -> diagnostics.add(new Evidenced<>(v, from, text).diagnostic("country", v, line)));
    s.organization()
        .ifPresent(
            v ->
                diagnostics.add(
                    new Evidenced<>(v, orgFrom, text).diagnostic("organization", v, line)));
    s.post()
        .ifPresent(
            v -> diagnostics.add(new Evidenced<>(v, postFrom, text).diagnostic("post", v, line)));
  }

  private static boolean isUn(String org) {
    return org.equalsIgnoreCase("United Nations");
  }

  /** The post an invitation gives the named person ("I invite Mr. X, Special Envoy ..., to"). */
  String invitedAs(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String[] words = name.split("\\s+");
    String last = words[words.length - 1];
    String post = invitations.firstGroup(last, () -> invitation(last));
    return post == null ? null : post.replaceAll("\\s+", " ").strip();
  }

  /** An invitation that names a person by the surname, the post he is invited as its group 1. */
  static Pattern invitation(String surname) {
    return Pattern.compile(
        "\\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Judge|General)\\.?\\s+(?:[\\p{Lu}][\\p{L}'’.\\-]*\\s+){0,5}"
            + Pattern.quote(surname)
            + ",\\s+([^;:]{3,220}?)(?:,\\s+to\\s+(?:participate|brief|take)|,\\s+and\\s+(?:Mr|Mrs|Ms|Dr|His|Her)\\b|;|\\.\\s|\\.$)");
  }

  private void country(Speaker.Builder b, String printed) {
    Optional<State> c = names.resolve(printed);
    if (c.isPresent()) {
      b.country(c.get().name(), c.get().codeOrNull());
    }
  }

  private static String[] splitHonorific(String printed) {
    Optional<SpeakerLabel> l = SpeakerLabel.read(printed + ":");
    if (l.isPresent() && l.get().name() != null) {
      return new String[] {l.get().honorific(), l.get().name()};
    }
    return new String[] {null, printed};
  }

  /** The key a person's label is known by on the roll: the name and the country or first part. */
  private String personKey(SpeakerLabel label) {
    String aff = label.affiliations().isEmpty() ? "" : label.affiliations().get(0);
    // a speaker's label comes back turn after turn: its key is worked out once
    return personKeys.computeIfAbsent(
        List.of(String.valueOf(label.name()), aff),
        k -> {
          Optional<State> c = Nations.namedRepaired(aff);
          return "person:"
              + NameKey.of(label.name())
              + "|"
              + NameKey.of(c.map(x -> x.name()).orElse(aff));
        });
  }

  private String nextId() {
    return "sp" + next++;
  }
}
