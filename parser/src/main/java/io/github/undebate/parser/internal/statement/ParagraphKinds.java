package io.github.undebate.parser.internal.statement;

import io.github.undebate.core.Body;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.ParagraphKind;
import io.github.undebate.core.Quotation;
import io.github.undebate.parser.citation.CitationFinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tells the speech's paragraphs apart, tried in this order: the closing formulas that end it
 * ("Thank you."), salutations ("Mr. President,"), block quotations, and the body. Each paragraph
 * gets its citations and the quotations in it.
 */
final class ParagraphKinds {
  private static final CitationFinder CITATIONS = CitationFinder.create();

  /** The closing is one of the last this many paragraphs. */
  private static final int CLOSING_PARAGRAPHS = 2;

  private ParagraphKinds() {}

  /** The paragraphs with their kinds, citations and quotations. */
  static List<Paragraph> of(List<Paragraphing.Block> blocks, Body body) {
    int n = blocks.size();
    List<Paragraph> out = new ArrayList<>(n);
    int closingFrom = n;
    for (int i = n - 1; i >= Math.max(0, n - CLOSING_PARAGRAPHS); i--) {
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
      Optional<String> quoted = Optional.empty();
      if (i >= closingFrom) {
        kind = ParagraphKind.CLOSING;
      } else if (Formulas.isSalutation(text)) {
        kind = ParagraphKind.SALUTATION;
      } else if (QuotedSpeech.isBlockQuote(text)) {
        kind = ParagraphKind.QUOTE;
        // the person the paragraph before names, as if it ended in "said"
        quoted = QuotedSpeech.speakerOf(previous + " said");
      } else {
        kind = ParagraphKind.BODY;
      }
      out.add(paragraph(kind, text, body, quoted));
      previous = text;
    }
    return out;
  }

  /** A paragraph of the kind, with its citations and (in the body) its quotations. */
  static Paragraph paragraph(ParagraphKind kind, String text, Body body, Optional<String> quoted) {
    List<Quotation> quotations =
        kind == ParagraphKind.SALUTATION || kind == ParagraphKind.CLOSING
            ? List.of()
            : QuotedSpeech.find(text, quoted);
    return new Paragraph(kind, text, CITATIONS.find(text, body), quotations);
  }
}
