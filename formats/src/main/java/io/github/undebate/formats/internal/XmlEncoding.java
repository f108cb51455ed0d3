package io.github.undebate.formats.internal;

import java.io.BufferedInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an XML document to characters before the JDK's parser sees them, in the
 * encoding that XML 1.0 (appendix F) gives them: a byte-order mark, else the first bytes' pattern
 * (UTF-16 and UTF-32 without a mark), else the XML declaration's {@code encoding}, else UTF-8.
 * EBCDIC is not recognised.
 *
 * <p>Why not let the parser decode: on bytes that are not valid in the encoding, the JDK's StAX
 * parser prints {@code [Fatal Error] :-1:-1: …} to standard error, and offers no way to install an
 * error handler that would stop it. Decoded here, such bytes are a {@link MalformedBytes} failure
 * that the parser passes on without a word.
 */
public final class XmlEncoding {
  private XmlEncoding() {}

  /** How many bytes the XML declaration is looked for in. */
  private static final int HEAD = 1024;

  private static final Pattern ENCODING =
      Pattern.compile("^<\\?xml\\s[^>]*?encoding\\s*=\\s*([\"'])([A-Za-z][A-Za-z0-9._-]*)\\1");

  /** Bytes that are not valid in the document's encoding, or an encoding the JDK does not know. */
  public static final class MalformedBytes extends IOException {
    private static final long serialVersionUID = 1L;

    MalformedBytes(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The document's characters, decoded strictly. */
  public static Reader reader(InputStream bytes) throws IOException {
    BufferedInputStream in = new BufferedInputStream(bytes, HEAD);
    in.mark(HEAD);
    byte[] head = in.readNBytes(HEAD);
    in.reset();
    int n = head.length;
    int b0 = n > 0 ? head[0] & 0xFF : -1;
    int b1 = n > 1 ? head[1] & 0xFF : -1;
    int b2 = n > 2 ? head[2] & 0xFF : -1;
    int b3 = n > 3 ? head[3] & 0xFF : -1;
    Charset charset;
    int bom = 0;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      charset = StandardCharsets.UTF_8;
      bom = 3;
    } else if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      charset = Charset.forName("UTF-32BE");
      bom = 4;
    } else if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      charset = Charset.forName("UTF-32LE");
      bom = 4;
    } else if (b0 == 0xFE && b1 == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      bom = 2;
    } else if (b0 == 0xFF && b1 == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      bom = 2;
    } else if (b0 == 0 && b1 == 0 && b2 == 0 && b3 == '<') {
      charset = Charset.forName("UTF-32BE");
    } else if (b0 == '<' && b1 == 0 && b2 == 0 && b3 == 0) {
      charset = Charset.forName("UTF-32LE");
    } else if (b0 == 0 && b1 == '<' && b2 == 0 && b3 == '?') {
      charset = StandardCharsets.UTF_16BE;
    } else if (b0 == '<' && b1 == 0 && b2 == '?' && b3 == 0) {
      charset = StandardCharsets.UTF_16LE;
    } else {
      charset = declared(head, StandardCharsets.ISO_8859_1, StandardCharsets.UTF_8);
    }
    in.skipNBytes(bom);
    return new Strict(
        new InputStreamReader(
            in,
            charset
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)),
        charset);
  }

  /**
   * The encoding the XML declaration at the head names, read in {@code family} (one byte a
   * character for the declaration's letters); {@code fallback} without a declaration, or when it
   * names an encoding of another family (UTF-16 without a byte-order mark).
   */
  private static Charset declared(byte[] head, Charset family, Charset fallback)
      throws MalformedBytes {
    Matcher m = ENCODING.matcher(new String(head, family));
    if (!m.find()) {
      return fallback;
    }
    String name = m.group(2);
    Charset named;
    try {
      named = Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new MalformedBytes("the encoding " + ModelValues.quote(name) + " is not supported", e);
    }
    byte[] lt = "<".getBytes(named);
    boolean sameFamily = lt.length == 1 && lt[0] == "<".getBytes(family)[0];
    return sameFamily ? named : fallback;
  }

  /** Turns a decoding failure into {@link MalformedBytes}, which the parser passes on quietly. */
  private static final class Strict extends FilterReader {
    private final Charset charset;

    Strict(Reader in, Charset charset) {
      super(in);
      this.charset = charset;
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (CharacterCodingException e) {
        throw malformed(e);
      }
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      try {
        return super.read(buffer, offset, length);
      } catch (CharacterCodingException e) {
        throw malformed(e);
      }
    }

    private MalformedBytes malformed(CharacterCodingException e) {
      return new MalformedBytes("bytes that are not valid " + charset.name(), e);
    }

    @Override
    public void close() {
      // The caller owns the stream.
    }
  }
}
