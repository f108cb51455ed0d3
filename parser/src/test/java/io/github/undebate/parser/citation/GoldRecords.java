package io.github.undebate.parser.citation;

import io.github.undebate.core.Body;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dev gold records that list citations, read from {@code src/test/resources/corpus/gold/} (a
 * copy of {@code shared/corpus/gold}), each with the speech text of its turns: the raw record with
 * the gold's noise lines (page headers, job numbers) removed, cut from each turn's {@code first}
 * anchor to its {@code last}, whitespace folded. This stands in for the parser's paragraphs so that
 * the citation engine can be measured alone.
 */
final class GoldRecords {
  static final Path CORPUS = Path.of("src/test/resources/corpus");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private GoldRecords() {}

  /** A gold record: its name, its body, its turn texts and its citations. */
  record GoldRecord(
      String name, Body body, List<String> turns, List<String> citations, List<String> optional) {}

  /** Every gold record of kind statement or verbatim record with a citations list. */
  static List<GoldRecord> all() {
    try (Stream<Path> files = Files.list(CORPUS.resolve("gold"))) {
      List<GoldRecord> out = new ArrayList<>();
      for (Path file : files.sorted().toList()) {
        JsonNode gold = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        JsonNode citations = gold.get("citations");
        String kind = gold.get("kind").asString();
        if (citations == null
            || citations.isNull()
            || !(kind.equals("statement") || kind.equals("verbatim_record"))) {
          continue;
        }
        out.add(read(file.getFileName().toString(), gold));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static GoldRecord read(String name, JsonNode gold) throws IOException {
    String raw =
        Files.readString(CORPUS.resolve(gold.get("record").asString()), StandardCharsets.UTF_8);
    List<Pattern> noise = new ArrayList<>();
    for (JsonNode n : gold.path("noise")) {
      noise.add(Pattern.compile(n.asString()));
    }
    StringBuilder clean = new StringBuilder();
    for (String line : raw.split("\n", -1)) {
      String l = line.stripTrailing();
      if (noise.stream().noneMatch(p -> p.matcher(l).find())) {
        clean.append(line).append('\n');
      }
    }
    String text = clean.toString();
    List<JsonNode> turns = new ArrayList<>();
    gold.path("turns").forEach(turns::add);
    int[] firsts = new int[turns.size()];
    int cursor = 0;
    for (int k = 0; k < turns.size(); k++) {
      Matcher m = anchor(turns.get(k).get("first").asString()).matcher(text);
      if (!m.find(cursor)) {
        throw new IllegalStateException(name + ": turn " + k + " first anchor not found");
      }
      firsts[k] = m.start();
      cursor = m.end();
    }
    List<String> turnTexts = new ArrayList<>();
    for (int k = 0; k < turns.size(); k++) {
      int hi = k + 1 < turns.size() ? firsts[k + 1] : text.length();
      Matcher m = anchor(turns.get(k).get("last").asString()).matcher(text).region(firsts[k], hi);
      int end = -1;
      while (m.find()) {
        end = m.end();
      }
      if (end < 0) {
        throw new IllegalStateException(name + ": turn " + k + " last anchor not found");
      }
      // the anchor ends at its last word; keep the punctuation that closes it ("(2020).")
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      turnTexts.add(text.substring(firsts[k], end).replaceAll("\\s+", " "));
    }
    return new GoldRecord(
        name,
        body(gold.path("body")),
        turnTexts,
        keys(gold.get("citations")),
        keys(gold.get("citationsOptional")));
  }

  /** The anchor's words in order, anything but letters and digits between them. */
  private static Pattern anchor(String words) {
    List<String> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(words);
    while (m.find()) {
      tokens.add(Pattern.quote(m.group()));
    }
    return Pattern.compile(String.join("[^\\p{L}\\p{N}]+", tokens));
  }

  private static Body body(JsonNode body) {
    if (body == null || body.isNull() || body.isMissingNode()) {
      return null;
    }
    return Body.valueOf(body.asString().toUpperCase(Locale.ROOT));
  }

  private static List<String> keys(JsonNode citations) {
    List<String> out = new ArrayList<>();
    if (citations != null) {
      for (JsonNode c : citations) {
        out.add(key(c.get("type").asString(), c.get("target").asString()));
      }
    }
    return out;
  }

  /** The scorer's comparison key: type and target, lower-cased, without whitespace. */
  static String key(String type, String target) {
    return type.toLowerCase(Locale.ROOT)
        + " "
        + target.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
  }
}
