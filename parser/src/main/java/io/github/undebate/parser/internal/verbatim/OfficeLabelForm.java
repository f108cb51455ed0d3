package io.github.undebate.parser.internal.verbatim;

import java.util.Optional;

/**
 * A label that names an office after "The": "The President", "The PRESIDENT", "The Acting
 * President", "The Secretary-General" (the offices of {@link Office}), and "THE PRESIDENT", as
 * older records print their labels in capitals. Every label that opens with "The " or "THE " is
 * this form's: no other form reads it.
 */
final class OfficeLabelForm implements LabelForm {
  @Override
  public Optional<Who> read(String text, int from) {
    if (!text.startsWith("The ", from) && !text.startsWith("THE ", from)) {
      return Optional.empty();
    }
    int after = from + 4;
    for (Office office : Office.ALL) {
      String post = office.post();
      if (!text.regionMatches(true, after, post, 0, post.length())) {
        continue;
      }
      int end = after + post.length();
      // "The President-designate", "The Presidents": another word
      if (end < text.length()
          && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) {
        continue;
      }
      return Optional.of(
          new Who(
              Optional.of(new Office(office.role(), text.substring(after, end))), null, null, end));
    }
    return Optional.empty();
  }
}
