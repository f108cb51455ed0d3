package io.github.undebate.parser.internal.verbatim;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The session or year, kept as printed, on a line of its own: "Seventy-fifth year", "Sixty-first
 * session", "FORTY-EIGHTH SESSION", also with a date after it; in the French and Spanish editions
 * "Soixante-quinzième année", "Soixante-cinquième session", "Septuagésimo quinto año", "Sexagésimo
 * quinto período de sesiones".
 */
final class SessionField implements HeaderField {
  private static final List<Pattern> SESSIONS =
      List.of(
          Pattern.compile(
              "^((?:[A-Za-z]+-)?[A-Za-z]*(?:first|second|third|th)\\s+(?:year|session))"
                  + "(?:\\s+\\d{1,2}\\s+\\w+\\s+\\d{4})?$",
              Pattern.CASE_INSENSITIVE),
          // "Soixante-quinzième", "Soixante et onzième", "Première"; "session extraordinaire"
          Pattern.compile(
              "^((?:\\p{L}+(?:-| et |-et-)){0,3}\\p{L}*(?:ième|première)\\s+"
                  + "(?:année|session(?:\\s+extraordinaire)?))$",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
          // "Septuagésimo quinto", "Vigésimo primer"; "período extraordinario de sesiones"
          Pattern.compile(
              "^((?:\\p{L}*(?:ésim[oa]|écim[oa]|primer|primer[oa]|segund[oa]|tercer|tercer[oa]"
                  + "|cuart[oa]|quint[oa]|sext[oa]|séptim[oa]|octav[oa]|noven[oa])\\s+){1,3}"
                  + "(?:año|período\\s+(?:extraordinario\\s+)?de\\s+sesiones))$",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

  @Override
  public void read(HeaderPage page, RecordHeader.Builder header) {
    for (int i = 0; i < page.end(); i++) {
      if (page.isGap(i)) {
        continue;
      }
      for (Pattern session : SESSIONS) {
        Matcher m = session.matcher(page.text(i));
        if (m.matches()) {
          header.session(m.group(1));
          page.take(i);
          return;
        }
      }
    }
  }
}
