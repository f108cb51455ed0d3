package io.github.undebate.formats.internal;

import io.github.undebate.formats.DebateFormatException;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns the values a JSON or XML document holds into the model's, the same way for both readers:
 * enum spellings, java.time values, and model constructors whose rules become a {@link
 * DebateFormatException} at the document's path.
 */
final class ModelValues {
  private ModelValues() {}

  /** The constant of the enum {@code type} spelt so, or {@code null}. */
  static Object constant(String spelling, Class<?> type) {
    return JsonWriting.constant(spelling, type);
  }

  /** The message for a spelling that names no constant, listing the ones that exist. */
  static String unknownValue(String spelling, Class<?> type) {
    List<String> known = new ArrayList<>();
    for (Object e : type.getEnumConstants()) {
      known.add(JsonWriting.name((Enum<?>) e));
    }
    return "unknown value " + quote(spelling) + ", expected one of " + String.join(", ", known);
  }

  /** The longest piece of a document's text that a message repeats. */
  static final int EXCERPT = 100;

  /**
   * A value of the document in quotes for a message: whole when short, else its first {@value
   * #EXCERPT} characters and its length, so that a message never repeats unbounded input.
   */
  static String quote(String value) {
    if (value.length() <= EXCERPT) {
      return "\"" + value + "\"";
    }
    return "\"" + cut(value) + "\u2026\" (" + value.length() + " characters)";
  }

  /** The value whole when short, else its first {@value #EXCERPT} characters and an ellipsis. */
  static String excerpt(String value) {
    return value.length() <= EXCERPT ? value : cut(value) + "\u2026";
  }

  private static String cut(String value) {
    int end = Character.isHighSurrogate(value.charAt(EXCERPT - 1)) ? EXCERPT - 1 : EXCERPT;
    return value.substring(0, end);
  }

  /** Parses a java.time value; a malformed one names what was expected. */
  static <T> T parse(Supplier<T> parser, String at, String expected, String value) {
    try {
      return parser.get();
    } catch (DateTimeParseException e) {
      throw new DebateFormatException(at, "must be " + expected + ", was " + quote(value), e);
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
    String message = String.valueOf(e.getMessage());
    if (message.length() > 4 * EXCERPT) {
      // The model's own messages quote whole values.
      message = message.substring(0, 4 * EXCERPT) + "\u2026";
    }
    return new DebateFormatException(at.toString(), message, e);
  }
}
