package io.github.undebate.formats.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The schema files shipped in the formats jar, beside the public classes. */
public final class SchemaResources {
  private SchemaResources() {}

  /** The text of a schema file shipped with the formats module. */
  public static String text(String fileName) {
    String name = "/io/github/undebate/formats/" + fileName;
    try (InputStream in = SchemaResources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the formats jar lacks its resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
