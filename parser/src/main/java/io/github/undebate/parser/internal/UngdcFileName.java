package io.github.undebate.parser.internal;

import io.github.undebate.parser.internal.common.Countries;
import io.github.undebate.parser.internal.common.Country;
import io.github.undebate.parser.internal.common.Nations;
import io.github.undebate.parser.internal.common.State;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the name of a UN General Debate Corpus file says: UNGDC names each speech {@code
 * <ISO3>_<session>_<year>.txt} ({@code USA_75_2020.txt}, also seen with a prefix such as {@code
 * UNGDC_USA_75_2020.txt}). Most of its texts never name the speaker's State, so the name is the
 * only place it is given.
 *
 * @param alpha3 the ISO 3166-1 alpha-3 code of the State that spoke
 * @param session the number of the General Assembly's regular session
 * @param year the year of the session
 */
public record UngdcFileName(String alpha3, int session, int year) {
  // The session's year is tied to its number (the first session was in 1946), which keeps other
  // names of three capitals and two numbers from being read as a corpus name.
  private static final int YEAR_BEFORE_FIRST_SESSION = 1945;
  private static final Pattern NAME =
      Pattern.compile("(?:^|_)([A-Z]{3})_(\\d{1,3})_(\\d{4})\\.(?i:txt)\\z");

  /** The corpus name in a file name (without its folder), if it is one. */
  public static Optional<UngdcFileName> of(String fileName) {
    Matcher m = NAME.matcher(fileName);
    if (!m.find()) {
      return Optional.empty();
    }
    String code = m.group(1);
    int session = Integer.parseInt(m.group(2));
    int year = Integer.parseInt(m.group(3));
    if (session < 1 || year != YEAR_BEFORE_FIRST_SESSION + session) {
      return Optional.empty();
    }
    return Optional.of(new UngdcFileName(code, session, year));
  }

  /** The State the code named in the session's year (UKR in 1946 is the Ukrainian SSR). */
  public Optional<Country> country() {
    return Countries.standard().byAlpha3(alpha3, year);
  }

  /** {@link #country()} as a speaker's State. */
  public Optional<State> state() {
    return Nations.ofAlpha3(alpha3, year);
  }
}
