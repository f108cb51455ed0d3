package io.github.undebate.parser.citation;

import io.github.undebate.core.Body;
import io.github.undebate.core.CitationType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Articles and Chapters of the Charter of the United Nations. The forms, with real examples:
 *
 * <ul>
 *   <li>"Article 51 of the Charter", "Article 27 of the Charter of the United Nations", "Article 51
 *       of the UN Charter" → {@code Charter, Article 51};
 *   <li>a paragraph folds into its article: "Article 2, paragraph 4, of the Charter", "Article 109,
 *       paragraph 2", "Article 2.1" → {@code Charter, Article 2};
 *   <li>lists: "Articles 33, 36, 37 and 38" → four citations;
 *   <li>"Chapter VII", "Chapter VIII of the UN Charter", "Chapters VI and VII" → {@code Charter,
 *       Chapter VII}.
 * </ul>
 *
 * <p>An article or chapter followed by "of the X" where X is not the Charter ("article 6 of the
 * draft", "article 2 of the ASEAN Charter", "Article IV of that Treaty") is another instrument's;
 * so is a lower-case "article" without "of the Charter", an article numbered in Roman numerals or
 * beyond the Charter's 111, and a bare "Article 5" in a sentence that names another instrument
 * (NATO, a Treaty, a Declaration, a Statute; {@code other-instruments.txt}) and not the Charter.
 */
final class CharterReferences implements CitationForm {
  /** The Charter has 111 Articles in 19 Chapters. */
  private static final int LAST_ARTICLE = 111;

  private static final int LAST_CHAPTER = 19;

  private static final Pattern ARTICLE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?<word>[Aa]rticles?|ARTICLES?)\\s(?<n>\\d{1,3})(?:\\.\\d{1,2})?"
              + "(?![\\p{N}/]|\\.\\d)");

  /** A chapter's Roman numeral, with the "l" and "i" OCR reads for "I" ("Chapter Vill", "Ill"). */
  private static final String NUMERAL = "[IVX][IVXil]{0,4}";

  private static final Pattern CHAPTER =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?<word>[Cc]hapters?|CHAPTERS?)\\s(?<n>"
              + NUMERAL
              + ")(?![\\p{L}\\p{N}])");

  /** Where {@link #ARTICLE} and {@link #CHAPTER} may open: the patterns run only there. */
  private static final Openings ARTICLE_OPENINGS = Openings.of("article", "Article", "ARTICLE");

  private static final Openings CHAPTER_OPENINGS = Openings.of("chapter", "Chapter", "CHAPTER");

  /**
   * A paragraph of an article: "Article 2, paragraph 4," "Article 1, paragraph 1", "Article 2(4)".
   */
  static final Pattern PARAGRAPH =
      Pattern.compile(
          ",?\\s(?:paragraphs?|para\\.)\\s\\d{1,2}(?:\\s?\\([a-z]\\))?|\\s?\\(\\d{1,2}\\)");

  static final Pattern LIST_SEPARATOR =
      Pattern.compile("(?:\\s?,\\s(?:and\\s|or\\s)?|\\s(?:and|or)\\s)");

  private static final Pattern ARTICLE_ITEM =
      Pattern.compile("(?:Article\\s)?(?<n>\\d{1,3})(?:\\.\\d{1,2})?(?![\\p{L}\\p{N}/]|\\.\\d)");

  private static final Pattern CHAPTER_ITEM =
      Pattern.compile("(?:Chapter\\s)?(?<n>" + NUMERAL + ")(?![\\p{L}\\p{N}])");

  private static final List<String> OTHER_INSTRUMENT_WORDS = otherInstruments(false);

  private static final List<String> OTHER_INSTRUMENT_IN_PARAGRAPH_WORDS = otherInstruments(true);

  private static final Pattern OTHER_INSTRUMENT = wholeWords(OTHER_INSTRUMENT_WORDS);

  private static final Pattern OTHER_INSTRUMENT_IN_PARAGRAPH =
      wholeWords(OTHER_INSTRUMENT_IN_PARAGRAPH_WORDS);

  private static final Openings OTHER_INSTRUMENT_OPENINGS = Openings.of(OTHER_INSTRUMENT_WORDS);

  private static final Openings OTHER_INSTRUMENT_IN_PARAGRAPH_OPENINGS =
      Openings.of(OTHER_INSTRUMENT_IN_PARAGRAPH_WORDS);

  private static final Pattern CHARTER_WORD = Pattern.compile("Charter");

  /** How far back the sentence is read for the instrument a bare article belongs to. */
  private static final int CONTEXT_WINDOW = 300;

  /** How far before the sentence the paragraph is read when the sentence names no instrument. */
  private static final int PARAGRAPH_WINDOW = 600;

  private static final int MAX_LIST = 20;

  /**
   * The targets of the Articles and the Chapters, at their numbers: made once, not per citation.
   */
  private static final String[] ARTICLE_TARGETS = targets("Charter, Article ", LAST_ARTICLE, false);

  private static final String[] CHAPTER_TARGETS = targets("Charter, Chapter ", LAST_CHAPTER, true);

  private static String[] targets(String prefix, int last, boolean roman) {
    String[] targets = new String[last + 1];
    for (int n = 1; n <= last; n++) {
      targets[n] = prefix + (roman ? Roman.of(n) : Integer.toString(n));
    }
    return targets;
  }

  @Override
  public boolean mayOccur(String text) {
    return true; // collect's search for the keyword is the test, done once
  }

  @Override
  public void collect(String text, Body body, List<Found> out) {
    boolean articles = ARTICLE_OPENINGS.occurIn(text);
    boolean chapters = CHAPTER_OPENINGS.occurIn(text);
    if (!articles && !chapters) {
      return;
    }
    Reading reading = new Reading(text);
    if (articles) {
      collect(reading, ARTICLE, ARTICLE_OPENINGS.in(text), ARTICLE_ITEM, true, out);
    }
    if (chapters) {
      collect(reading, CHAPTER, CHAPTER_OPENINGS.in(text), CHAPTER_ITEM, false, out);
    }
  }

  /**
   * What the Articles and the Chapters of one text share, each part made when first needed: most
   * texts that print "Article" cite one or two, and a matcher or a scan for instruments that no
   * reference asks for would be made for nothing.
   */
  private static final class Reading {
    final String text;
    // the references of the current head, kept for the next head once added
    final List<Found> items = new ArrayList<>();
    private Matcher paragraph;
    private Matcher separator;
    private CharterTrailer trailer;
    private Context context;

    Reading(String text) {
      this.text = text;
    }

    Matcher paragraph() {
      if (paragraph == null) {
        paragraph = PARAGRAPH.matcher(text);
      }
      return paragraph;
    }

    Matcher separator() {
      if (separator == null) {
        separator = LIST_SEPARATOR.matcher(text);
      }
      return separator;
    }

    CharterTrailer trailer() {
      if (trailer == null) {
        trailer = new CharterTrailer(text);
      }
      return trailer;
    }

    Context context() {
      if (context == null) {
        context = new Context(text);
      }
      return context;
    }
  }

  /** The instruments a text names, found once per text. */
  private static final class Context {
    final Mentions charter;
    final Mentions other;
    final Mentions otherInParagraph;

    Context(String text) {
      charter = new Mentions(CHARTER_WORD, text);
      other = new Mentions(OTHER_INSTRUMENT, OTHER_INSTRUMENT_OPENINGS, text);
      otherInParagraph =
          new Mentions(OTHER_INSTRUMENT_IN_PARAGRAPH, OTHER_INSTRUMENT_IN_PARAGRAPH_OPENINGS, text);
    }
  }

  private void collect(
      Reading reading,
      Pattern head,
      Openings.Cursor heads,
      Pattern listItem,
      boolean articles,
      List<Found> out) {
    int from = heads.next(0);
    if (from < 0) {
      return;
    }
    String text = reading.text;
    Matcher m = head.matcher(text).useTransparentBounds(true);
    Matcher item = null;
    List<Found> items = reading.items;
    while (from < text.length() && heads.find(m, from)) {
      items.clear();
      if (!add(items, text, m.start("n"), m.end("n"), m.start(), m.end(), articles)) {
        from = m.end();
        continue;
      }
      boolean valid = true;
      // only "Articles 33, 36, 37 and 38" lists; "Article 51, 2 days later" does not
      char last = text.charAt(m.end("word") - 1);
      boolean plural = last == 's' || last == 'S';
      int pos = m.end();
      for (int n = 0; n < MAX_LIST; n++) {
        // each pattern runs, and its matcher is made, only where it may match
        if (articles
            && mayOpenParagraph(text, pos)
            && reading.paragraph().region(pos, text.length()).lookingAt()) {
          pos = reading.paragraph().end();
          items.set(items.size() - 1, extend(items.get(items.size() - 1), pos));
        }
        if (!mayOpenSeparator(text, pos)
            || !reading.separator().region(pos, text.length()).lookingAt()) {
          break;
        }
        int itemStart = reading.separator().end();
        if (item == null) {
          item = listItem.matcher(text);
        }
        if (!item.region(itemStart, text.length()).lookingAt()
            || !plural && item.start("n") == itemStart) {
          break;
        }
        valid &= add(items, text, item.start("n"), item.end("n"), itemStart, item.end(), articles);
        pos = item.end();
      }
      from = Math.max(pos, m.end());
      if (!valid || items.isEmpty()) {
        continue;
      }
      boolean lowerCase = Character.isLowerCase(text.charAt(m.start("word")));
      CharterTrailer.Verdict verdict =
          CharterTrailer.mayOpen(text, pos)
              ? reading.trailer().after(pos)
              : CharterTrailer.Verdict.NONE;
      if (verdict == CharterTrailer.Verdict.OTHER) {
        continue;
      }
      if (verdict == CharterTrailer.Verdict.NONE
          && (lowerCase || !charterInContext(text, m.start(), articles, reading))) {
        continue;
      }
      out.addAll(items);
    }
  }

  private static Found extend(Found found, int end) {
    return new Found(found.type(), found.start(), end, found.target());
  }

  /**
   * Adds the item whose number is the text from {@code numberStart} to {@code numberEnd}; false
   * when that cannot be the Charter's.
   */
  private static boolean add(
      List<Found> items,
      String text,
      int numberStart,
      int numberEnd,
      int start,
      int end,
      boolean articles) {
    if (articles) {
      // the pattern's one to three digits, read in place
      int n = 0;
      for (int i = numberStart; i < numberEnd; i++) {
        n = 10 * n + (text.charAt(i) - '0');
      }
      if (n < 1 || n > LAST_ARTICLE) {
        return false;
      }
      items.add(new Found(CitationType.CHARTER_ARTICLE, start, end, ARTICLE_TARGETS[n]));
      return true;
    }
    String numeral = text.substring(numberStart, numberEnd).replace('l', 'I').replace('i', 'I');
    int n = Roman.value(numeral);
    if (n < 1 || n > LAST_CHAPTER) {
      return false;
    }
    // a well-formed numeral is the one Roman.of spells: the target is the table's
    items.add(new Found(CitationType.CHARTER_CHAPTER, start, end, CHAPTER_TARGETS[n]));
    return true;
  }

  /**
   * Whether {@link #PARAGRAPH} may match at {@code pos}: ", paragraph", " para." or "(": the
   * pattern runs only there (CharterGatesTest).
   */
  static boolean mayOpenParagraph(String text, int pos) {
    int i = pos < text.length() && text.charAt(pos) == ',' ? pos + 1 : pos;
    return CharterTrailer.spaceAt(text, i) && text.startsWith("para", i + 1)
        || CharterTrailer.charAt(text, pos) == '('
        || CharterTrailer.spaceAt(text, pos) && CharterTrailer.charAt(text, pos + 1) == '(';
  }

  /**
   * Whether {@link #LIST_SEPARATOR} may match at {@code pos}: a comma, after one space at most, or
   * " and " or " or ".
   */
  static boolean mayOpenSeparator(String text, int pos) {
    return CharterTrailer.charAt(text, pos) == ','
        || CharterTrailer.spaceAt(text, pos)
            && (CharterTrailer.charAt(text, pos + 1) == ','
                || text.startsWith("and", pos + 1)
                || text.startsWith("or", pos + 1));
  }

  /**
   * A bare "Article 27" or "Chapter VII" is the Charter's unless the text before it names another
   * instrument more recently than the Charter: within the sentence ("NATO's Article 5"), or else
   * for an article, within the paragraph before it ("... the Declaration. Article 26 states that
   * ..."), counting there only instruments whose articles are discussed at length. With neither
   * named, the Charter is meant (the UN's own records cite its Articles bare).
   */
  private static boolean charterInContext(
      String text, int start, boolean article, Reading reading) {
    Context context = reading.context();
    int sentence = Sentences.startBefore(text, start, CONTEXT_WINDOW);
    int charter = context.charter.lastIn(sentence, start);
    int other = context.other.lastIn(sentence, start);
    if (article && charter < 0 && other < 0) {
      int from = Math.max(0, sentence - PARAGRAPH_WINDOW);
      charter = context.charter.lastIn(from, sentence);
      other = context.otherInParagraph.lastIn(from, sentence);
    }
    return charter >= other;
  }

  private static Pattern wholeWords(List<String> words) {
    return Pattern.compile("(?<![\\p{L}])" + Phrases.alternation(words) + "(?![\\p{L}])");
  }

  private static List<String> otherInstruments(boolean paragraphOnly) {
    List<String> words = new ArrayList<>();
    for (String line : Phrases.lines("other-instruments.txt")) {
      String[] columns = line.split("\t");
      if (columns.length != 2
          || !(columns[1].equals("sentence") || columns[1].equals("paragraph"))) {
        throw new IllegalStateException(
            "other-instruments.txt: expected word and scope in " + line);
      }
      if (!paragraphOnly || columns[1].equals("paragraph")) {
        words.add(columns[0]);
      }
    }
    return List.copyOf(words);
  }
}
