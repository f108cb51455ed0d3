package io.github.undebate.parser.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The dev corpus copied into the test resources ({@code corpus/} and {@code seed/}). */
public final class Corpus {
  private Corpus() {}

  /** The folder of test resources that holds {@code corpus/} and {@code seed/}. */
  public static Path resources() {
    try {
      return Path.of(Corpus.class.getResource("/corpus/MANIFEST.tsv").toURI())
          .getParent()
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every plain-text record (text from PDFs, speeches, Markdown), sorted by path. */
  public static List<Path> textRecords() {
    return records(p -> p.endsWith(".txt") || p.endsWith(".md"));
  }

  /** Every scraped HTML page, sorted by path. */
  public static List<Path> htmlRecords() {
    return records(p -> p.endsWith(".html"));
  }

  private static List<Path> records(java.util.function.Predicate<String> name) {
    Path root = resources();
    try (Stream<Path> s =
        Stream.concat(Files.walk(root.resolve("corpus")), Files.walk(root.resolve("seed")))) {
      return s.filter(Files::isRegularFile)
          // relative to the resources: a checkout whose path has "gold" in it keeps its records
          .filter(p -> !root.relativize(p).toString().contains("gold"))
          .filter(p -> !p.getParent().equals(root.resolve("corpus"))) // SOURCE.md, MANIFEST.tsv
          .filter(p -> name.test(p.getFileName().toString()))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A record's name relative to the resources folder, for test names and messages. */
  public static String name(Path record) {
    return resources().relativize(record).toString();
  }

  /** A record's text, read as UTF-8 (the corpus is UTF-8). */
  public static String read(Path record) {
    try {
      return Files.readString(record, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
