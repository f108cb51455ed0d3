package io.github.undebate.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One record to read: a file, or standard input.
 *
 * @param name how messages name it: the path as given or found, or {@code <stdin>}
 * @param path the file, or empty for standard input
 * @param outputStem where its output goes under {@code --output-dir}, without extension: the file's
 *     stem, under the sub-folders it was found in when a folder was given
 */
record Input(String name, Optional<Path> path, Path outputStem) {

  /** The name messages use for standard input. */
  static final String STDIN = "<stdin>";

  Input {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(outputStem, "outputStem");
  }

  /** Standard input, written as {@code stdin.<ext>} under {@code --output-dir}. */
  static Input stdin() {
    return new Input(STDIN, Optional.empty(), Path.of("stdin"));
  }

  /** A file named on the command line or found in a folder; {@code relative} names its output. */
  static Input file(Path file, Path relative) {
    Path parent = relative.getParent();
    Path stem = Path.of(stem(relative.getFileName().toString()));
    return new Input(
        file.toString(), Optional.of(file), parent == null ? stem : parent.resolve(stem));
  }

  /** The file's lower-case extension without the dot, or empty. */
  static String extension(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return "";
    }
    String s = name.toString();
    int dot = s.lastIndexOf('.');
    return dot > 0 ? s.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
  }

  private static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
