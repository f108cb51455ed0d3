package io.github.undebate.parser.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.parser.DebateParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One parser shared by many threads gives the same result for every record as sequential use. */
class ConcurrentParsingTest {

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void oneParserOnEightThreadsGivesTheSequentialResults() throws Exception {
    DebateParser parser = DebateParser.create();
    Map<Path, Debate> sequential = new LinkedHashMap<>();
    for (Path p : Corpus.textRecords()) {
      sequential.put(p, parser.parse(p));
    }
    Map<Path, Debate> html = new LinkedHashMap<>();
    for (Path p : Corpus.htmlRecords()) {
      html.put(p, parser.parseHtml(Corpus.read(p)));
    }

    // Every record three times, in an order that differs from the sequential one.
    List<Callable<String>> tasks = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      for (Path p : sequential.keySet()) {
        tasks.add(() -> compare(Corpus.name(p), sequential.get(p), parser.parse(p)));
      }
      for (Path p : html.keySet()) {
        tasks.add(() -> compare(Corpus.name(p), html.get(p), parser.parseHtml(Corpus.read(p))));
      }
    }
    Collections.shuffle(tasks, new Random(8));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<String> differences = new ArrayList<>();
      for (Future<String> f : pool.invokeAll(tasks)) {
        String difference = f.get();
        if (!difference.isEmpty()) {
          differences.add(difference);
        }
      }
      assertThat(differences).as("records parsed differently on many threads").isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }

  private static String compare(String name, Debate expected, Debate actual) {
    return expected.equals(actual) ? "" : name;
  }
}
