package io.github.undebate.parser.internal.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Texts to compare two ways of reading characters on: the corpus fixtures whole, in paragraphs and
 * in lines, and random strings over an alphabet of ASCII, Latin-1, punctuation beyond it (curly
 * quotes, dashes), other scripts, combining marks, surrogate pairs and lone surrogates.
 */
public final class SampleTexts {
  private static final String[] PIECES = {
    "a",
    "b",
    "Z",
    "e",
    "s",
    "S",
    "I",
    "0",
    "7",
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\f",
    "\u000B",
    ".",
    "..",
    "!",
    "?",
    "//",
    "/",
    "'",
    "\"",
    "’",
    "”",
    "»",
    ")",
    "\u00A0",
    "\u2009",
    "\u202F",
    "é",
    "ß",
    "—",
    "–",
    "\u0085",
    "\u009F",
    "\u007F",
    "\u0001",
    "\u0301",
    "\u0651",
    "؟",
    "。",
    "Σ",
    "İ",
    "ж",
    "ق",
    "中",
    "\uD83D\uDE00",
    "\uD835\uDC00",
    "\uD800",
    "\uDC00",
    "hapter",
    "HAPTER",
    "of the",
    "Chapter VII",
    "S/PV.8699",
    "e n g l i s h",
    "A E",
    "\uD801\uDC00 \uD801\uDC00 \uD801\uDC00"
  };

  private SampleTexts() {}

  /** {@code count} random strings of up to {@code longest} pieces, from the seed. */
  public static List<String> random(long seed, int count, int longest) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(longest + 1); k > 0; k--) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      out.add(sb.toString());
    }
    return out;
  }

  /**
   * Every {@code .txt} of the parser's test corpus and of the benchmarks' corpus (the General
   * Debate sample among them) by path, in path order: the texts the shortcut tests compare the
   * quick and the straightforward way on.
   */
  public static Map<Path, String> corpusFiles() {
    Map<Path, String> files = new LinkedHashMap<>();
    for (String dir :
        List.of(
            "src/test/resources/corpus",
            "../benchmarks/src/main/resources/io/github/undebate/benchmarks/corpus")) {
      try (Stream<Path> walk = Files.walk(Path.of(dir))) {
        for (Path p : walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          files.put(p, Files.readString(p));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /**
   * The {@link #corpus} fixtures, 20,000 short random strings (up to 40 pieces, from {@code
   * shortSeed}) and 200 long ones (up to 3,000 pieces, from {@code longSeed}), in a list the caller
   * may add to: what a bulk reading is compared with its charAt loop on.
   */
  public static List<String> corpusAndRandom(long shortSeed, long longSeed) {
    List<String> texts = new ArrayList<>(corpus());
    texts.addAll(random(shortSeed, 20_000, 40));
    texts.addAll(random(longSeed, 200, 3_000));
    return texts;
  }

  /** The corpus fixtures, each whole, in its blank-line paragraphs and in its lines. */
  public static List<String> corpus() {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(p);
        out.add(text);
        out.addAll(Arrays.asList(text.split("\n\\s*\n")));
        out.addAll(text.lines().collect(Collectors.toList()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
