package io.github.undebate.spark;

import io.github.undebate.core.Debate;
import io.github.undebate.parser.DebateParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one parser of an executor's JVM, built on first use and shared by all the tasks that JVM
 * runs.
 *
 * <p>Why not a serialisable parser shipped with each task: {@link DebateParser} is immutable and
 * thread-safe but not {@code Serializable}; it holds compiled patterns and the word and country
 * tables it loads once from its jar. Serialising those into every task would cost more than parsing
 * small records, and would bind the parser's internals to Java serialisation. A static holder
 * builds it once per executor JVM (the class is loaded there from the job's jar), and the functions
 * Spark ships hold nothing but code.
 */
final class ExecutorParser {
  private ExecutorParser() {}

  private static final class Holder {
    static final DebateParser PARSER = DebateParser.create();
  }

  /**
   * Parses one record's bytes as {@code undebate parse} parses a file of that name: text, HTML or
   * PDF told apart by their content. The file's name matters for the UN General Debate Corpus
   * ({@code USA_75_2020.txt} gives the speaker's State), so the bytes are parsed from a file of the
   * same name in a private temporary folder, which is then removed.
   */
  static Debate parse(String name, byte[] bytes) throws IOException {
    Path folder = Files.createTempDirectory("undebate-");
    Path file = folder.resolve(name);
    try {
      Files.write(file, bytes);
      return Holder.PARSER.parse(file);
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(folder);
    }
  }
}
