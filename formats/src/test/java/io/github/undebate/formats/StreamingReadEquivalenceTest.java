package io.github.undebate.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.formats.internal.TreeJsonRead;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The streaming reader gives the same result as the tree reader it replaced ({@link TreeJsonRead}):
 * the same model, or the same failure with the same message, on valid documents and on documents
 * broken at random (values of the wrong type, missing and extra keys, keys in another order,
 * several faults at once, broken and truncated text, tight limits). Each case has its own seed,
 * printed on failure: rerun one with {@code -Dundebate.seed=<run seed>}.
 */
class StreamingReadEquivalenceTest {
  private static final int CASES = 1_500;
  private static final long RUN_SEED =
      Long.getLong("undebate.seed", new SplittableRandom().nextLong());
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern KEY = Pattern.compile("\"(\\w+)\":");

  private static final DebateJson JSON = DebateJson.create();
  private static final TreeJsonRead TREE =
      new TreeJsonRead(
          DebateJson.DEFAULT_MAX_NESTING_DEPTH,
          DebateJson.DEFAULT_MAX_STRING_LENGTH,
          DebateJson.DEFAULT_MAX_DOCUMENT_LENGTH);
  private static final DebateJson STRICT_JSON =
      DebateJson.builder().maxNestingDepth(8).maxStringLength(60).maxDocumentLength(3_000).build();
  private static final TreeJsonRead STRICT_TREE = new TreeJsonRead(8, 60, 3_000);

  @Test
  void readsEveryDocumentAsTheTreeReaderDid() throws IOException {
    List<String> sources = new ArrayList<>();
    sources.add(JSON.write(Samples.everyField()));
    try (InputStream in =
        StreamingReadEquivalenceTest.class.getResourceAsStream(
            "/contract/debate-json-example.json")) {
      sources.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    for (int i = 0; i < 20; i++) {
      sources.add(JSON.write(new DebateGenerator(RUN_SEED + i).next()));
    }
    int failures = 0;
    for (int i = 0; i < CASES; i++) {
      Random random = new Random(RUN_SEED * 31 + i);
      String json = mutated(sources.get(random.nextInt(sources.size())), random);
      String where = "run seed " + RUN_SEED + ", case " + i + ":\n" + json;
      String expected = outcome(() -> TREE.read(json));
      assertThat(outcome(() -> JSON.read(json))).as(where).isEqualTo(expected);
      assertThat(outcome(() -> JSON.read(new StringReader(json))))
          .as("from a reader, " + where)
          .isEqualTo(expected);
      if (json.length() < 6_000) {
        assertThat(outcome(() -> STRICT_JSON.read(json)))
            .as("strict limits, " + where)
            .isEqualTo(outcome(() -> STRICT_TREE.read(json)));
      }
      if (expected.startsWith("fails")) {
        failures++;
      }
    }
    // The mutations must mostly break the document, or the test shows little.
    assertThat(failures).isGreaterThan(CASES / 2);
  }

  private interface Read {
    Debate read();
  }

  private static String outcome(Read read) {
    try {
      Debate d = read.read();
      return "reads " + d;
    } catch (DebateFormatException | UncheckedIOException e) {
      return "fails " + e.getClass().getSimpleName() + ": " + e.getMessage();
    } catch (RuntimeException e) {
      return "throws " + e;
    }
  }

  private static String mutated(String source, Random random) {
    JsonNode root = MAPPER.readTree(source);
    int faults = random.nextInt(4);
    for (int i = 0; i < faults; i++) {
      root = mutate(root, random);
    }
    String json = random.nextBoolean() ? root.toPrettyString() : root.toString();
    switch (random.nextInt(14)) {
      case 0:
        return json.substring(0, random.nextInt(json.length() + 1));
      case 1:
        {
          int at = random.nextInt(json.length() + 1);
          String insert =
              pick(random, "{", "}", "[", "]", ",", ":", "\"", "\\", " x", "1", "\u0000");
          return json.substring(0, at) + insert + json.substring(at);
        }
      case 2:
        return json + pick(random, " {}", " x", " null", "  ", "\n]", " \"s\"");
      case 3:
        return json.replaceFirst("\"symbol\"", "\"title\"");
      case 4:
        {
          // A key repeated: some key takes the name of the key before it, often its sibling.
          Matcher keys = KEY.matcher(json);
          List<int[]> found = new ArrayList<>();
          while (keys.find()) {
            found.add(new int[] {keys.start(1), keys.end(1)});
          }
          if (found.size() < 2) {
            return json;
          }
          int i = 1 + random.nextInt(found.size() - 1);
          String before = json.substring(found.get(i - 1)[0], found.get(i - 1)[1]);
          return json.substring(0, found.get(i)[0]) + before + json.substring(found.get(i)[1]);
        }
      default:
        return json;
    }
  }

  private static String pick(Random random, String... choices) {
    return choices[random.nextInt(choices.length)];
  }

  /** One fault somewhere in the tree; the root itself is sometimes replaced. */
  private static JsonNode mutate(JsonNode root, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    if (containers.isEmpty() || random.nextInt(60) == 0) {
      return value(random, root);
    }
    JsonNode target = containers.get(random.nextInt(containers.size()));
    if (target instanceof ObjectNode object) {
      List<String> keys = new ArrayList<>(object.propertyNames());
      int action = random.nextInt(10);
      if (action == 0 || keys.isEmpty()) {
        object.set("extra" + random.nextInt(3), value(random, root));
      } else if (action == 1) {
        Collections.shuffle(keys, random);
        Map<String, JsonNode> copy = new java.util.LinkedHashMap<>();
        for (String k : keys) {
          copy.put(k, object.get(k));
        }
        object.removeAll();
        copy.forEach(object::set);
      } else if (action <= 3) {
        object.remove(keys.get(random.nextInt(keys.size())));
      } else {
        object.set(keys.get(random.nextInt(keys.size())), value(random, root));
      }
    } else if (target instanceof ArrayNode array) {
      int action = random.nextInt(4);
      if (action == 0 || array.isEmpty()) {
        array.add(value(random, root));
      } else if (action == 1) {
        array.remove(random.nextInt(array.size()));
      } else {
        array.set(random.nextInt(array.size()), value(random, root));
      }
    }
    return root;
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainer()) {
      out.add(node);
      for (JsonNode child : node) {
        collect(child, out);
      }
    }
  }

  private static JsonNode value(Random random, JsonNode root) {
    switch (random.nextInt(22)) {
      case 0:
        return NODES.nullNode();
      case 1:
        return NODES.numberNode(pick(random, -1, 0, 1, 3, 125, 134, 135, 999, 8700));
      case 2:
        return NODES.numberNode(99999999999L);
      case 3:
        return NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890"));
      case 4:
        return NODES.numberNode(1.5);
      case 5:
        return NODES.numberNode(new java.math.BigDecimal("2.50"));
      case 6:
        return NODES.booleanNode(random.nextBoolean());
      case 7:
        return NODES.arrayNode();
      case 8:
        return NODES.objectNode();
      case 9:
        return NODES.stringNode(
            pick(
                random,
                "",
                "  ",
                "x",
                "sp1",
                "sp2",
                "sp9",
                "VerbatimRecord",
                "statement",
                "vote",
                "note",
                "heading",
                "body",
                "adopted",
                "undebate/1",
                "2020-01-10",
                "10:05",
                "10 January",
                "FR",
                "ru",
                "x".repeat(100)));
      default:
        {
          List<JsonNode> all = new ArrayList<>();
          all(root, all);
          return all.get(random.nextInt(all.size())).deepCopy();
        }
    }
  }

  private static int pick(Random random, int... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static void all(JsonNode node, List<JsonNode> out) {
    out.add(node);
    for (JsonNode child : node) {
      all(child, out);
    }
  }
}
