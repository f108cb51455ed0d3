package io.github.undebate.parser.verbatim;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word tokens as the scorer counts them: NFKC, case-folded, runs of letters and digits. */
final class Words {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+");

  private Words() {}

  /** The distinct tokens of the text, in order. */
  static Set<String> tokens(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m =
        TOKEN.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The text folded to its tokens joined by single spaces. */
  static String key(String text) {
    return String.join(" ", tokens(text));
  }
}
