package io.github.undebate.core;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Argument checks shared by the model's constructors; messages name the field. */
final class Check {
  private Check() {}

  static <T> T notNull(T value, String field) {
    if (value == null) {
      throw new NullPointerException(field + " must not be null");
    }
    return value;
  }

  /** A defensive, unmodifiable copy; rejects a null list or a null element by field name. */
  static <T> List<T> list(List<T> values, String field) {
    notNull(values, field);
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        throw new NullPointerException(field + "[" + i + "] must not be null");
      }
    }
    return List.copyOf(values);
  }

  static String notBlank(String value, String field) {
    notNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  /** An optional string that, when present, is not blank. */
  static Optional<String> optionalText(Optional<String> value, String field) {
    notNull(value, field);
    value.ifPresent(v -> notBlank(v, field));
    return value;
  }

  static void argument(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /** As {@link #argument(boolean, String)}, building the message only when the check fails. */
  static void argument(boolean condition, Supplier<String> message) {
    if (!condition) {
      throw new IllegalArgumentException(message.get());
    }
  }

  /** Whether {@code code} is {@code length} letters from {@code first} to {@code last}. */
  static boolean isCode(String code, int length, char first, char last) {
    if (code.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = code.charAt(i);
      if (c < first || c > last) {
        return false;
      }
    }
    return true;
  }
}
