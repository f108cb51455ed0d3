package io.github.undebate.parser.internal.statement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The heuristic tables of the statement reader, read from resource files beside this class. Lines
 * starting with {@code #} are comments (each file's header says where its facts come from); blank
 * lines are skipped.
 */
final class PhraseTable {
  private PhraseTable() {}

  /** The entries of a resource, in file order, stripped. */
  static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = PhraseTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          out.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
    return List.copyOf(out);
  }

  /** The entries of a resource, lower-cased (root locale). */
  static List<String> lowerCase(String resource) {
    List<String> out = new ArrayList<>();
    for (String line : lines(resource)) {
      out.add(line.toLowerCase(Locale.ROOT));
    }
    return List.copyOf(out);
  }

  /** The entries of a tab-separated resource, each split at its tabs. */
  static List<String[]> rows(String resource) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines(resource)) {
      out.add(line.split("\t"));
    }
    return List.copyOf(out);
  }
}
