package io.github.undebate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/** The options every batch command shares: what to read, how many at once, how loud. */
final class InputOptions {

  private final CommandSpec spec;
  private final List<Path> files;
  private final List<String> extensions;
  private final Integer jobs;
  final boolean quiet;

  /**
   * The most jobs allowed. Each job is a thread that holds up to two records in flight, each of up
   * to 1.3 GiB of heap at the input limit; far more threads than cores only add memory and
   * contention, and an absurd count must be a clear usage error, not a failure deep in the pool.
   */
  static final int MAX_JOBS = 1024;

  /** Adds the shared options to a command. */
  static void addTo(CommandSpec command) {
    command.addPositional(
        PositionalParamSpec.builder()
            .arity("0..*")
            .paramLabel("FILE")
            .type(List.class)
            .auxiliaryTypes(Path.class)
            .description(
                "records to read: files, folders (searched recursively for --extension files) or -"
                    + " for standard input; with no FILE, standard input")
            .build());
    command.addOption(
        OptionSpec.builder("--extension")
            .splitRegex(",")
            .paramLabel("EXT")
            .type(List.class)
            .auxiliaryTypes(String.class)
            .defaultValue("txt,md,html,htm,pdf")
            .description(
                "which files to take from a folder, by extension (default ${DEFAULT-VALUE}); files"
                    + " named on the command line are always read")
            .build());
    command.addOption(
        OptionSpec.builder("-j", "--jobs")
            .paramLabel("N")
            .type(Integer.class)
            .description(
                "how many records to parse at once, 1 to "
                    + MAX_JOBS
                    + " (default: the number of cores)")
            .build());
    command.addOption(
        OptionSpec.builder("-q", "--quiet")
            .type(boolean.class)
            .description(
                "print neither the progress bar nor the summary; failures are still reported")
            .build());
  }

  /** The shared options' values as the command line of {@code command} gave them. */
  InputOptions(CommandSpec command) {
    spec = command;
    List<Path> named = command.positionalParameters().get(0).getValue();
    files = named == null ? List.of() : named;
    extensions = command.findOption("--extension").getValue();
    jobs = command.findOption("--jobs").getValue();
    quiet = Boolean.TRUE.equals(command.findOption("--quiet").getValue());
  }

  /** The folders named on the command line that held no file with a wanted extension. */
  private final List<Path> emptyFolders = new ArrayList<>();

  /** The symbolic links found in folders that lead back to a folder above them, described. */
  private final List<String> loops = new ArrayList<>();

  /** The number of parallel jobs: {@code --jobs}, else the number of cores. */
  int jobs() {
    if (jobs == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    if (jobs < 1 || jobs > MAX_JOBS) {
      throw new ParameterException(
          spec.commandLine(), "--jobs must be between 1 and " + MAX_JOBS + ", was " + jobs);
    }
    return jobs;
  }

  /**
   * The records to read, in order: files as named, each folder's matching files sorted by path,
   * standard input for {@code -} or when nothing is named. A path that does not exist is kept, so
   * that reading it fails with its own message and the batch goes on.
   */
  List<Input> inputs() throws IOException {
    List<Input> out = new ArrayList<>();
    if (files.isEmpty()) {
      out.add(Input.stdin());
      return out;
    }
    Set<String> wanted = new LinkedHashSet<>();
    for (String e : extensions) {
      String ext = e.strip().toLowerCase(Locale.ROOT);
      wanted.add(ext.startsWith(".") ? ext.substring(1) : ext);
    }
    for (Path file : files) {
      if (file.toString().equals("-")) {
        out.add(Input.stdin());
      } else if (Files.isDirectory(file)) {
        List<Input> found = folder(file, wanted);
        if (found.isEmpty()) {
          emptyFolders.add(file);
        }
        out.addAll(found);
      } else {
        out.add(Input.file(file, file.getFileName() == null ? file : file.getFileName()));
      }
    }
    return out;
  }

  /**
   * Reports each folder named on the command line that held no record (a mistyped path or a wrong
   * {@code --extension} should not pass for success) and each symbolic link that loops back to a
   * folder above it, and returns how many there were. Call after {@link #inputs()}.
   */
  int reportSkipped(PrintWriter err) {
    for (Path folder : emptyFolders) {
      err.println(
          "undebate: "
              + folder
              + ": no files with the extension "
              + String.join(", ", extensions)
              + " (see --extension)");
    }
    for (String loop : loops) {
      err.println("undebate: " + loop);
    }
    err.flush();
    return emptyFolders.size() + loops.size();
  }

  private List<Input> folder(Path root, Set<String> wanted) throws IOException {
    List<Path> found = new ArrayList<>();
    // Links are followed, so a corpus assembled from links is read; a loop is reported by path.
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            // Hidden folders (.git, .cache) hold no records; skip them below the root.
            return !dir.equals(root) && hidden(dir)
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && !hidden(file) && wanted.contains(Input.extension(file))) {
              found.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (e instanceof FileSystemLoopException) {
              // Its files are read once already, through the folder it leads back to.
              loops.add(file + ": " + loopReason(file));
              return FileVisitResult.CONTINUE;
            }
            // Keep it: reading it will fail and report why, and the batch goes on.
            found.add(file);
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort(Comparator.comparing(Path::toString));
    List<Input> out = new ArrayList<>(found.size());
    for (Path file : found) {
      out.add(Input.file(file, root.relativize(file)));
    }
    return out;
  }

  private static String loopReason(Path link) {
    String target;
    try {
      target = link.toRealPath().toString();
    } catch (IOException e) {
      target = "a folder above it";
    }
    return "symbolic link loop: it leads back to "
        + target
        + ", which is read already; not followed";
  }

  private static boolean hidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
