package io.github.undebate.formats;

import io.github.undebate.core.Debate;
import io.github.undebate.formats.internal.JsonWriting;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Debate} as JSON in the contract {@code undebate/1}: camelCase keys, enum values
 * in lower_snake_case, {@code null} for an absent value, never {@code null} for a list.
 *
 * <pre>{@code
 * String json = DebateJson.create().write(debate);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DebateJson {

  /** The value of the {@code schema} key in every document this class writes. */
  public static final String SCHEMA = "undebate/1";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final boolean pretty;

  private DebateJson(Builder builder) {
    this.pretty = builder.pretty;
  }

  /** Pretty-printed JSON, the default. */
  public static DebateJson create() {
    return builder().build();
  }

  /** A builder for other options. */
  public static Builder builder() {
    return new Builder();
  }

  /** The debate as a JSON document. */
  public String write(Debate debate) {
    StringWriter out = new StringWriter();
    write(debate, out);
    return out.toString();
  }

  /**
   * Writes the debate as a JSON document to the writer, which is flushed but not closed.
   *
   * @throws UncheckedIOException if the writer fails
   */
  public void write(Debate debate, Writer out) {
    Objects.requireNonNull(debate, "debate");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = generator(out)) {
      JsonWriting.debate(g, debate);
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  /**
   * Writes the debate as a UTF-8 JSON document to the stream, which is flushed but not closed.
   *
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Debate debate, OutputStream out) {
    Objects.requireNonNull(debate, "debate");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g =
        pretty
            ? MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out)
            : MAPPER.createGenerator(out)) {
      JsonWriting.debate(g, debate);
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  private JsonGenerator generator(Writer out) {
    return pretty
        ? MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out)
        : MAPPER.createGenerator(out);
  }

  private static RuntimeException failure(JacksonException e) {
    return e.getCause() instanceof IOException io
        ? new UncheckedIOException(io.getMessage(), io)
        : e;
  }

  /** Options for {@link DebateJson}. */
  public static final class Builder {
    private boolean pretty = true;

    private Builder() {}

    /** Whether to indent the output; default {@code true}. {@code false} writes one line. */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /** Builds the writer. */
    public DebateJson build() {
      return new DebateJson(this);
    }
  }
}
