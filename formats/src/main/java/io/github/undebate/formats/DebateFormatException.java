package io.github.undebate.formats;

import java.util.Objects;

/**
 * Thrown when a document cannot be read as a {@link io.github.undebate.core.Debate}: it is not
 * well-formed, it breaches a reading limit, a value has the wrong type or an unknown spelling, or
 * the values do not make a valid model (a citation whose offsets do not match its paragraph, a
 * statement whose speaker is not listed).
 *
 * <p>The message starts with the {@link #path() path} of the offending value, so that a user can
 * find it: for JSON a JSONPath such as {@code $.proceedings[3].paragraphs[0].citations[1].start},
 * for XML an XPath such as {@code
 * /debate/proceedings/statement[4]/paragraph[1]/citation[2]/@start}. A reader that throws returns
 * nothing: no half-built model escapes.
 */
public final class DebateFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The path for a problem with the document as a whole, such as a breached size limit. */
  public static final String ROOT = "$";

  /** The path of the offending value. */
  private final String path;

  /**
   * A failure at the given path.
   *
   * @param path the path of the offending value, in the notation of the format read
   * @param problem what is wrong, in words
   */
  public DebateFormatException(String path, String problem) {
    this(path, problem, null);
  }

  /**
   * A failure at the given path, caused by another exception.
   *
   * @param path the path of the offending value, in the notation of the format read
   * @param problem what is wrong, in words
   * @param cause the exception that revealed the problem; may be {@code null}
   */
  public DebateFormatException(String path, String problem, Throwable cause) {
    super(
        Objects.requireNonNull(path, "path") + ": " + Objects.requireNonNull(problem, "problem"),
        cause);
    this.path = path;
  }

  /**
   * The path of the offending value: a JSONPath for JSON ({@code $.speakers[0].role}), an XPath for
   * XML ({@code /debate/speakers/speaker[1]/@role}).
   */
  public String path() {
    return path;
  }
}
