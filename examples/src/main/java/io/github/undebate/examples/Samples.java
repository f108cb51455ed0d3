package io.github.undebate.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The sample records shipped with the examples, so that they run from a fresh clone; {@code
 * SOURCES.md} beside them says where each comes from.
 */
public final class Samples {
  private Samples() {}

  /**
   * The Belarus mission's page with its statement at the Security Council on cooperation with the
   * CSTO, site chrome included, as scraped.
   */
  public static String belarusStatement() {
    return read("belarus-csto-statement.txt");
  }

  /**
   * The provisional verbatim record of the Security Council's 8700th meeting (S/PV.8700, 10 January
   * 2020, on Syria), as text extracted from its PDF: page headers, speaker labels, votes and all.
   */
  public static String verbatimRecord() {
    return read("S_PV.8700_E.txt");
  }

  private static String read(String name) {
    try (InputStream in = Samples.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("sample " + name + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
