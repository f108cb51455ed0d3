package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.common.Nations;
import io.github.undebate.parser.internal.common.State;
import io.github.undebate.parser.internal.text.NameKey;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A speaker label as a verbatim record prints it at the start of a turn: "The President:", "Mr.
 * Nebenzia (Russian Federation) (spoke in Russian):", "Mr. Garayev (Azerbaijan), Rapporteur of the
 * Third Committee:", "The PRESIDENT (interpretation from French):".
 *
 * @param raw the label as printed without its colon and language note, whitespace folded
 * @param office the office a label such as "The President" names, its post as printed
 *     ("President"); empty for a label that names a person
 * @param honorific the honorific of a person's label ("Mr."), or null
 * @param name the person's name as printed, or null
 * @param affiliations the parenthesised parts that are not a language note ("Russian Federation")
 * @param post the post printed after a comma ("Rapporteur of the Third Committee"), or null
 * @param language the language named by "(spoke in X)" or "(interpretation from X)", or null
 * @param end the offset in the matched text just after the label's colon
 * @param numbered whether a paragraph number stood before the label ("12. The PRESIDENT:")
 */
record SpeakerLabel(
    String raw,
    Optional<Office> office,
    String honorific,
    String name,
    List<String> affiliations,
    String post,
    String language,
    int end,
    boolean numbered) {

  /** Labels are short; longer text is cut before it is read. */
  private static final int MAX_LENGTH = 600;

  private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}\\.\\s+");

  /** The ways a label names who speaks, tried in order. */
  static final List<LabelForm> FORMS = List.of(new OfficeLabelForm(), new PersonLabelForm());

  /** Checks and copies the fields. */
  SpeakerLabel {
    affiliations = List.copyOf(affiliations);
  }

  /** The office's role on the roll, for an office's label. */
  Optional<Office.Role> officeRole() {
    return office.map(Office::role);
  }

  /**
   * Whether the two labels name the same speaker, in whichever language each is printed, as a
   * bilingual record repeats the label for the rendering: the same label; the same presiding office
   * ("The PRESIDENT", "Le PRÉSIDENT"); or the same name whose first parenthesised parts are the
   * same or name the same State ("Sir Alexander CADOGAN (United Kingdom)", "Sir Alexander CADOGAN
   * (Royaume-Uni)").
   */
  boolean sameSpeaker(SpeakerLabel other) {
    if (raw.equalsIgnoreCase(other.raw)) {
      return true;
    }
    if (office.isPresent() || other.office.isPresent()) {
      Optional<Office.Role> role = officeRole();
      return role.isPresent()
          && role.equals(other.officeRole())
          && role.get() != Office.Role.SECRETARIAT;
    }
    if (name == null
        || other.name == null
        || !NameKey.of(name).equals(NameKey.of(other.name))
        || affiliations.isEmpty() != other.affiliations.isEmpty()) {
      return false;
    }
    if (affiliations.isEmpty()) {
      return true;
    }
    String a = affiliations.get(0);
    String b = other.affiliations.get(0);
    if (a.equalsIgnoreCase(b)) {
      return true;
    }
    Optional<State> sa = Nations.namedRepaired(a);
    return sa.isPresent() && sa.equals(Nations.namedRepaired(b));
  }

  /**
   * Reads a label at the start of {@code text} (one line, or a line with the next lines joined by
   * single spaces).
   *
   * @return the label, or empty when the text does not start with one
   */
  static Optional<SpeakerLabel> read(String text) {
    return read(text, FORMS);
  }

  /** Reads a label as {@link #read(String)} does, with the given forms in order. */
  static Optional<SpeakerLabel> read(String text, List<LabelForm> forms) {
    if (text.length() > MAX_LENGTH) {
      text = text.substring(0, MAX_LENGTH);
    }
    int from = 0;
    // a numbered label opens with a digit: the pattern (and a matcher) only then
    boolean digit = !text.isEmpty() && text.charAt(0) >= '0' && text.charAt(0) <= '9';
    Matcher num = digit ? NUMBERED.matcher(text) : null;
    boolean numbered = digit && num.lookingAt();
    if (numbered) {
      from = num.end();
    }
    for (int i = 0; i < forms.size(); i++) { // by index: no iterator per line
      Optional<LabelForm.Who> who = forms.get(i).read(text, from);
      if (who.isPresent()) {
        return LabelTail.read(text, from, who.get(), numbered);
      }
    }
    return Optional.empty();
  }
}
