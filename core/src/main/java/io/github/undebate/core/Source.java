package io.github.undebate.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * Where a record came from, so that an output can be joined back to its input: the bytes that were
 * parsed, what they were found to be, and the undebate that parsed them.
 *
 * <p>A record parsed from a string has no source: there are no bytes to describe, and a string's
 * hash would not match the file it came from.
 *
 * @param path the file's path as given to the parser ({@code ../corpus/sc/S_PV.8700.txt}); empty
 *     for a stream
 * @param length the number of bytes
 * @param sha256 the SHA-256 digest of the bytes, 64 lower-case hexadecimal digits
 * @param format what the bytes were found to be
 * @param charset the charset the bytes were decoded with, as Java names it ({@code UTF-8}, {@code
 *     windows-1252}); empty for a PDF, whose text is not decoded from its bytes by a charset
 * @param undebateVersion the version of undebate that parsed the bytes ({@code 0.1.0})
 */
public record Source(
    Optional<String> path,
    long length,
    String sha256,
    SourceFormat format,
    Optional<String> charset,
    String undebateVersion) {

  private static final HexFormat HEX = HexFormat.of();

  /** Validates the fields: a length that is not negative, a digest of 64 hexadecimal digits. */
  public Source {
    Check.optionalText(path, "path");
    Check.argument(length >= 0, () -> "length must not be negative, was " + length);
    Check.notNull(sha256, "sha256");
    Check.argument(
        sha256.length() == 64 && sha256.chars().allMatch(Source::lowerHex),
        () -> "sha256 must be 64 lower-case hexadecimal digits, was \"" + sha256 + "\"");
    Check.notNull(format, "format");
    Check.optionalText(charset, "charset");
    Check.notBlank(undebateVersion, "undebateVersion");
  }

  /**
   * The source of {@code bytes} as this undebate parses them: their length and SHA-256 digest, and
   * {@link #currentVersion()}.
   *
   * @param bytes the bytes parsed
   * @param path the path as given, or {@code null} for a stream
   * @param format what the bytes were found to be
   * @param charset the charset they were decoded with, or {@code null} for none (a PDF)
   * @return the source
   */
  public static Source of(byte[] bytes, String path, SourceFormat format, Charset charset) {
    return new Source(
        Optional.ofNullable(path),
        bytes.length,
        digest(bytes),
        format,
        Optional.ofNullable(charset).map(Charset::name),
        currentVersion());
  }

  /** The SHA-256 digest of {@code bytes} as 64 lower-case hexadecimal digits. */
  private static String digest(byte[] bytes) {
    try {
      return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (MessageDigest's documentation).
      throw new IllegalStateException(e);
    }
  }

  /**
   * The version of this undebate ({@code 0.1.0-SNAPSHOT}), which the build writes into the jar: the
   * same for every build of one version, so outputs and tests do not depend on when or where it was
   * built. {@code development} when the classes were not built by Maven.
   */
  public static String currentVersion() {
    return Version.VALUE;
  }

  private static boolean lowerHex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  }

  /** Read once, when first asked for. */
  private static final class Version {
    static final String VALUE = read();

    private static String read() {
      Properties p = new Properties();
      try (InputStream in = Source.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read undebate's version", e);
      }
      String v = p.getProperty("version", "").strip();
      // Unfiltered (built by an IDE, not Maven), the file holds the placeholder.
      return v.isEmpty() || v.startsWith("${") ? "development" : v;
    }
  }
}
