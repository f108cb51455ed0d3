package io.github.undebate.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a JMH result file ({@code -rf json}) into the tables of {@code benchmarks/README.md}: every
 * measurement as a median with its spread, then each target as a ratio of medians measured in the
 * same run.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.undebate.benchmarks.Report jmh-result.json
 * }</pre>
 */
public final class Report {
  private static final String PACKAGE = "io.github.undebate.benchmarks.";

  /** The figure the issue gives for the best existing (Python) parser on the largest record. */
  private static final double PYTHON_PARSER_MICROS = 100_000;

  private final Map<String, Measured> measured;
  private final PrintStream out;

  private Report(Map<String, Measured> measured, PrintStream out) {
    this.measured = measured;
    this.out = out;
  }

  /**
   * Prints the tables for a JMH result file.
   *
   * @param args the path of the result file, {@code benchmarks/target/jmh-result.json} if none
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "benchmarks/target/jmh-result.json");
    JsonNode results = JsonMapper.builder().build().readTree(Files.readString(file));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    new Report(measurements(results), out).print(results);
  }

  /** One benchmark with one set of parameters: its iterations, in microseconds per operation. */
  record Measured(
      String key,
      String warmup,
      String unit,
      List<Double> scores,
      double mean,
      double error,
      Optional<Double> alloc,
      Optional<Double> compileMillis) {
    double median() {
      return Report.median(scores);
    }

    double min() {
      return Collections.min(scores);
    }

    double max() {
      return Collections.max(scores);
    }
  }

  private static Map<String, Measured> measurements(JsonNode results) {
    Map<String, Measured> out = new LinkedHashMap<>();
    for (JsonNode run : results) {
      StringBuilder key =
          new StringBuilder(run.get("benchmark").asString().substring(PACKAGE.length()));
      JsonNode params = run.get("params");
      if (params != null) {
        Map<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, JsonNode> p : params.properties()) {
          sorted.put(p.getKey(), p.getValue().asString());
        }
        sorted.forEach((k, v) -> key.append(' ').append(k).append('=').append(v));
      }
      JsonNode primary = run.get("primaryMetric");
      Optional<Double> alloc = Optional.empty();
      JsonNode secondary = run.get("secondaryMetrics");
      if (secondary != null && secondary.has("gc.alloc.rate.norm")) {
        alloc = Optional.of(median(raw(secondary.get("gc.alloc.rate.norm"))));
      }
      // JMH's compiler profiler (-prof comp): JIT time during each measured iteration; near zero
      // means the iteration ran the JIT's final code, i.e. the warm-up was long enough
      Optional<Double> compile = Optional.empty();
      if (secondary != null && secondary.has("compiler.time.profiled")) {
        compile = Optional.of(median(raw(secondary.get("compiler.time.profiled"))));
      }
      double error = number(primary.get("scoreError"));
      out.put(
          key.toString(),
          new Measured(
              key.toString(),
              run.path("warmupIterations").asInt() + " × " + run.path("warmupTime").asString(),
              primary.get("scoreUnit").asString(),
              raw(primary),
              number(primary.get("score")),
              error,
              alloc,
              compile));
    }
    return out;
  }

  private static List<Double> raw(JsonNode metric) {
    List<Double> scores = new ArrayList<>();
    for (JsonNode fork : metric.get("rawData")) {
      for (JsonNode score : fork) {
        scores.add(number(score));
      }
    }
    return scores;
  }

  /** A number of the result file; JMH writes an unknown one (the error of one fork) as "NaN". */
  private static double number(JsonNode node) {
    return node != null && node.isNumber() ? node.asDouble() : Double.NaN;
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private void print(JsonNode results) {
    JsonNode first = results.isEmpty() ? null : results.get(0);
    out.println("## Machine and run");
    out.println();
    out.printf(
        Locale.ROOT,
        "- %s, %d cores seen by the JVM, %s%n",
        cpuModel(),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    if (first != null) {
      out.printf(
          Locale.ROOT,
          "- JMH %s, %s %s, forks %d, measurement %d × %s; each parser benchmark first warms up to an"
              + " idle JIT, then JMH warms up as in the table%n",
          first.path("jmhVersion").asString(),
          first.path("vmName").asString(),
          first.path("jdkVersion").asString(),
          first.path("forks").asInt(),
          first.path("measurementIterations").asInt(),
          first.path("measurementTime").asString());
    }
    out.println();
    out.println("## Every measurement");
    out.println();
    out.println(
        "| benchmark | JMH warm-up | median µs/op | min – max | mean ± 99.9 % error | n"
            + " | allocated B/op | JIT ms per iteration |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (Measured m : measured.values()) {
      out.printf(
          Locale.ROOT,
          "| %s | %s | %s | %s – %s | %s ± %s | %d | %s | %s |%n",
          m.key(),
          m.warmup(),
          number(m.median()),
          number(m.min()),
          number(m.max()),
          number(m.mean()),
          Double.isNaN(m.error()) ? "?" : number(m.error()),
          m.scores().size(),
          m.alloc().map(Report::number).orElse("–"),
          m.compileMillis().map(Report::number).orElse("–"));
    }
    out.println();
    out.println("## Targets (ratios of medians from the same run)");
    out.println();
    out.println("| what | measured | target | met |");
    out.println("|---|---:|---:|---|");
    targets();
  }

  private void targets() {
    long largest = Corpus.document(Corpus.LARGEST_RECORD).size();
    long seed = Corpus.document(Corpus.SEED).size();
    String largestKey = "PlainTextParsing.%s record=" + Corpus.LARGEST_RECORD;
    String seedKey = "PlainTextParsing.%s record=" + Corpus.SEED;

    ratio("parse S/PV.8699 (" + kb(largest) + ") ÷ floor", largestKey, "parse", "floor", 20);
    throughput("parse S/PV.8699, MB/s on one core", String.format(largestKey, "parse"), largest);
    get(String.format(largestKey, "parse"))
        .ifPresentOrElse(
            m ->
                row(
                    "speed-up on S/PV.8699 over the Python parser's 0.1 s (figure from the issue)",
                    PYTHON_PARSER_MICROS / m.median(),
                    "≥ 20",
                    PYTHON_PARSER_MICROS / m.median() >= 20),
            () -> missing("speed-up over the Python parser"));
    ratio("parse seed (" + kb(seed) + ") ÷ floor", seedKey, "parse", "floor", 10);
    throughput("parse seed, MB/s on one core", String.format(seedKey, "parse"), seed);

    long debates = Corpus.generalDebates().stream().mapToLong(Corpus.Document::size).sum();
    String debatesKey = "GeneralDebateParsing.%s";
    ratio(
        "parse the General Debate sample (" + kb(debates) + ") ÷ floor",
        debatesKey,
        "parseAll",
        "floor",
        Double.NaN);
    get(String.format(debatesKey, "parseAll"))
        .ifPresentOrElse(
            m ->
                row(
                    "parse the General Debate sample, MB/s on one core",
                    debates / m.median(),
                    "≥ 30",
                    debates / m.median() >= 30),
            () -> missing("parse the General Debate sample, MB/s"));

    ratio(
        "parseHtml seed page ÷ Jsoup.parse alone",
        "HtmlParsing.%s",
        "parseHtml",
        "jsoupAlone",
        1.5);

    for (String kind : List.of("with", "without")) {
      long bytes = CitationFinding.bytes(CitationFinding.passages("with".equals(kind)));
      String key = "CitationFinding.%s candidates=" + kind;
      throughput(
          "citations, paragraphs " + kind + " candidates (" + kb(bytes) + "), MB/s",
          String.format(key, "find"),
          bytes);
      get(String.format(key, "find"))
          .ifPresent(
              m ->
                  out.printf(
                      Locale.ROOT,
                      "| citations, paragraphs %s candidates, ms per MB | %s | – | – |%n",
                      kind,
                      number(m.median() / 1000 / (bytes / 1e6))));
      ratio(
          "citations, paragraphs " + kind + " candidates ÷ lower-casing them",
          key,
          "find",
          "floor",
          "without".equals(kind) ? 2 : Double.NaN);
    }

    ratio(
        "JSON write ÷ Jackson writing the tree",
        "JsonWriteRead.%s",
        "writeDebate",
        "writeTree",
        1.2);
    ratio(
        "JSON read ÷ Jackson reading the tree", "JsonWriteRead.%s", "readDebate", "readTree", 1.2);

    Optional<Measured> once = get("ParseScaling.parse copies=1");
    for (int copies : new int[] {10, 100}) {
      Optional<Measured> many = get("ParseScaling.parse copies=" + copies);
      if (once.isPresent() && many.isPresent()) {
        double perCopy = many.get().median() / copies / once.get().median();
        row(
            "parse " + copies + "× S/PV.8699, time per copy ÷ time of 1×",
            perCopy,
            "≤ 1.10",
            perCopy <= 1.10);
      } else {
        missing("parse " + copies + "× S/PV.8699");
      }
    }
    Optional<Measured> one = get("CorpusBatch.parseAll threads=1");
    Optional<Measured> two = get("CorpusBatch.parseAll threads=2");
    if (one.isPresent() && two.isPresent()) {
      double speedUp = one.get().median() / two.get().median();
      row("corpus batch, 2 threads: speed-up over 1", speedUp, "≥ 1.8", speedUp >= 1.8);
    } else {
      missing("corpus batch speed-up");
    }

    long corpus = 0;
    for (Corpus.Document d : Corpus.all()) {
      corpus += d.size();
    }
    allocation("parse S/PV.8699", String.format(largestKey, "parse"), largest);
    allocation("parse seed", String.format(seedKey, "parse"), seed);
    allocation("parseHtml seed page", "HtmlParsing.parseHtml", Corpus.seedPage().size());
    for (int copies : new int[] {1, 10, 100}) {
      allocation(
          "parse " + copies + "× S/PV.8699",
          "ParseScaling.parse copies=" + copies,
          copies * largest);
    }
    allocation("corpus batch, 1 thread", "CorpusBatch.parseAll threads=1", corpus);
    allocation("parse the General Debate sample", String.format(debatesKey, "parseAll"), debates);
    for (String shape :
        new String[] {"short_lines", "blank_lines", "labels", "one_line", "record"}) {
      hostileAllocation(shape);
    }
  }

  /** A hostile shape's allocation per character, and as a multiple of the floor's on it. */
  private void hostileAllocation(String shape) {
    String what = "parse 1 M characters of " + shape + ", allocated bytes per character";
    Optional<Measured> parse = get("HostileShapes.parse shape=" + shape);
    Optional<Measured> floor = get("HostileShapes.floor shape=" + shape);
    if (parse.isEmpty()
        || floor.isEmpty()
        || parse.get().alloc().isEmpty()
        || floor.get().alloc().isEmpty()) {
      missing(what + " (run HostileShapes with -prof gc)");
      return;
    }
    double perChar = parse.get().alloc().get() / HostileShapes.CHARS;
    double floorPerChar = floor.get().alloc().get() / HostileShapes.CHARS;
    row(what, perChar, "–", null);
    row(what + " ÷ floor's (" + number(floorPerChar) + ")", perChar / floorPerChar, "–", null);
  }

  private void ratio(String what, String pattern, String benchmark, String baseline, double most) {
    Optional<Measured> b = get(String.format(pattern, benchmark));
    Optional<Measured> a = get(String.format(pattern, baseline));
    if (b.isEmpty() || a.isEmpty()) {
      missing(what);
      return;
    }
    double r = b.get().median() / a.get().median();
    if (Double.isNaN(most)) {
      row(what, r, "–", null);
    } else {
      row(what, r, "≤ " + number(most), r <= most);
    }
  }

  private void throughput(String what, String key, long bytes) {
    Optional<Measured> m = get(key);
    if (m.isEmpty()) {
      missing(what);
      return;
    }
    // bytes per microsecond are megabytes (10^6 bytes) per second
    double mbs = bytes / m.get().median();
    boolean parse = key.startsWith("PlainTextParsing.parse");
    row(what, mbs, parse ? "≥ 50" : "–", parse ? mbs >= 50 : null);
  }

  private void allocation(String what, String key, long bytes) {
    Optional<Measured> m = get(key);
    if (m.isEmpty()) {
      missing(what + ", allocated bytes per input byte");
      return;
    }
    if (m.get().alloc().isEmpty()) {
      missing(what + ", allocated bytes per input byte (run with -prof gc)");
      return;
    }
    double perByte = m.get().alloc().get() / bytes;
    row(what + ", allocated bytes per input byte", perByte, "≤ 20", perByte <= 20);
  }

  private void row(String what, double value, String target, Boolean met) {
    out.printf(
        Locale.ROOT,
        "| %s | %s | %s | %s |%n",
        what,
        number(value),
        target,
        met == null ? "–" : met ? "yes" : "**no**");
  }

  private void missing(String what) {
    out.printf(Locale.ROOT, "| %s | not run | | |%n", what);
  }

  private Optional<Measured> get(String key) {
    return Optional.ofNullable(measured.get(key));
  }

  private static String kb(long bytes) {
    return String.format(Locale.ROOT, "%.0f KB", bytes / 1000.0);
  }

  private static String number(double value) {
    double a = Math.abs(value);
    if (a >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    } else if (a >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static String cpuModel() {
    try {
      for (Iterator<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo")).iterator();
          lines.hasNext(); ) {
        String line = lines.next();
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: the JVM's description is all we have
    }
    return System.getProperty("os.arch");
  }
}
