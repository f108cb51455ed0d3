package io.github.undebate.formats;

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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Makes valid {@link Debate} models at random from a seed, for property tests: the same seed gives
 * the same model. Text mixes UN vocabulary with what breaks writers: astral and combining
 * characters, right-to-left scripts, markup and JSON metacharacters, tabs, line breaks, carriage
 * returns, C0 controls, U+FFFE, leading and trailing spaces. Every optional value is sometimes
 * absent and every list sometimes empty; citations carry offsets that match their paragraph.
 */
final class DebateGenerator {

  /** Pieces of text, from plain UN wording to characters that writers get wrong. */
  private static final String[] PIECES = {
    "The Security Council",
    "resolution 2231 (2015)",
    "Mr. President,",
    "Российская Федерация",
    "الأمم المتحدة",
    "中华人民共和国",
    "Côte d’Ivoire",
    "Türkiye",
    "e\u0301",
    "\uD83D\uDE00",
    "\uD835\uDD18\uD835\uDD2B",
    "\uD83C\uDDFA\uD83C\uDDF3",
    "👩‍👩‍👧",
    "<p>&amp;</p>",
    "]]>",
    "\"quoted\" 'single'",
    "\\backslash\\",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "  ",
    "\u00A0",
    "\u2028",
    "\u0000",
    "\u0001",
    "\u000C",
    "\u001F",
    "\uFFFE",
    "\uFFFF",
    "\uFEFF",
    "{\"json\": [1, 2]}",
    "$.proceedings[0]",
    "&lt;",
    "S/2020/24",
    "Charter, Article 51",
  };

  private final Random random;

  DebateGenerator(long seed) {
    this.random = new Random(seed);
  }

  Debate next() {
    Debate.Builder b = Debate.builder();
    b.kind(pick(RecordKind.values()));
    b.symbol(maybe(this::text));
    b.body(random.nextInt(4) == 0 ? null : pick(Body.values()));
    b.meetingNumber(
        random.nextInt(3) == 0
            ? null
            : random.nextBoolean()
                ? 1 + random.nextInt(9999)
                : 1 + random.nextInt(Integer.MAX_VALUE));
    b.session(maybe(this::text));
    b.date(maybe(this::date));
    b.time(maybe(this::time));
    b.title(maybe(this::text));
    b.location(maybe(this::text));
    b.provisional(random.nextBoolean());
    List<Member> members = new ArrayList<>();
    for (int i = count(4); i > 0; i--) {
      members.add(new Member(text(), text()));
    }
    b.members(members);
    List<String> agenda = new ArrayList<>();
    for (int i = count(3); i > 0; i--) {
      agenda.add(text());
    }
    b.agenda(agenda);
    List<Speaker> speakers = new ArrayList<>();
    for (int i = count(5); i > 0; i--) {
      speakers.add(speaker(speakers.size()));
    }
    b.speakers(speakers);
    if (!speakers.isEmpty() && random.nextBoolean()) {
      b.presidentId(speakers.get(random.nextInt(speakers.size())).id());
    }
    List<Proceeding> proceedings = new ArrayList<>();
    for (int i = count(8); i > 0; i--) {
      proceedings.add(proceeding(speakers));
    }
    b.proceedings(proceedings);
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (int i = count(3); i > 0; i--) {
      diagnostics.add(
          new Diagnostic(
              pick(Severity.values()),
              random.nextBoolean() ? "removed.page_header" : text(),
              random.nextInt(3) == 0 ? 0 : random.nextInt(Integer.MAX_VALUE),
              text(),
              random.nextInt(4) == 0 ? "" : anyText()));
    }
    b.diagnostics(diagnostics);
    b.source(random.nextInt(3) == 0 ? null : source());
    return b.build();
  }

  /** A source: sometimes without a path or a charset, of any length up to {@code long}'s. */
  private Source source() {
    byte[] digest = new byte[32];
    random.nextBytes(digest);
    return new Source(
        Optional.ofNullable(maybe(this::text)),
        random.nextBoolean() ? random.nextInt(1 << 20) : random.nextLong() & Long.MAX_VALUE,
        java.util.HexFormat.of().formatHex(digest),
        pick(SourceFormat.values()),
        Optional.ofNullable(maybe(this::text)),
        text());
  }

  /** Totals as printed, sometimes absent; zero and the largest counts too. */
  private VoteTotals totals() {
    return new VoteTotals(number(), number(), number());
  }

  private int number() {
    return random.nextInt(5) == 0 ? random.nextInt(Integer.MAX_VALUE) : random.nextInt(200);
  }

  private Speaker speaker(int index) {
    String id = random.nextInt(4) == 0 ? text() + index : "sp" + (index + 1);
    Speaker.Builder s = Speaker.builder(id);
    s.name(maybe(this::text));
    s.honorific(maybe(this::text));
    String country = maybe(this::text);
    String code = country != null && random.nextBoolean() ? letters('A', 2) : null;
    s.country(country, code);
    s.organization(maybe(this::text));
    s.role(pick(SpeakerRole.values()));
    s.post(maybe(this::text));
    s.raw(random.nextInt(5) == 0 ? "" : anyText());
    return s.build();
  }

  private Proceeding proceeding(List<Speaker> speakers) {
    int kind = random.nextInt(speakers.isEmpty() ? 3 : 4);
    switch (kind) {
      case 0:
        return new Note(text());
      case 1:
        return new Heading(text());
      case 2:
        {
          VoteMethod method = pick(VoteMethod.values());
          boolean counted = method != VoteMethod.WITHOUT_VOTE;
          return new Vote(
              method,
              Optional.ofNullable(maybe(this::text)),
              counted ? texts(4) : List.of(),
              counted ? texts(3) : List.of(),
              counted ? texts(3) : List.of(),
              pick(VoteOutcome.values()),
              Optional.ofNullable(maybe(this::text)),
              Optional.ofNullable(counted ? maybe(this::totals) : null));
        }
      default:
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = count(4); i > 0; i--) {
          paragraphs.add(paragraph());
        }
        List<Interpretation> interpretations = new ArrayList<>();
        for (int i = random.nextInt(4) == 0 ? count(2) : 0; i > 0; i--) {
          List<Paragraph> rendered = new ArrayList<>();
          for (int k = 1 + random.nextInt(3); k > 0; k--) {
            rendered.add(paragraph());
          }
          interpretations.add(new Interpretation(letters('a', 2), rendered));
        }
        return new Statement(
            speakers.get(random.nextInt(speakers.size())).id(),
            Optional.ofNullable(random.nextBoolean() ? letters('a', 2) : null),
            paragraphs,
            interpretations);
    }
  }

  /** A paragraph built piece by piece, citations recorded where their text was put. */
  private Paragraph paragraph() {
    StringBuilder text = new StringBuilder(text());
    List<Citation> citations = new ArrayList<>();
    for (int i = count(3); i > 0; i--) {
      text.append(anyText());
      String cited = text();
      int start = text.length();
      text.append(cited);
      citations.add(
          new Citation(pick(CitationType.values()), cited, start, start + cited.length(), text()));
    }
    if (random.nextBoolean()) {
      text.append(anyText());
    }
    if (random.nextInt(5) == 0 && text.length() > 1) {
      // A citation that overlaps the one before it: the model allows it.
      int start = random.nextInt(text.length() - 1);
      int end = start + 1 + random.nextInt(text.length() - start - 1);
      String cited = text.substring(start, end);
      if (!cited.isBlank()) {
        citations.add(new Citation(pick(CitationType.values()), cited, start, end, text()));
      }
    }
    List<Quotation> quotations = new ArrayList<>();
    for (int i = count(2); i > 0; i--) {
      int start = random.nextInt(text.length());
      int end = start + 1 + random.nextInt(text.length() - start);
      quotations.add(new Quotation(start, end, Optional.ofNullable(maybe(this::text))));
    }
    return new Paragraph(pick(ParagraphKind.values()), text.toString(), citations, quotations);
  }

  /** Text that is not blank: a visible piece, with other pieces around it. */
  private String text() {
    StringBuilder sb = new StringBuilder();
    if (random.nextInt(4) == 0) {
      sb.append(anyText());
    }
    sb.append(PIECES[random.nextInt(3)]);
    if (random.nextBoolean()) {
      sb.append(anyText());
    }
    String s = sb.toString();
    return s.isBlank() ? "x" + s : s;
  }

  /** Any text, possibly blank. */
  private String anyText() {
    StringBuilder sb = new StringBuilder();
    for (int i = 1 + random.nextInt(4); i > 0; i--) {
      switch (random.nextInt(3)) {
        case 0:
          sb.append(PIECES[random.nextInt(PIECES.length)]);
          break;
        case 1:
          for (int j = random.nextInt(12); j > 0; j--) {
            sb.appendCodePoint(codePoint());
          }
          break;
        default:
          sb.append(' ');
      }
    }
    return sb.toString();
  }

  /** A code point that is a character (not a lone surrogate), mostly from the BMP. */
  private int codePoint() {
    while (true) {
      int c =
          random.nextInt(4) == 0
              ? 0x10000 + random.nextInt(0x10FFFF - 0x10000)
              : random.nextInt(0xFFFF);
      if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
        return c;
      }
    }
  }

  private List<String> texts(int max) {
    List<String> out = new ArrayList<>();
    for (int i = count(max); i > 0; i--) {
      out.add(text());
    }
    return out;
  }

  private LocalDate date() {
    int year = random.nextInt(10) == 0 ? -5000 + random.nextInt(20000) : 1945 + random.nextInt(100);
    return LocalDate.ofEpochDay(LocalDate.of(year, 1, 1).toEpochDay() + random.nextInt(365));
  }

  private LocalTime time() {
    switch (random.nextInt(3)) {
      case 0:
        return LocalTime.of(random.nextInt(24), random.nextInt(60));
      case 1:
        return LocalTime.of(random.nextInt(24), random.nextInt(60), random.nextInt(60));
      default:
        return LocalTime.ofNanoOfDay((long) (random.nextDouble() * 86_399_999_999_999L));
    }
  }

  private String letters(char first, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append((char) (first + random.nextInt(26)));
    }
    return sb.toString();
  }

  /** A list size: empty one time in four, else up to {@code max}. */
  private int count(int max) {
    return random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(max);
  }

  private <T> T maybe(java.util.function.Supplier<T> value) {
    return random.nextInt(3) == 0 ? null : value.get();
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
