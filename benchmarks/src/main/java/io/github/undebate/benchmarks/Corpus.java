package io.github.undebate.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The benchmark inputs: byte-for-byte copies of the shared development corpus and the seed (see
 * {@code corpus/MANIFEST.tsv} beside this class for each file's source and sha256), and a web page
 * made around the seed ({@code seed-page.html}).
 */
final class Corpus {
  /** The largest Security Council record of the corpus, S/PV.8699 (317 KB). */
  static final String LARGEST_RECORD = "sc/S_PV.8699_E.txt";

  /** The seed: a Belarus statement to the Security Council, scraped with its site chrome. */
  static final String SEED = "seed/belarus-csto-statement.txt";

  private Corpus() {}

  /** One file of the corpus: its bytes and its text decoded as UTF-8. */
  record Document(String name, byte[] bytes, String text) {
    int size() {
      return bytes.length;
    }
  }

  /** The file with this name relative to {@code corpus/}, such as {@link #LARGEST_RECORD}. */
  static Document document(String name) {
    byte[] bytes = resource("corpus/" + name);
    return new Document(name, bytes, new String(bytes, StandardCharsets.UTF_8));
  }

  /** Every file of the corpus (the text records of all kinds and the seed), largest first. */
  static List<Document> all() {
    String list = new String(resource("corpus/files.txt"), StandardCharsets.UTF_8);
    List<Document> documents = new ArrayList<>();
    for (String name : list.strip().split("\n")) {
      documents.add(document(name.strip()));
    }
    documents.sort(Comparator.comparingInt(Document::size).reversed());
    return List.copyOf(documents);
  }

  /**
   * The 270 General Debate speeches of the UN General Debate Corpus sample (30 a decade, 1946 to
   * 2024; 5.0 MB), in the order of their names.
   */
  static List<Document> generalDebates() {
    String list = new String(resource("corpus/general-debates.txt"), StandardCharsets.UTF_8);
    List<Document> documents = new ArrayList<>();
    for (String name : list.strip().split("\n")) {
      documents.add(document(name.strip()));
    }
    return List.copyOf(documents);
  }

  /** The seed statement inside a realistic mission web page (head, menus, side lists, footer). */
  static Document seedPage() {
    byte[] bytes = resource("seed-page.html");
    return new Document("seed-page.html", bytes, new String(bytes, StandardCharsets.UTF_8));
  }

  /** The text repeated {@code copies} times, one copy per record, separated by a line break. */
  static String repeated(String text, int copies) {
    StringBuilder out = new StringBuilder(copies * (text.length() + 1));
    for (int i = 0; i < copies; i++) {
      out.append(text);
      if (!text.endsWith("\n")) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static byte[] resource(String name) {
    try (InputStream in = Corpus.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("benchmark input missing from the class path: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
