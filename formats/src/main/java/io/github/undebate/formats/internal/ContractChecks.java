package io.github.undebate.formats.internal;

import static io.github.undebate.formats.internal.ModelValues.quote;

import io.github.undebate.core.Debate;
import io.github.undebate.core.VoteMethod;
import java.util.List;

/**
 * The {@link Contract}'s rules that a JSON Schema or an XSD cannot state, and the one value the
 * model does not hold as the contract writes it (an absent meeting number as {@code null}).
 */
final class ContractChecks {
  private ContractChecks() {}

  static Integer meetingNumber(Debate d) {
    return d.meetingNumber().isPresent() ? d.meetingNumber().getAsInt() : null;
  }

  static void schema(Values v) {
    String schema = v.get("schema");
    if (!Contract.SCHEMA.equals(schema)) {
      throw v.problem(
          "schema",
          "unsupported schema " + quote(schema) + ", expected \"" + Contract.SCHEMA + "\"");
    }
  }

  static void meetingNumberPositive(Values v) {
    Integer n = v.get("meetingNumber");
    if (n != null && n <= 0) {
      throw v.problem("meetingNumber", "must be positive, was " + n);
    }
  }

  static void countryCode(Values v) {
    String code = v.get("countryCode");
    if (code != null && !twoLetters(code, 'A', 'Z')) {
      throw v.problem("countryCode", "must be an ISO 3166-1 alpha-2 code, was " + quote(code));
    }
  }

  static void countryNeeded(Values v) {
    if (v.get("countryCode") != null && v.get("country") == null) {
      throw v.problem("countryCode", "needs a country, which is " + v.absent());
    }
  }

  static void uniqueId(Values v) {
    String id = v.get("id");
    if (!v.ids().add(id)) {
      throw v.problem("id", "speaker id " + quote(id) + " repeats an earlier speaker's");
    }
  }

  static void knownSpeaker(Values v, String field) {
    String id = v.get(field);
    if (id != null && !v.ids().contains(id)) {
      throw v.problem(field, quote(id) + " is not the id of one of the speakers");
    }
  }

  static void language(Values v) {
    String language = v.get("language");
    if (language != null && !twoLetters(language, 'a', 'z')) {
      throw v.problem("language", "must be an ISO 639-1 code, was " + quote(language));
    }
  }

  static void someParagraphs(Values v) {
    if (v.<List<?>>get("paragraphs").isEmpty()) {
      throw v.problem("paragraphs", "must not be empty: an interpretation has a paragraph or more");
    }
  }

  static void line(Values v) {
    int line = v.<Integer>get("line");
    if (line < 0) {
      throw v.problem("line", "must be >= 0, was " + line);
    }
  }

  /** The text of the paragraph a citation or quotation lies in. */
  static String paragraph(Values v) {
    return v.parent().get("text");
  }

  static void citationSpan(Values v) {
    int length = paragraph(v).length();
    int start = v.<Integer>get("start");
    int end = v.<Integer>get("end");
    if (start < 0 || start > length) {
      throw v.problem(
          "start", "must lie in the paragraph's text (0.." + length + "), was " + start);
    }
    if (end < start || end > length) {
      throw v.problem(
          "end",
          "must lie between start " + start + " and the text's length " + length + ", was " + end);
    }
  }

  static void citedText(Values v) {
    String paragraph = paragraph(v);
    String text = v.get("text");
    int start = v.<Integer>get("start");
    int end = v.<Integer>get("end");
    if (text.length() != end - start || !paragraph.regionMatches(start, text, 0, end - start)) {
      throw v.problem(
          "text",
          "must equal the paragraph's text at "
              + start
              + ".."
              + end
              + " ("
              + quote(paragraph.substring(start, end))
              + "), was "
              + quote(text));
    }
  }

  static void quotationSpan(Values v) {
    int length = paragraph(v).length();
    int start = v.<Integer>get("start");
    int end = v.<Integer>get("end");
    if (start < 0 || start >= length) {
      throw v.problem(
          "start", "must lie in the paragraph's text (0.." + (length - 1) + "), was " + start);
    }
    if (end <= start || end > length) {
      throw v.problem(
          "end",
          "must lie after start "
              + start
              + " and within the text's length "
              + length
              + ", was "
              + end);
    }
  }

  /** Whether {@code s} is two letters between {@code from} and {@code to}. */
  static boolean twoLetters(String s, char from, char to) {
    return s.length() == 2
        && s.charAt(0) >= from
        && s.charAt(0) <= to
        && s.charAt(1) >= from
        && s.charAt(1) <= to;
  }

  static void notNegative(Values v, String field) {
    int n = v.<Integer>get(field);
    if (n < 0) {
      throw v.problem(field, "must not be negative, was " + n);
    }
  }

  /** A decision without a vote lists no countries. */
  static void noCountries(Values v) {
    if (v.get("method") != VoteMethod.WITHOUT_VOTE) {
      return;
    }
    for (String list : new String[] {"inFavour", "against", "abstaining"}) {
      if (!v.<List<?>>get(list).isEmpty()) {
        throw v.problem(list, "must be empty: the decision was taken without a vote");
      }
    }
  }

  /** A decision without a vote has no totals. */
  static void noTotals(Values v) {
    if (v.get("method") == VoteMethod.WITHOUT_VOTE && v.get("totals") != null) {
      throw v.problem(
          "totals", "must be " + v.absent() + ": the decision was taken without a vote");
    }
  }

  static void length(Values v) {
    long length = v.<Long>get("length");
    if (length < 0) {
      throw v.problem("length", "must not be negative, was " + length);
    }
  }

  static void sha256(Values v) {
    String digest = v.get("sha256");
    if (digest.length() != 64
        || !digest.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      throw v.problem("sha256", "must be 64 lower-case hexadecimal digits, was " + quote(digest));
    }
  }
}
