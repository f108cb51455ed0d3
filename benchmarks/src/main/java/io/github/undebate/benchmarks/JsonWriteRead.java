package io.github.undebate.benchmarks;

import io.github.undebate.core.Debate;
import io.github.undebate.formats.DebateJson;
import io.github.undebate.parser.DebateParser;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON of a large record (the largest Security Council record, parsed), against Jackson writing and
 * reading the same document as a plain {@link JsonNode} tree, with the same pretty printer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// After the setup's warm-up to the JIT's steady state (SteadyState, README: warm-up).
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class JsonWriteRead {

  private Debate debate;
  private DebateJson debateJson;
  private String json;
  private JsonMapper mapper;
  private ObjectWriter treeWriter;
  private JsonNode tree;

  /** Parses the record and makes its JSON and the JSON's tree. */
  @Setup
  public void load(BenchmarkParams params) {
    load();
    String benchmark = params.getBenchmark();
    Supplier<?> operation;
    if (benchmark.endsWith(".writeDebate")) {
      operation = this::writeDebate;
    } else if (benchmark.endsWith(".writeTree")) {
      operation = this::writeTree;
    } else if (benchmark.endsWith(".readDebate")) {
      operation = this::readDebate;
    } else {
      operation = this::readTree;
    }
    SteadyState.reach(params, 60, operation);
  }

  private void load() {
    debate = DebateParser.create().parse(Corpus.document(Corpus.LARGEST_RECORD).text());
    debateJson = DebateJson.create();
    json = debateJson.write(debate);
    mapper = JsonMapper.builder().build();
    treeWriter = mapper.writerWithDefaultPrettyPrinter();
    tree = mapper.readTree(json);
  }

  /** Writes the debate as JSON. */
  @Benchmark
  public String writeDebate() {
    return debateJson.write(debate);
  }

  /** Baseline: Jackson writes the same document from a {@link JsonNode} tree. */
  @Benchmark
  public String writeTree() {
    return treeWriter.writeValueAsString(tree);
  }

  /** Reads the debate back from its JSON. */
  @Benchmark
  public Debate readDebate() {
    return debateJson.read(json);
  }

  /** Baseline: Jackson reads the same document into a {@link JsonNode} tree. */
  @Benchmark
  public JsonNode readTree() {
    return mapper.readTree(json);
  }

  /** The size of the record's JSON in UTF-8 bytes. */
  static long jsonBytes() {
    JsonWriteRead state = new JsonWriteRead();
    state.load();
    return state.json.getBytes(StandardCharsets.UTF_8).length;
  }
}
