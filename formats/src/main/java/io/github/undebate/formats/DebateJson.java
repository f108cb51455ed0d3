package io.github.undebate.formats;

import io.github.undebate.core.Debate;
import io.github.undebate.formats.internal.JsonFailures;
import io.github.undebate.formats.internal.JsonReading;
import io.github.undebate.formats.internal.JsonWriting;
import io.github.undebate.formats.internal.SchemaResources;
import java.io.CharArrayWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Debate} as JSON in the contract {@code undebate/1}, and reads it back: camelCase
 * keys, enum values in lower_snake_case, {@code null} for an absent value, never {@code null} for a
 * list. The contract's JSON Schema (2020-12) is {@link #jsonSchema()}.
 *
 * <pre>{@code
 * String json = DebateJson.create().write(debate);
 * Debate again = DebateJson.create().read(json);   // equals debate
 * }</pre>
 *
 * <p>Reading is strict about what the model needs and safe with hostile input: a document that is
 * not well-formed, breaches a limit (nesting depth, string, key, number and document length; see
 * {@link Builder}), has a value of the wrong type or an unknown enum spelling, or does not make a
 * valid model throws a {@link DebateFormatException} whose message names the JSONPath of the
 * offending value, such as {@code $.proceedings[3].paragraphs[0].citations[1].start}. Unknown keys
 * are ignored, since the contract allows fields to be added.
 *
 * <p>Immutable and thread-safe.
 */
public final class DebateJson implements DebateWriter, DebateReader {

  /** The value of the {@code schema} key in every document this class writes. */
  public static final String SCHEMA = "undebate/1";

  /** The file name of the JSON Schema of the contract, as published beside the code. */
  public static final String JSON_SCHEMA_FILE = "undebate-1.schema.json";

  /** The default for {@link Builder#maxNestingDepth(int)}: 32 (a debate needs 7). */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;

  /**
   * The default for {@link Builder#maxStringLength(int)}: 64 Mi characters, the parser's own input
   * limit, so that a paragraph as long as the parser accepts reads back.
   */
  public static final int DEFAULT_MAX_STRING_LENGTH = 64 * 1024 * 1024;

  /**
   * The default for {@link Builder#maxDocumentLength(long)}: 256 Mi (characters from a reader,
   * bytes from a stream), room for a record the size of the parser's input limit with its
   * diagnostics and JSON escapes.
   */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;

  /** The default for {@link Builder#maxNameLength(int)}: 50,000 characters, Jackson's default. */
  public static final int DEFAULT_MAX_NAME_LENGTH = StreamReadConstraints.DEFAULT_MAX_NAME_LEN;

  /** The default for {@link Builder#maxNumberLength(int)}: 1,000 characters, Jackson's default. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = StreamReadConstraints.DEFAULT_MAX_NUM_LEN;

  /**
   * Writing needs Jackson's streaming layer only. Building the first data-binding {@code
   * JsonMapper} of a JVM costs about as much as the JVM's own start (issue 14), so writing does
   * without one, and the readers are made on the first read.
   */
  private static final JsonFactory WRITER = JsonFactory.builder().build();

  /** What a {@code JsonMapper}'s {@code writerWithDefaultPrettyPrinter()} gives: indentation. */
  private static final ObjectWriteContext INDENTED =
      new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
          return new DefaultPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
          return true;
        }
      };

  private final boolean pretty;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final long maxDocumentLength;
  private final int maxNameLength;
  private final int maxNumberLength;

  /** The mappers that read, made on the first read (see {@link #WRITER}). */
  private volatile Readers readers;

  /**
   * {@code strict} reads with Jackson's duplicate-key check; {@code optimistic} leaves duplicate
   * keys to {@link JsonReading}, which finds them for less: only for a document in a string, which
   * can be read again with {@code strict} to report any failure exactly as {@code strict} does.
   */
  private record Readers(JsonMapper strict, JsonMapper optimistic) {}

  private DebateJson(Builder builder) {
    this.pretty = builder.pretty;
    this.maxNestingDepth = builder.maxNestingDepth;
    this.maxStringLength = builder.maxStringLength;
    this.maxDocumentLength = builder.maxDocumentLength;
    this.maxNameLength = builder.maxNameLength;
    this.maxNumberLength = builder.maxNumberLength;
  }

  private Readers readers() {
    Readers r = readers;
    if (r == null) {
      synchronized (this) {
        r = readers;
        if (r == null) {
          StreamReadConstraints limits =
              StreamReadConstraints.builder()
                  .maxNestingDepth(maxNestingDepth)
                  .maxStringLength(maxStringLength)
                  .maxDocumentLength(maxDocumentLength)
                  .maxNameLength(maxNameLength)
                  .maxNumberLength(maxNumberLength)
                  .build();
          r =
              new Readers(
                  JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits).build())
                      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                      .build(),
                  JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits).build())
                      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                      .build());
          readers = r;
        }
      }
    }
    return r;
  }

  /** Pretty-printed JSON and the default reading limits. */
  public static DebateJson create() {
    return builder().build();
  }

  /** A builder for other options. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The JSON Schema (draft 2020-12) of the contract {@code undebate/1}: every document this class
   * writes validates against it. Published as {@value #JSON_SCHEMA_FILE}.
   */
  public static String jsonSchema() {
    return SchemaResources.text(JSON_SCHEMA_FILE);
  }

  /** The debate as a JSON document. */
  @Override
  public String write(Debate debate) {
    Objects.requireNonNull(debate, "debate");
    // One buffer of about the right size, instead of a StringWriter doubling its way there.
    CharArrayWriter out = new CharArrayWriter(JsonWriting.lengthHint(debate, pretty));
    write(debate, out);
    return out.toString();
  }

  /**
   * Writes the debate as a JSON document to the writer, which is flushed but not closed.
   *
   * @throws UncheckedIOException if the writer fails
   */
  @Override
  public void write(Debate debate, Writer out) {
    Objects.requireNonNull(debate, "debate");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g =
        WRITER.createGenerator(pretty ? INDENTED : ObjectWriteContext.empty(), out)) {
      JsonWriting.debate(g, debate);
    } catch (JacksonException e) {
      throw JsonFailures.writeFailure(e);
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
        WRITER.createGenerator(pretty ? INDENTED : ObjectWriteContext.empty(), out)) {
      JsonWriting.debate(g, debate);
    } catch (JacksonException e) {
      throw JsonFailures.writeFailure(e);
    }
  }

  /**
   * Reads a debate from a JSON document.
   *
   * @throws DebateFormatException if the document is not a valid debate or breaches a limit; the
   *     message names the JSONPath of the offending value
   */
  @Override
  public Debate read(String json) {
    Objects.requireNonNull(json, "json");
    // Jackson's duplicate-key check costs a set of keys per object; JsonReading's own check costs
    // little but cannot say where in the text the key repeats. So read without Jackson's, and on
    // any failure read again with it: that read reports the failure exactly.
    if (json.length() > maxDocumentLength) {
      return read(new StringReader(json)); // a parser over a string does not count its length
    }
    try (JsonParser p = readers().optimistic().createParser(json)) {
      return JsonReading.debate(p);
    } catch (RuntimeException e) {
      return read(new StringReader(json));
    }
  }

  /**
   * Reads a debate from a JSON document; the reader is read to the document's end but not closed.
   *
   * @throws DebateFormatException if the document is not a valid debate or breaches a limit; the
   *     message names the JSONPath of the offending value
   * @throws UncheckedIOException if the reader fails
   */
  @Override
  public Debate read(Reader in) {
    Objects.requireNonNull(in, "in");
    try (JsonParser p = readers().strict().createParser(in)) {
      return read(p, null);
    } catch (JacksonException e) {
      throw JsonFailures.readFailure(e, null, null);
    }
  }

  /**
   * Reads a debate from a JSON document in UTF-8 (or UTF-16/32, detected from the first bytes); the
   * stream is read to the document's end but not closed.
   *
   * @throws DebateFormatException if the document is not a valid debate or breaches a limit; the
   *     message names the JSONPath of the offending value
   * @throws UncheckedIOException if the stream fails
   */
  public Debate read(InputStream in) {
    Objects.requireNonNull(in, "in");
    JsonFailures.Watch watched = new JsonFailures.Watch(in);
    try (JsonParser p = readers().strict().createParser(watched)) {
      return read(p, watched);
    } catch (JacksonException e) {
      throw JsonFailures.readFailure(e, null, watched);
    }
  }

  private static Debate read(JsonParser p, JsonFailures.Watch source) {
    try {
      return JsonReading.debate(p);
    } catch (JacksonException e) {
      throw JsonFailures.readFailure(e, p, source);
    }
  }

  /** A builder that starts from this instance's options. */
  public Builder toBuilder() {
    return builder()
        .pretty(pretty)
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxDocumentLength(maxDocumentLength)
        .maxNameLength(maxNameLength)
        .maxNumberLength(maxNumberLength);
  }

  /**
   * Options for {@link DebateJson}. Each limit guards reading against hostile input; a document
   * that breaches one throws a {@link DebateFormatException} that names the limit.
   */
  public static final class Builder {
    private boolean pretty = true;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxNameLength = DEFAULT_MAX_NAME_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;

    private Builder() {}

    /** Whether to indent the output; default {@code true}. {@code false} writes one line. */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * The deepest nesting of arrays and objects that reading accepts; default {@value
     * DebateJson#DEFAULT_MAX_NESTING_DEPTH}.
     *
     * @throws IllegalArgumentException if {@code depth} is less than 8, too shallow for a debate
     */
    public Builder maxNestingDepth(int depth) {
      if (depth < 8) {
        throw new IllegalArgumentException(
            "maxNestingDepth must be >= 8 (a debate nests 7 deep), was " + depth);
      }
      this.maxNestingDepth = depth;
      return this;
    }

    /**
     * The longest string value (in characters) that reading accepts; default {@value
     * DebateJson#DEFAULT_MAX_STRING_LENGTH}.
     *
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public Builder maxStringLength(int length) {
      if (length <= 0) {
        throw new IllegalArgumentException("maxStringLength must be positive, was " + length);
      }
      this.maxStringLength = length;
      return this;
    }

    /**
     * The longest document (characters from a reader, bytes from a stream) that reading accepts;
     * default {@value DebateJson#DEFAULT_MAX_DOCUMENT_LENGTH}.
     *
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public Builder maxDocumentLength(long length) {
      if (length <= 0) {
        throw new IllegalArgumentException("maxDocumentLength must be positive, was " + length);
      }
      this.maxDocumentLength = length;
      return this;
    }

    /**
     * The longest key (in characters) that reading accepts; default {@value
     * DebateJson#DEFAULT_MAX_NAME_LENGTH}. The contract's keys are short; a longer one can only be
     * an addition that reading ignores.
     *
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public Builder maxNameLength(int length) {
      if (length <= 0) {
        throw new IllegalArgumentException("maxNameLength must be positive, was " + length);
      }
      this.maxNameLength = length;
      return this;
    }

    /**
     * The longest number (in characters) that reading accepts; default {@value
     * DebateJson#DEFAULT_MAX_NUMBER_LENGTH}. Every number of the contract is an {@code int}.
     *
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public Builder maxNumberLength(int length) {
      if (length <= 0) {
        throw new IllegalArgumentException("maxNumberLength must be positive, was " + length);
      }
      this.maxNumberLength = length;
      return this;
    }

    /** Builds the reader and writer. */
    public DebateJson build() {
      return new DebateJson(this);
    }
  }
}
