package io.github.undebate.core;

/**
 * A reference to a UN document, resolution, Charter provision, rule or instrument, found in the
 * text of a {@link Paragraph}.
 *
 * @param type what the citation refers to
 * @param text the citation as printed; equal to {@code paragraph.text().substring(start, end)}
 * @param start offset of the first character in the paragraph's text (a Java {@code String} index)
 * @param end offset just past the last character in the paragraph's text
 * @param target the normalised reference, such as {@code S/RES/2505 (2020)}, {@code S/2020/24} or
 *     {@code Charter, Article 51}
 */
public record Citation(CitationType type, String text, int start, int end, String target) {

  /** Validates the fields: no nulls, a non-empty span whose length matches the text. */
  public Citation {
    Check.notNull(type, "type");
    Check.notBlank(text, "text");
    Check.notBlank(target, "target");
    Check.argument(start >= 0, () -> "start must be >= 0, was " + start);
    Check.argument(start <= end, () -> "start must be <= end, was " + start + " > " + end);
    Check.argument(
        end - start == text.length(),
        () ->
            "end - start must equal the length of text, was "
                + (end - start)
                + " for \""
                + text
                + "\" ("
                + text.length()
                + ")");
  }
}
