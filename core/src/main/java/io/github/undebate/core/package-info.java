/**
 * The immutable model of a UN debate record.
 *
 * <p>Every type is a record or an enum; every list is an unmodifiable copy without {@code null}
 * elements; a value that may be absent is an {@link java.util.Optional}. Constructors validate
 * their arguments and throw {@link IllegalArgumentException} or {@link NullPointerException} with a
 * message that names the field.
 */
package io.github.undebate.core;
