package io.github.undebate.parser.internal.verbatim;

import java.util.Optional;

/**
 * One way a speaker label names who speaks, before its parentheses and colon: an office ("The
 * President") or a person ("Mr. Nebenzia"). {@link SpeakerLabel#read} tries the forms in order; to
 * read a new way of naming a speaker, add a form there.
 */
interface LabelForm {
  /**
   * Who the label at {@code from} names, or empty when this form does not read it.
   *
   * @param text the label's text, its lines joined by single spaces
   * @param from where the label starts (after a paragraph number)
   */
  Optional<Who> read(String text, int from);

  /**
   * Who a label names.
   *
   * @param office the office it names, for a label that names no person
   * @param honorific the person's honorific ("Mr.")
   * @param name the person's name as printed
   * @param end the offset just after the office or the name
   */
  record Who(Optional<Office> office, String honorific, String name, int end) {}
}
