package io.github.undebate.benchmarks;

import io.github.undebate.core.Debate;
import io.github.undebate.parser.DebateParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the parser allocates per character on the shapes that cost the most per character (issue
 * 18), against the floor of reading the same text line by line, in the same run. Run with {@code
 * -prof gc}: {@code gc.alloc.rate.norm} divided by {@link #CHARS} is the figure; the report's table
 * of it is in the README's Memory section. Each input is about one million characters:
 *
 * <ul>
 *   <li>{@code short_lines}: "x" lines, a text of no language whose every line is removed;
 *   <li>{@code blank_lines}: one sentence, then blank lines;
 *   <li>{@code labels}: S/PV.8699's first page, then "The President: Yes." lines, a statement each;
 *   <li>{@code one_line}: one sentence repeated on one line;
 *   <li>{@code record}: S/PV.8699 repeated, the realistic reference.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class HostileShapes {
  /** The size of every input, in characters. */
  static final int CHARS = 1_000_000;

  /** The shape of the input. */
  @Param({"short_lines", "blank_lines", "labels", "one_line", "record"})
  public String shape;

  private String text;
  private DebateParser parser;

  /** Makes the input and the parser. */
  @Setup
  public void make() {
    text = input(shape);
    parser = DebateParser.create();
  }

  /** The input of a shape, {@link #CHARS} characters long. */
  static String input(String shape) {
    String record = Corpus.document(Corpus.LARGEST_RECORD).text();
    String firstPage = record.substring(0, record.indexOf("The meeting was called to order"));
    StringBuilder sb = new StringBuilder(CHARS + record.length());
    String repeated =
        switch (shape) {
          case "short_lines" -> "x\n";
          case "blank_lines" -> {
            sb.append("We condemn the attack on the convoy.\n");
            yield "\n";
          }
          case "labels" -> {
            sb.append(firstPage).append("The meeting was called to order at 10.05 a.m.\n");
            yield "The President: Yes.\n";
          }
          case "one_line" -> "We condemn the attack on the convoy. ";
          case "record" -> record;
          default -> throw new IllegalArgumentException("no such shape: " + shape);
        };
    while (sb.length() < CHARS) {
      sb.append(repeated);
    }
    return sb.substring(0, CHARS);
  }

  /** Baseline: reads the text line by line and lower-cases it. */
  @Benchmark
  public void floor(Blackhole blackhole) {
    TextFloor.pass(text, blackhole);
  }

  /** The full parse. */
  @Benchmark
  public Debate parse() {
    return parser.parse(text);
  }
}
