package io.github.undebate.formats.internal;

import io.github.undebate.core.Body;
import io.github.undebate.core.Citation;
import io.github.undebate.core.CitationType;
import io.github.undebate.core.Debate;
import io.github.undebate.core.Speaker;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/** The names, eIds and links of the Akoma Ntoso mapping ({@link AknWriting}). */
final class AknNames {
  private AknNames() {}

  /** The eId of the {@code n}th vote's section. */
  static String voteSection(int n) {
    return "vote_" + n;
  }

  /** The date, when it is one that xs:date writes as java.time does (years 1 to 9999). */
  static Optional<LocalDate> date(Debate d) {
    return d.date().filter(x -> x.getYear() >= 1 && x.getYear() <= 9999);
  }

  static String showAs(Speaker s) {
    if (!s.raw().isBlank()) {
      return s.raw();
    }
    return s.name().orElse(s.id());
  }

  /**
   * An attribute value that survives: characters XML cannot hold become U+FFFD; line breaks and
   * tabs, which attribute normalisation would turn into spaces anyway, become spaces.
   */
  static String attributeText(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        sb.append(' ');
      } else if (XmlOutput.isXmlChar(c)) {
        sb.append(c);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else {
        sb.append('\uFFFD');
      }
    }
    return sb.toString();
  }

  /** Where a citation points: the UN's document links for symbols, an AKN-style URI otherwise. */
  static String href(Citation c) {
    if (c.type() == CitationType.DOCUMENT
        || c.type() == CitationType.RESOLUTION
        || c.type() == CitationType.MEETING) {
      return documentHref(c.target());
    }
    return "/akn/un/" + JsonWriting.name(c.type()) + "/" + encode(c.target());
  }

  /** Whether a symbol is a decision's ({@code A/DEC/76/423}), not a resolution's. */
  static boolean isDecision(String symbol) {
    return symbol.contains("/DEC/");
  }

  /** The undocs.org link of a document symbol, which resolves to the document. */
  static String documentHref(String symbol) {
    return "https://undocs.org/" + encode(symbol.replace(" ", ""));
  }

  static String encode(String s) {
    return URLEncoder.encode(attributeText(s), StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("%2F", "/")
        .replace("%28", "(")
        .replace("%29", ")");
  }

  /** The symbol as one URI path segment: runs of other characters than letters, digits as "-". */
  static String slug(String symbol) {
    String s = symbol.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    return s.isEmpty() ? "nn" : s;
  }

  static String organ(Body body) {
    switch (body) {
      case SECURITY_COUNCIL:
        return "sc";
      case GENERAL_ASSEMBLY:
        return "ga";
      case ECONOMIC_AND_SOCIAL_COUNCIL:
        return "ecosoc";
      case HUMAN_RIGHTS_COUNCIL:
        return "hrc";
      default:
        return "un";
    }
  }

  static String organName(Body body) {
    switch (body) {
      case SECURITY_COUNCIL:
        return "Security Council";
      case GENERAL_ASSEMBLY:
        return "General Assembly";
      case ECONOMIC_AND_SOCIAL_COUNCIL:
        return "Economic and Social Council";
      case HUMAN_RIGHTS_COUNCIL:
        return "Human Rights Council";
      default:
        return "United Nations";
    }
  }
}
