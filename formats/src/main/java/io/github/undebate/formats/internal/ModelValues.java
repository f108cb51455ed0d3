package io.github.undebate.formats.internal;

import io.github.undebate.formats.DebateFormatException;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns the values a JSON or XML document holds into the model's, the same way for both readers:
 * enum spellings, java.time values, and model constructors whose rules become a {@link
 * DebateFormatException} at the document's path.
 */
final class ModelValues {
  private ModelValues() {}

  /** The constant spelt as the formats write it ({@code verbatim_record}), if there is one. */
  static <E extends Enum<E>> Optional<E> lookup(String spelling, Class<E> type) {
    return Optional.ofNullable(spelt(spelling, type));
  }

  /** The constant spelt as the formats write it ({@code verbatim_record}), or {@code null}. */
  static <E extends Enum<E>> E spelt(String spelling, Class<E> type) {
    return JsonWriting.spelt(spelling, type);
  }

  /** The message for a spelling that names no constant, listing the ones that exist. */
  static <E extends Enum<E>> String unknownValue(String spelling, Class<E> type) {
    List<String> known = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      known.add(JsonWriting.name(e));
    }
    return "unknown value \"" + spelling + "\", expected one of " + String.join(", ", known);
  }

  /** The constant spelt so, or a {@link DebateFormatException} at {@code at}. */
  static <E extends Enum<E>> E enumAt(String spelling, String at, Class<E> type) {
    return lookup(spelling, type)
        .orElseThrow(() -> new DebateFormatException(at, unknownValue(spelling, type)));
  }

  /** Parses a java.time value; a malformed one names what was expected. */
  static <T> T parse(Supplier<T> parser, String at, String expected, String value) {
    try {
      return parser.get();
    } catch (DateTimeParseException e) {
      throw new DebateFormatException(at, "must be " + expected + ", was \"" + value + "\"", e);
    }
  }

  /**
   * Builds a model value; a rule of the model that the readers' checks missed names the object at
   * {@code at}, a path whose {@code toString()} is called only then.
   */
  static <T> T build(Supplier<T> constructor, Object at) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw invalid(e, at);
    }
  }

  /**
   * The failure for a rule of the model that a constructor enforced, as {@link #build} gives it:
   * for a reader that calls the constructor itself.
   */
  static DebateFormatException invalid(RuntimeException e, Object at) {
    return new DebateFormatException(at.toString(), e.getMessage(), e);
  }
}
