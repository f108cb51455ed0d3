package io.github.undebate.parser.citation;

import io.github.undebate.core.Body;
import io.github.undebate.core.Citation;
import io.github.undebate.parser.internal.text.TextChars;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds citations of UN documents, resolutions, the Charter, rules of procedure and dated
 * instruments in a paragraph of text.
 *
 * <pre>{@code
 * List<Citation> found = CitationFinder.create().find("as contained in document S/2020/24.");
 * // [Citation[type=DOCUMENT, text=S/2020/24, start=25, end=34, target=S/2020/24]]
 * }</pre>
 *
 * <p>What it recognises, each with its normalised target:
 *
 * <ul>
 *   <li>document symbols ({@code S/2020/24}, {@code A/HRC/43/3/Add.1}, also when PDF extraction
 *       broke them: {@code S/ 2020/24}, or OCR misread them: {@code A/5201/Add,l}, {@code
 *       [Al36/547]}), meeting records ({@code S/PV.8699 (Resumption 1)}), resolution symbols
 *       ({@code S/RES/1440 (2002)}), joint symbols as one document;
 *   <li>resolutions by number: "resolution 2231 (2015)" → {@code S/RES/2231 (2015)}, "General
 *       Assembly resolution 46/182" → {@code A/RES/46/182}, "resolutions 1514 (XV) and 2625 (XXV)"
 *       → two, "resolutions 48/218 B, 54/244 and 59/272" → three, "ES-10/19", "S-8/1", and the
 *       numbers the Official Records add in brackets ("the resolution of 22 November 1967 [242
 *       (1967)]");
 *   <li>General Assembly decisions: "decision 68/505" → {@code A/DEC/68/505};
 *   <li>the Charter: "Article 51 of the Charter" → {@code Charter, Article 51}, "Chapter VII" →
 *       {@code Charter, Chapter VII}, but not "article 6 of the draft";
 *   <li>rules of procedure: "rule 37" → {@code Rules of procedure, rule 37};
 *   <li>plenary meetings cross-referenced by ordinal: "[868th meeting]" → {@code A/PV.868} in a
 *       General Assembly debate;
 *   <li>instruments dated in full: "letter dated 14 October 2019" → {@code letter 2019-10-14}.
 * </ul>
 *
 * <p>A paragraph with no digit and no "Chapter" costs one scan; every pattern runs in time linear
 * in the text. Where candidates overlap the longest wins. Each citation's {@code text} is the
 * paragraph's {@code substring(start, end)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CitationFinder {
  private static final ThreadLocal<TextChars> CHARS = TextChars.perThread();

  private static final List<CitationForm> FORMS =
      List.of(
          new DocumentSymbols(),
          new ResolutionReferences(),
          new DecisionReferences(),
          new CharterReferences(),
          new RuleReferences(),
          new MeetingReferences(),
          new InstrumentReferences(),
          new MisreadSymbols(),
          new BracketedResolutions(),
          new SpecialSessionResolutions());

  private static final Comparator<Found> LONGEST_FIRST =
      (a, b) ->
          a.length() != b.length()
              ? Integer.compare(b.length(), a.length())
              : Integer.compare(a.start(), b.start());

  private CitationFinder() {}

  /** A finder with the default grammar. */
  public static CitationFinder create() {
    return new CitationFinder();
  }

  /** The citations in the text, in order, with offsets into it; resolutions need their organ. */
  public List<Citation> find(String text) {
    return find(text, null);
  }

  /**
   * The citations in the text, in order, with offsets into it.
   *
   * @param text the paragraph's text
   * @param body the organ of the debate, used for resolutions and meetings whose organ the text
   *     does not name; may be {@code null}
   */
  public List<Citation> find(String text, Body body) {
    Objects.requireNonNull(text, "text");
    if (!mayHoldCitation(text)) {
      return List.of();
    }
    List<Found> candidates = new ArrayList<>();
    for (CitationForm form : FORMS) {
      if (form.mayOccur(text)) {
        form.collect(text, body, candidates);
      }
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    List<Found> kept = candidates.size() == 1 ? candidates : longestFirst(candidates);
    Citation[] out = new Citation[kept.size()];
    int n = 0;
    for (Found f : kept) {
      out[n++] =
          new Citation(
              f.type(), text.substring(f.start(), f.end()), f.start(), f.end(), f.target());
    }
    return List.of(out);
  }

  /** Every citation has a digit or is a Chapter in Roman numerals. */
  static boolean mayHoldCitation(String text) {
    // read in chunks: charAt on a text beyond Latin-1 is slow under C1 alone (TextChars)
    TextChars chars = CHARS.get();
    // a short first chunk: a digit is often near a paragraph's start, and the rest is not copied
    int size = 64;
    for (int from = 0; from < text.length(); from += size, size = TextChars.CHUNK) {
      int to = Math.min(text.length(), from + size);
      char[] a = chars.chunk(text, from, to);
      for (int i = from; i < to; i++) {
        char c = a[i - from];
        if (c >= '0' && c <= '9') {
          return true;
        }
      }
    }
    return text.contains("hapter") || text.contains("HAPTER");
  }

  /**
   * Keeps the longest of overlapping candidates (the earlier of equals), in text order: those kept
   * are held sorted by start in an array, each candidate placed by a binary search, which for the
   * few candidates of a paragraph is cheaper than a sorted map (issue 14).
   */
  static List<Found> longestFirst(List<Found> candidates) {
    candidates.sort(LONGEST_FIRST);
    Found[] kept = new Found[candidates.size()];
    int n = 0;
    for (Found f : candidates) {
      // the first kept that starts at or after f; those before it start before f
      int lo = 0;
      int hi = n;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (kept[mid].start() < f.start()) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      if (lo < n && kept[lo].start() < f.end() || lo > 0 && kept[lo - 1].end() > f.start()) {
        continue; // it overlaps one kept, which is longer or as long and earlier
      }
      System.arraycopy(kept, lo, kept, lo + 1, n - lo);
      kept[lo] = f;
      n++;
    }
    return Arrays.asList(kept).subList(0, n);
  }
}
