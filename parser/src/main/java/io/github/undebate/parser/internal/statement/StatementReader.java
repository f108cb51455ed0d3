package io.github.undebate.parser.internal.statement;

import io.github.undebate.core.Body;
import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.ParagraphKind;
import io.github.undebate.core.Quotation;
import io.github.undebate.core.RecordKind;
import io.github.undebate.core.Severity;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.SpeakerRole;
import io.github.undebate.core.Statement;
import io.github.undebate.parser.citation.CitationFinder;
import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.Removals;
import io.github.undebate.parser.internal.UngdcFileName;
import io.github.undebate.parser.internal.common.Evidence;
import io.github.undebate.parser.internal.common.Evidenced;
import io.github.undebate.parser.internal.common.Nations;
import io.github.undebate.parser.internal.common.ResourceTable;
import io.github.undebate.parser.internal.common.State;
import io.github.undebate.parser.internal.language.TextLanguage;
import io.github.undebate.parser.internal.text.Cue;
import io.github.undebate.parser.internal.text.PhraseList;
import io.github.undebate.parser.internal.text.Quotes;
import io.github.undebate.parser.internal.text.SentenceEnds;
import io.github.undebate.parser.internal.text.TitleCase;
import io.github.undebate.parser.internal.text.Whitespace;
import io.github.undebate.parser.internal.text.WordCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a single speaker's statement (a scraped mission page, a General Debate speech, a government
 * website's remarks) or a briefing with several labelled speakers.
 *
 * <p>The steps: front matter is read and removed; a text that reads as no language is flagged
 * unreadable; each line is cleaned of markup and page noise ({@link LineCleaning}); the heading
 * before the speech (byline, title, dateline, letterhead, teasers) is read for who speaks and what
 * debate, then removed; the speech is cut into paragraphs ({@link Paragraphing}), which are told
 * apart as salutation, body, closing or quote ({@link Formulas}, {@link QuotedSpeech}). Everything
 * removed is a diagnostic.
 */
public final class StatementReader {
  private static final CitationFinder CITATIONS = CitationFinder.create();
  private static final PhraseList TEASERS =
      ResourceTable.phraseList(StatementReader.class, "teasers.txt");
  private static final PhraseList LETTERHEADS =
      ResourceTable.phraseList(StatementReader.class, "letterheads.txt");
  private static final List<String> TITLE_MARKS =
      ResourceTable.lowerCasePhrases(StatementReader.class, "title-marks.txt");
  private static final List<String> SPEECH_OPENERS =
      ResourceTable.lowerCasePhrases(StatementReader.class, "speech-openers.txt");
  private static final Pattern LABEL =
      Pattern.compile("^(\\p{Lu}[\\p{Lu}.'’ -]{1,60}\\p{Lu}\\.?):\\s*");
  private static final Pattern FIRST_PERSON = Pattern.compile("\\b(I|me|my)\\b");
  private static final Pattern QUESTION_LABEL = Pattern.compile("^Q(?::\\s*|\\s+)(?=\\S)");
  private static final Pattern AS_POST =
      Pattern.compile("\\b[Aa]s (?:the )?(\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*){0,3})\\b");
  private static final int HEADER_SEARCH_LINES = 40;
  private static final int PROSE_WORDS = 25;
  private static final int MAX_HEADING_BLOCKS = 10;

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
    int from = 0;
    if (front.isPresent()) {
      from = front.get().lineCount();
      for (int i = 0; i < from; i++) {
        if (!lines.get(i).isBlank()) {
          diags.add(
              Removals.removed("front_matter", lines.get(i).number(), lines.get(i).printed()));
        }
      }
    }
    List<String> texts = new ArrayList<>(lines.size() - from);
    for (int i = from; i < lines.size(); i++) {
      texts.add(lines.get(i).printed());
    }
    if (TextLanguage.unreadable(texts)) {
      diags.add(
          new Diagnostic(
              Severity.ERROR,
              "text.unreadable",
              from + 1,
              "the text reads as no known language (OCR garbage?); no paragraphs were made",
              ""));
      // the unreadable text is not made into paragraphs, but it is not lost either
      for (int i = from; i < lines.size(); i++) {
        if (!lines.get(i).isBlank()) {
          diags.add(
              Removals.removed("unreadable_text", lines.get(i).number(), lines.get(i).printed()));
        }
      }
      return Debate.builder().kind(RecordKind.OTHER).diagnostics(diags).build();
    }
    List<SpeechLine> cleaned = LineCleaning.clean(lines, from, diags);
    int start = speechStart(cleaned);
    Heading heading = Heading.read(cleaned.subList(0, start), front, diags);
    List<SpeechLine> speech = new ArrayList<>(cleaned.subList(start, cleaned.size()));
    List<Turn> turns = turns(speech, diags);
    if (turns.size() > 1) {
      return briefing(turns, heading, front, diags);
    }
    Turn turn = turns.get(0);
    List<Paragraphing.Block> blocks =
        narrative(trailer(Paragraphing.paragraphs(turn.lines(), diags), diags), diags);
    SpeechText speechText = new SpeechText(blocks);
    Body body = heading.venue().or(() -> Venues.inSpeech(speechText.text())).orElse(null);
    List<Paragraph> paragraphs = kinds(blocks, body);
    Speaker speaker =
        speaker(
            "sp1", heading, turn.label(), front, speechText, paragraphs.isEmpty(), fileName, diags);
    Optional<String> language = TextLanguage.notEnglish(speechText.paragraphs());
    Debate.Builder debate =
        Debate.builder()
            .kind(paragraphs.isEmpty() ? RecordKind.OTHER : RecordKind.STATEMENT)
            .body(body)
            .date(heading.date().orElse(null))
            .title(heading.title().orElse(null))
            .location(heading.place().orElse(null))
            .diagnostics(diags)
            .addSpeaker(speaker);
    debate.addProceeding(new Statement(speaker.id(), language, paragraphs));
    return debate.build();
  }

  /** A speaker's turn: his label as printed (if any) and his lines. */
  private record Turn(Optional<String> label, List<SpeechLine> lines) {}

  /**
   * Cuts the speech at speaker labels ("SENIOR ADMINISTRATION OFFICIAL:", "Q"); the label is
   * removed from its line. A speech with one label or none is one turn.
   */
  private static List<Turn> turns(List<SpeechLine> speech, List<Diagnostic> diags) {
    List<Turn> out = new ArrayList<>();
    List<SpeechLine> current = new ArrayList<>();
    Optional<String> label = Optional.empty();
    boolean previousBreak = true;
    boolean currentHasText = false;
    for (SpeechLine line : speech) {
      if (line.kind() != SpeechLine.Kind.TEXT) {
        current.add(line);
        previousBreak = true;
        continue;
      }
      Optional<String> found = Optional.empty();
      int cut = 0;
      if (previousBreak || out.isEmpty() && !currentHasText) {
        Matcher m = label(line.text());
        Matcher q = question(line.text());
        if (m != null && m.group(1).split(" ").length <= 6 && !m.group(1).matches("[IVXLC]+\\.?")) {
          found = Optional.of(m.group(1) + ":");
          cut = m.end();
        } else if (q != null) {
          found = Optional.of("Q");
          cut = q.end();
        }
      }
      previousBreak = false;
      if (found.isPresent()) {
        diags.add(
            Removals.removed(
                "speaker_label", line.number(), line.text().substring(0, cut).strip()));
        if (currentHasText || label.isPresent()) {
          out.add(new Turn(label, current));
        } else if (!current.isEmpty()) {
          // blank lines before the first label belong to nobody
          current.clear();
        }
        current = new ArrayList<>();
        label = found;
        String rest = line.text().substring(cut).strip();
        currentHasText = !rest.isEmpty();
        if (!rest.isEmpty()) {
          current.add(line.withText(rest));
        }
      } else {
        current.add(line);
        currentHasText = true;
      }
    }
    out.add(new Turn(label, current));
    return out;
  }

  /**
   * The matcher that found a speaker label ({@link #LABEL}) at the start of the text, or null; the
   * pattern is tried only on a text that opens with a capital and has a colon.
   */
  private static Matcher label(String text) {
    if (text.isEmpty()
        || Character.getType(text.codePointAt(0)) != Character.UPPERCASE_LETTER
        || text.indexOf(':') < 0) {
      return null;
    }
    Matcher m = LABEL.matcher(text);
    return m.find() ? m : null;
  }

  /** The matcher that found a question label ("Q:") at the start of the text, or null. */
  private static Matcher question(String text) {
    if (!text.startsWith("Q")) {
      return null;
    }
    Matcher q = QUESTION_LABEL.matcher(text);
    return q.find() ? q : null;
  }

  /** A briefing: one statement per labelled turn, one speaker per distinct label. */
  private static Debate briefing(
      List<Turn> turns, Heading heading, Optional<FrontMatter> front, List<Diagnostic> diags) {
    List<Speaker> speakers = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<Statement> statements = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Turn turn : turns) {
      List<Paragraphing.Block> blocks = Paragraphing.paragraphs(turn.lines(), diags);
      if (blocks.isEmpty()) {
        continue;
      }
      String label = turn.label().orElse("");
      int index = labels.indexOf(label);
      if (index < 0) {
        labels.add(label);
        index = labels.size() - 1;
        String raw = label.endsWith(":") ? label.substring(0, label.length() - 1) : label;
        Speaker.Builder b = Speaker.builder("sp" + (index + 1)).raw(label);
        if (label.equals("Q") || label.isEmpty()) {
          b.role(SpeakerRole.UNKNOWN);
        } else {
          String post = TitleCase.of(raw);
          b.role(SpeakerRole.GUEST).post(post);
          diags.add(
              new Evidenced<>(post, Evidence.SPEAKER_LABEL, label).diagnostic("post", post, 0));
          // officials briefing on a government's site speak for its State
          Optional<Evidenced<State>> site =
              front.flatMap(f -> f.get("source_url")).flatMap(Nations::speaksFor);
          site.ifPresent(st -> b.country(st.value().name(), st.value().codeOrNull()));
          site.ifPresent(st -> diags.add(st.diagnostic("country", st.value().name(), 0)));
        }
        speakers.add(b.build());
      }
      List<Paragraph> paragraphs = new ArrayList<>();
      for (Paragraphing.Block block : blocks) {
        paragraphs.add(
            paragraph(
                ParagraphKind.BODY, block.text(), heading.venue().orElse(null), Optional.empty()));
        text.append(block.text()).append('\n');
      }
      statements.add(new Statement("sp" + (index + 1), Optional.empty(), paragraphs));
    }
    Debate.Builder debate =
        Debate.builder()
            .kind(RecordKind.OTHER)
            .body(heading.venue().orElse(null))
            .date(heading.date().orElse(null))
            .title(heading.title().orElse(null))
            .location(heading.place().orElse(null))
            .diagnostics(diags)
            .speakers(speakers);
    for (Statement s : statements) {
      debate.addProceeding(s);
    }
    return debate.build();
  }

  /**
   * Where the speech starts: at the first salutation when one comes before any prose, else after
   * the leading heading-like blocks (byline, title, dateline), else at the first line.
   */
  static int speechStart(List<SpeechLine> lines) {
    List<int[]> blocks = blocks(lines);
    int seen = 0;
    for (int b = 0; b < blocks.size(); b++) {
      int[] block = blocks.get(b);
      String first = lines.get(block[0]).text();
      if (label(first) != null || question(first) != null) {
        return block[0];
      }
      String candidate = first;
      if (block[1] - block[0] == 1 && b + 1 < blocks.size()) {
        String next = lines.get(blocks.get(b + 1)[0]).text();
        if (Character.isLowerCase(next.codePointAt(0))) {
          candidate = first + " " + next;
        }
      }
      if (Formulas.isSalutation(candidate) || Formulas.isSalutation(first)) {
        return block[0];
      }
      String text = blockText(lines, block);
      if ((isProse(text) || isSentence(text)) && !isTeaser(text)) {
        break;
      }
      seen += block[1] - block[0];
      if (seen > HEADER_SEARCH_LINES) {
        break;
      }
    }
    // a heading is a few short blocks before the first prose; a long run of short blocks is a
    // list or a table, not a heading
    for (int b = 0; b + 1 < blocks.size() && b <= MAX_HEADING_BLOCKS; b++) {
      int[] block = blocks.get(b);
      if (!headingLike(lines, block)) {
        return block[0];
      }
    }
    return 0;
  }

  private static boolean isProse(String text) {
    return WordCount.of(text) >= PROSE_WORDS && SentenceEnds.endsSentence(text);
  }

  /** A sentence of the speech, not a byline: eight words or more ending a sentence. */
  private static boolean isSentence(String text) {
    return WordCount.of(text) >= 8
        && SentenceEnds.endsSentence(text)
        && !Byline.opensWithStatementWord(text)
        && Byline.leadingHonorific(text).isEmpty();
  }

  static boolean isTeaser(String text) {
    return TEASERS.isIn(text);
  }

  private static boolean headingLike(List<SpeechLine> lines, int[] block) {
    if (block[1] - block[0] > 6) {
      return false;
    }
    for (int i = block[0]; i < block[1]; i++) {
      if (WordCount.of(lines.get(i).text()) > 16) {
        return false;
      }
    }
    String text = blockText(lines, block);
    return !SentenceEnds.endsSentence(text)
        || Byline.opensWithStatementWord(text)
        || Byline.leadingHonorific(text).isPresent();
  }

  /** Runs of consecutive text lines, as [first, end) indices. */
  static List<int[]> blocks(List<SpeechLine> lines) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      if (lines.get(i).kind() != SpeechLine.Kind.TEXT) {
        i++;
        continue;
      }
      int j = i;
      while (j < lines.size() && lines.get(j).kind() == SpeechLine.Kind.TEXT) {
        j++;
      }
      out.add(new int[] {i, j});
      i = j;
    }
    return out;
  }

  static String blockText(List<SpeechLine> lines, int[] block) {
    int first = block[0];
    // empty lines before the first text add no space; after it each line adds one
    while (first < block[1] && lines.get(first).text().isEmpty()) {
      first++;
    }
    // String.join makes the text in one copy: a General Debate speech is a block of thousands of
    // lines
    String[] texts = new String[Math.max(0, block[1] - first)];
    for (int i = first; i < block[1]; i++) {
      texts[i - first] = lines.get(i).text();
    }
    return String.join(" ", texts);
  }

  /**
   * Drops what a site prints after the closing formula ("Links:", link rows, addresses): short
   * paragraphs that end no sentence.
   */
  private static List<Paragraphing.Block> trailer(
      List<Paragraphing.Block> blocks, List<Diagnostic> diags) {
    int closing = -1;
    for (int i = Math.max(0, blocks.size() - 8); i < blocks.size(); i++) {
      if (Formulas.isClosing(blocks.get(i).text())) {
        closing = i;
      }
    }
    if (closing < 0) {
      return blocks;
    }
    int end = blocks.size();
    for (int i = closing + 1; i < blocks.size(); i++) {
      String t = blocks.get(i).text();
      if (Formulas.isClosing(t)) {
        continue;
      }
      if (WordCount.of(t) > 20 || SentenceEnds.endsSentence(t) && !t.endsWith(":")) {
        return blocks;
      }
    }
    List<Paragraphing.Block> out = new ArrayList<>();
    for (int i = 0; i < end; i++) {
      Paragraphing.Block b = blocks.get(i);
      if (i > closing && !Formulas.isClosing(b.text())) {
        diags.add(Removals.removed("site_chrome", b.firstLine(), b.text()));
      } else {
        out.add(b);
      }
    }
    return out;
  }

  /**
   * Drops a press release's narrative around the speech it carries: everything up to a paragraph
   * announcing "the full remarks ... as prepared for delivery", and a short heading right after.
   */
  private static List<Paragraphing.Block> narrative(
      List<Paragraphing.Block> blocks, List<Diagnostic> diags) {
    int opener = -1;
    for (int i = 0; i + 1 < blocks.size(); i++) {
      // lower-casing keeps the whitespace and the closing colon, so both are read first
      String text = blocks.get(i).text();
      if (text.strip().endsWith(":") && WordCount.of(text) <= 40) {
        String t = text.toLowerCase(Locale.ROOT);
        if (SPEECH_OPENERS.stream().anyMatch(t::contains)) {
          opener = i;
          break;
        }
      }
    }
    if (opener < 0) {
      return blocks;
    }
    List<Paragraphing.Block> out = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Paragraphing.Block b = blocks.get(i);
      if (i <= opener) {
        diags.add(Removals.removed("press_release", b.firstLine(), b.text()));
      } else if (i == opener + 1
          && WordCount.of(b.text()) <= 8
          && !SentenceEnds.endsSentence(b.text())
          && !Formulas.isSalutation(b.text())) {
        diags.add(Removals.removed("heading", b.firstLine(), b.text()));
      } else {
        out.add(b);
      }
    }
    return out;
  }

  /**
   * The speech as one text, each paragraph ended by a line break: joined only when a rule reads the
   * whole speech at once.
   */
  private static final class SpeechText {
    private final List<Paragraphing.Block> blocks;
    private String text;

    SpeechText(List<Paragraphing.Block> blocks) {
      this.blocks = blocks;
    }

    List<String> paragraphs() {
      List<String> out = new ArrayList<>(blocks.size());
      for (Paragraphing.Block b : blocks) {
        out.add(b.text());
      }
      return out;
    }

    String text() {
      if (text == null) {
        // each paragraph ends in a line feed; String.join makes the text in one copy
        String[] parts = new String[blocks.size() + 1];
        for (int i = 0; i < blocks.size(); i++) {
          parts[i] = blocks.get(i).text();
        }
        parts[blocks.size()] = "";
        text = String.join("\n", parts);
      }
      return text;
    }
  }

  /** The paragraphs with their kinds, citations and quotations. */
  private static List<Paragraph> kinds(List<Paragraphing.Block> blocks, Body body) {
    List<Paragraph> out = new ArrayList<>();
    int n = blocks.size();
    int closingFrom = n;
    for (int i = n - 1; i >= Math.max(0, n - 2); i--) {
      if (Formulas.isClosing(blocks.get(i).text())) {
        closingFrom = i;
      } else {
        break;
      }
    }
    String previous = "";
    for (int i = 0; i < n; i++) {
      String text = blocks.get(i).text();
      ParagraphKind kind;
      Optional<String> before = Optional.empty();
      if (i >= closingFrom) {
        kind = ParagraphKind.CLOSING;
      } else if (Formulas.isSalutation(text)) {
        kind = ParagraphKind.SALUTATION;
      } else if (QuotedSpeech.isBlockQuote(text)) {
        kind = ParagraphKind.QUOTE;
        before = QuotedSpeech.speakerOf(previous + " said");
      } else {
        kind = ParagraphKind.BODY;
      }
      out.add(paragraph(kind, text, body, before));
      previous = text;
    }
    return out;
  }

  private static Paragraph paragraph(
      ParagraphKind kind, String text, Body body, Optional<String> quoted) {
    List<Quotation> quotations =
        kind == ParagraphKind.SALUTATION || kind == ParagraphKind.CLOSING
            ? List.of()
            : QuotedSpeech.find(text, quoted);
    return new Paragraph(kind, text, CITATIONS.find(text, body), quotations);
  }

  /**
   * The speaker: from the byline, else the page title, else what the speech says of him. Each field
   * filled says which evidence gave it in a diagnostic.
   */
  private static Speaker speaker(
      String id,
      Heading heading,
      Optional<String> label,
      Optional<FrontMatter> front,
      SpeechText speech,
      boolean empty,
      Optional<UngdcFileName> fileName,
      List<Diagnostic> diags) {
    Speaker.Builder b = Speaker.builder(id);
    Optional<Byline> byline = heading.byline();
    String bylineText = byline.map(Byline::raw).orElse("");
    Evidenced<String> nameFrom = new Evidenced<>("byline", Evidence.BYLINE, bylineText);
    Evidenced<String> postFrom = nameFrom;
    if (byline.isEmpty() || byline.get().name().isEmpty()) {
      Optional<Byline> fromTitle =
          front
              .flatMap(f -> f.get("title"))
              .map(t -> Byline.read(List.of(Whitespace.clean(t))))
              .filter(x -> x.name().isPresent());
      if (fromTitle.isPresent()) {
        nameFrom = new Evidenced<>("title", Evidence.PAGE_TITLE, fromTitle.get().raw());
        postFrom = fromTitle.get().post().isPresent() ? nameFrom : postFrom;
        byline =
            Optional.of(
                new Byline(
                    byline.map(Byline::raw).orElse(label.orElse("")),
                    fromTitle.get().name(),
                    fromTitle.get().honorific(),
                    fromTitle.get().post().or(() -> heading.byline().flatMap(Byline::post))));
      }
    }
    String raw = byline.map(Byline::raw).filter(r -> !r.isEmpty()).orElse(label.orElse(""));
    b.raw(raw);
    List<Diagnostic> evidence = new ArrayList<>();
    Evidenced<String> nameSource = nameFrom;
    Evidenced<String> postSource = postFrom;
    Optional<String> name = byline.flatMap(Byline::name);
    name.ifPresent(b::name);
    name.ifPresent(n -> evidence.add(nameSource.diagnostic("name", n, 0)));
    Optional<String> honorific = byline.flatMap(Byline::honorific);
    honorific.ifPresent(b::honorific);
    honorific.ifPresent(h -> evidence.add(nameSource.diagnostic("honorific", h, 0)));
    Optional<Evidenced<String>> post =
        byline
            .flatMap(Byline::post)
            .map(p -> new Evidenced<>(p, postSource.evidence(), postSource.excerpt()))
            .or(
                () ->
                    postInSpeech(speech.text()).map(p -> new Evidenced<>(p, Evidence.SPEECH, "")));
    post.ifPresent(p -> b.post(p.value()));
    post.ifPresent(p -> evidence.add(p.diagnostic("post", p.value(), 0)));
    // the byline's text, or the label's when only the page title named the speaker
    Evidence printed = heading.byline().isPresent() ? Evidence.BYLINE : Evidence.SPEAKER_LABEL;
    Optional<Evidenced<State>> state =
        byline
            .flatMap(x -> Nations.mentionedIn(printed, x.raw()))
            .or(
                () ->
                    heading.countryLines().stream()
                        .map(l -> Nations.mentionedIn(l.evidence(), l.text()))
                        .flatMap(Optional::stream)
                        .findFirst())
            .or(() -> front.flatMap(f -> f.get("source_url")).flatMap(Nations::speaksFor))
            .or(() -> fileCountry(fileName, diags))
            .or(
                () ->
                    heading.isEmpty() ? Nations.mostMentionedIn(speech.text()) : Optional.empty());
    // Only a byline or heading names a speaker's organisation: the organisation a speech names
    // most is as often the one it argues against (NATO in a Russian speech) as its own.
    Optional<Evidenced<String>> organization =
        state.isPresent()
            ? Optional.empty()
            : byline.flatMap(
                x ->
                    Nations.organizationIn(x.raw()).map(o -> new Evidenced<>(o, printed, x.raw())));
    state.ifPresent(s -> b.country(s.value().name(), s.value().codeOrNull()));
    state
        .filter(s -> s.evidence() != Evidence.FILE_NAME) // said already, in its own words
        .ifPresent(s -> evidence.add(s.diagnostic("country", s.value().name(), 0)));
    organization.ifPresent(o -> b.organization(o.value()));
    organization.ifPresent(o -> evidence.add(o.diagnostic("organization", o.value(), 0)));
    if (state.isPresent() || organization.isPresent()) {
      b.role(SpeakerRole.REPRESENTATIVE);
    }
    diags.addAll(evidence);
    return b.build();
  }

  /**
   * The State a UNGDC file name gives, when the text names none; said in a diagnostic, since it
   * comes from outside the text.
   */
  private static Optional<Evidenced<State>> fileCountry(
      Optional<UngdcFileName> fileName, List<Diagnostic> diags) {
    Optional<State> state = fileName.flatMap(UngdcFileName::state);
    state.ifPresent(
        s ->
            diags.add(
                new Diagnostic(
                    Severity.INFO,
                    "speaker.country_from_file_name",
                    0,
                    "no byline or heading names the speaker's State; "
                        + s.name()
                        + " is from the UNGDC file name ("
                        + fileName.get().alpha3()
                        + ", session "
                        + fileName.get().session()
                        + ")",
                    "")));
    return state.map(s -> new Evidenced<>(s, Evidence.FILE_NAME, fileName.get().alpha3()));
  }

  /**
   * A post the speaker gives himself: "As President, I have ...", "inspires me now as Prime
   * Minister".
   */
  static Optional<String> postInSpeech(String speech) {
    // The sentences as split("(?<=[.!?])\\s+") cuts them. A sentence is bounded by white space
    // after a full stop (or by the ends of the speech), where the patterns' word boundaries fall
    // as at the ends of a string: so the patterns are run over the whole speech, only at the
    // words they open with, and their matches counted in the sentence they open in.
    Cue person = new Cue(FIRST_PERSON, speech, "I", "me", "my");
    Cue as = new Cue(AS_POST, speech, "As ", "as ");
    int start = 0;
    while (start <= speech.length()) {
      int end = speechSentenceEnd(speech, start);
      int next = end < speech.length() ? gapEnd(speech, end) : speech.length() + 1;
      int firstPerson = person.find(start);
      if (firstPerson < 0) {
        return Optional.empty(); // no sentence after this one speaks in the first person either
      }
      if (firstPerson < end) {
        for (int at = as.find(start); at >= 0 && at < end; at = as.find(as.matcher().end())) {
          Matcher m = as.matcher();
          Optional<String> post = Byline.leadingPost(m.group(1));
          int from = m.start(1) + post.map(String::length).orElse(0);
          if (post.isPresent() && !(from + 3 <= end && speech.startsWith(" of", from))) {
            return post;
          }
        }
      }
      start = next;
    }
    return Optional.empty();
  }

  /**
   * Where the sentence from {@code start} ends: at the first white space after a full stop,
   * exclamation or question mark ({@code (?<=[.!?])\\s}), or at the end of the speech.
   */
  private static int speechSentenceEnd(String speech, int start) {
    for (int i = Math.max(start, 1); i < speech.length(); i++) {
      if (Whitespace.isSpace(speech.charAt(i)) && ".!?".indexOf(speech.charAt(i - 1)) >= 0) {
        return i;
      }
    }
    return speech.length();
  }

  private static int gapEnd(String speech, int i) {
    while (i < speech.length() && Whitespace.isSpace(speech.charAt(i))) {
      i++;
    }
    return i;
  }

  /** A heading line that may name the speaker's State, with what kind of line it is. */
  private record CountryLine(String text, Evidence evidence) {}

  /** What the heading before the speech says: byline, title, date, place, organ. */
  private record Heading(
      Optional<Byline> byline,
      Optional<String> title,
      Optional<LocalDate> date,
      Optional<String> place,
      Optional<Body> venue,
      List<CountryLine> countryLines,
      boolean isEmpty) {

    static Heading read(
        List<SpeechLine> lines, Optional<FrontMatter> front, List<Diagnostic> diags) {
      List<int[]> blocks = blocks(lines);
      Byline named = null;
      Byline unnamed = null;
      String quotedTitle = null;
      String plainTitle = null;
      LocalDate date = null;
      String place = null;
      Body venue = null;
      List<CountryLine> countryLines = new ArrayList<>();
      for (int b = 0; b < blocks.size(); b++) {
        int[] block = blocks.get(b);
        String text = blockText(lines, block);
        List<String> texts = new ArrayList<>();
        for (int i = block[0]; i < block[1]; i++) {
          texts.add(lines.get(i).text());
        }
        // a quoted title that a blank line cuts runs on to its closing mark
        while (Quotes.opensUnclosed(text) && b + 1 < blocks.size() && texts.size() < 6) {
          b++;
          int[] next = blocks.get(b);
          for (int i = next[0]; i < next[1]; i++) {
            texts.add(lines.get(i).text());
          }
          block = new int[] {block[0], next[1]};
          text = text + " " + blockText(lines, next);
        }
        String what;
        if (venue == null) {
          venue = Venues.inHeading(text).orElse(null);
        }
        Optional<LocalDate> d = Datelines.find(text);
        if (isTeaser(text)) {
          what = "site_chrome";
        } else if (Byline.opensWithStatementWord(text)
            || Byline.leadingHonorific(text).isPresent()) {
          // a byline that prints only "STATEMENT" runs on over the next short blocks to the name
          while (Byline.read(texts).name().isEmpty()
              && b + 1 < blocks.size()
              && texts.size() < 6
              && runsOn(blockText(lines, blocks.get(b + 1)))
              && blocks.get(b + 1)[1] - blocks.get(b + 1)[0] == 1) {
            b++;
            texts.add(lines.get(blocks.get(b)[0]).text());
            block = new int[] {block[0], blocks.get(b)[1]};
          }
          Byline by = Byline.read(texts);
          if (by.name().isPresent() && named == null) {
            named = by;
          } else if (by.name().isEmpty() && unnamed == null) {
            unnamed = by;
          }
          what = "byline";
          Optional<LocalDate> inByline = Datelines.find(String.join(" ", texts));
          if (date == null && inByline.isPresent()) {
            date = inByline.get();
          }
        } else if (d.isPresent() && WordCount.of(text) <= 10) {
          if (date == null) {
            date = d.get();
            int comma = text.indexOf(',');
            if (comma > 0 && !Character.isDigit(text.charAt(0))) {
              place = text.substring(0, comma).strip();
            }
          }
          what = "dateline";
        } else if (quoted(text) != null) {
          if (quotedTitle == null) {
            quotedTitle = quoted(text);
          }
          what = "title";
        } else if (isLetterhead(text)) {
          countryLines.add(new CountryLine(text, Evidence.LETTERHEAD));
          what = "letterhead";
        } else if (Nations.named(text).isPresent()) {
          countryLines.add(new CountryLine(text, Evidence.LETTERHEAD));
          what = "letterhead";
        } else {
          if (plainTitle == null && WordCount.of(text) >= 2) {
            plainTitle = titleOf(texts);
          } else {
            countryLines.add(new CountryLine(text, Evidence.HEADING));
          }
          what = "heading";
        }
        for (int i = block[0]; i < block[1]; i++) {
          diags.add(Removals.removed(what, lines.get(i).number(), lines.get(i).text()));
        }
      }
      Optional<String> frontTitle = front.flatMap(f -> f.get("title")).map(Whitespace::clean);
      Optional<String> title = Optional.ofNullable(quotedTitle).or(() -> frontTitle);
      if (title.isEmpty()) {
        title = Optional.ofNullable(plainTitle);
      }
      Optional<LocalDate> frontDate = front.flatMap(f -> f.get("date")).flatMap(Datelines::find);
      Body frontVenue = frontTitle.flatMap(Venues::inHeading).orElse(null);
      Byline byline = named != null ? named : unnamed;
      if (named != null && unnamed != null && named.post().isEmpty()) {
        byline = new Byline(named.raw(), named.name(), named.honorific(), unnamed.post());
      }
      if (named != null && unnamed != null) {
        countryLines.add(0, new CountryLine(unnamed.raw(), Evidence.BYLINE));
      }
      return new Heading(
          Optional.ofNullable(byline),
          title,
          frontDate.isPresent() ? frontDate : Optional.ofNullable(date),
          Optional.ofNullable(place),
          Optional.ofNullable(frontVenue != null ? frontVenue : venue),
          List.copyOf(countryLines),
          blocks.isEmpty() && front.isEmpty());
    }

    /** Whether a heading block can continue a byline: not a new byline, teaser or dateline. */
    private static boolean runsOn(String next) {
      return Datelines.find(next).isEmpty()
          && !Byline.opensWithStatementWord(next)
          && Byline.leadingHonorific(next).isEmpty()
          && !isTeaser(next)
          && quoted(next) == null;
    }

    /** A title printed in quotation marks or after "Theme:", without the marks. */
    private static String quoted(String text) {
      String t = text.strip();
      String lower = t.toLowerCase(Locale.ROOT);
      for (String mark : TITLE_MARKS) {
        if (lower.startsWith(mark)) {
          String rest = t.substring(mark.length()).strip();
          if (rest.startsWith(":")) {
            return Quotes.unquote(rest.substring(1).strip());
          }
        }
      }
      if (Quotes.isWhollyQuoted(t)) {
        return Quotes.unquote(t);
      }
      return null;
    }

    private static boolean isLetterhead(String text) {
      return LETTERHEADS.opens(text);
    }

    /** A heading's title: its first line, continued while a line ends in a lower-case word. */
    private static String titleOf(List<String> texts) {
      StringBuilder sb = new StringBuilder(texts.get(0));
      for (int i = 1; i < texts.size(); i++) {
        String prev = texts.get(i - 1);
        String lastWord = prev.substring(prev.lastIndexOf(' ') + 1);
        if (lastWord.isEmpty() || !lastWord.chars().allMatch(Character::isLowerCase)) {
          break;
        }
        sb.append(' ').append(texts.get(i));
      }
      return sb.toString();
    }
  }
}
