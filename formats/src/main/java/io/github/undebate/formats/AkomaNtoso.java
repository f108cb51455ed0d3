package io.github.undebate.formats;

import io.github.undebate.core.Debate;
import io.github.undebate.formats.internal.AknWriting;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * Writes a {@link Debate} as an <a href="https://www.oasis-open.org/standard/akn-v1-0/">OASIS Akoma
 * Ntoso</a> (LegalDocML) 3.0 {@code <debate>} document, valid against the standard's schema {@code
 * akomantoso30.xsd}, for parliamentary-data tools.
 *
 * <pre>{@code
 * AkomaNtoso.create().write(debate, writer);
 * }</pre>
 *
 * <p>The document carries FRBR identification ({@code /akn/un/debate/sc/2020-01-10/S-PV-8700}),
 * {@code <references>} with a TLCPerson per speaker and a TLCOrganization per organ, country and
 * organisation, a {@code <debateSection>} per agenda heading, a {@code <speech by="#…">} with
 * {@code <from>} and {@code <p>} per statement, a {@code <narrative>} per procedural note, a {@code
 * <debateSection name="vote">} per vote (and the standard's voting analysis in {@code <meta>}), and
 * citations as {@code <ref href="…">}, linking document symbols to {@code https://undocs.org/}.
 * Quotations, overlapping citations, the members list and the diagnostics have no place in the
 * standard and are left out; use JSON or the native XML ({@link DebateXml}) to keep everything.
 * Writing only: there is no reader, since the mapping keeps less than the model.
 *
 * <p>Immutable and thread-safe.
 */
public final class AkomaNtoso implements DebateWriter {

  /** The Akoma Ntoso 3.0 namespace. */
  public static final String NAMESPACE = AknWriting.NAMESPACE;

  /**
   * The default for {@link Builder#language(String)}: {@code und}, ISO 639-2 for "undetermined",
   * since the model does not record the language of the record's text.
   */
  public static final String DEFAULT_LANGUAGE = "und";

  private final boolean pretty;
  private final String language;

  private AkomaNtoso(Builder builder) {
    this.pretty = builder.pretty;
    this.language = builder.language;
  }

  /** Indented output, the expression's language {@value #DEFAULT_LANGUAGE}. */
  public static AkomaNtoso create() {
    return builder().build();
  }

  /** A builder for other options. */
  public static Builder builder() {
    return new Builder();
  }

  /** The debate as an Akoma Ntoso document. */
  @Override
  public String write(Debate debate) {
    StringWriter out = new StringWriter();
    write(debate, out);
    return out.toString();
  }

  /**
   * Writes the debate as an Akoma Ntoso document to the writer, which is flushed but not closed.
   * The XML declaration names UTF-8: encode the characters as UTF-8 when they go to bytes.
   *
   * @throws UncheckedIOException if the writer fails
   */
  @Override
  public void write(Debate debate, Writer out) {
    Objects.requireNonNull(debate, "debate");
    Objects.requireNonNull(out, "out");
    try {
      var w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
      AknWriting.debate(w, debate, language, pretty);
      w.flush();
      w.close();
      out.flush();
    } catch (XMLStreamException e) {
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw new IllegalStateException("the XML writer failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the debate as a UTF-8 Akoma Ntoso document to the stream, which is flushed but not
   * closed.
   *
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Debate debate, OutputStream out) {
    Objects.requireNonNull(out, "out");
    write(debate, new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /** Options for {@link AkomaNtoso}. */
  public static final class Builder {
    private boolean pretty = true;
    private String language = DEFAULT_LANGUAGE;

    private Builder() {}

    /** Whether to indent the output; default {@code true}. Text content is never re-indented. */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * The language of the record's text, as the three-letter ISO 639-2 code that Akoma Ntoso's FRBR
     * expression uses ({@code eng}, {@code fra}); default {@value AkomaNtoso#DEFAULT_LANGUAGE}.
     *
     * @throws IllegalArgumentException if the code is not three lower-case letters
     */
    public Builder language(String language) {
      Objects.requireNonNull(language, "language");
      if (!language.matches("[a-z]{3}")) {
        throw new IllegalArgumentException(
            "language must be an ISO 639-2 code of three lower-case letters, was \""
                + language
                + "\"");
      }
      this.language = language;
      return this;
    }

    /** Builds the writer. */
    public AkomaNtoso build() {
      return new AkomaNtoso(this);
    }
  }
}
