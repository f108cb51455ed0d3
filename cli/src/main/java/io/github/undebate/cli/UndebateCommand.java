package io.github.undebate.cli;

import java.io.BufferedInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code undebate} command: the entry point of the command line.
 *
 * <p>Its commands and options are declared through picocli's programmatic API, not its annotations:
 * reading annotations by reflection cost a third of a cold parse of one record (issue 14,
 * benchmarks/README.md "Cold start"). picocli still parses the command line, checks and converts
 * the values and writes the help.
 */
public final class UndebateCommand implements Runnable {

  private final CommandSpec spec;
  private final InputStream stdin;
  private final PrintStream terminal;

  private UndebateCommand(InputStream stdin, PrintStream terminal) {
    this.stdin = stdin;
    this.terminal = terminal;
    spec = CommandSpec.wrapWithoutInspection(this).name("undebate");
    standardHelp(spec);
    spec.usageMessage()
        .description(
            "Turns the raw text of UN debate records into JSON or XML, and counts corpora.");
    spec.addSubcommand("parse", new ParseCommand(this).spec());
    spec.addSubcommand("stats", new StatsCommand(this).spec());
  }

  /**
   * Gives a command {@code --help} and {@code --version}, as picocli's {@code
   * mixinStandardHelpOptions} does (which would read them from annotations).
   */
  static void standardHelp(CommandSpec command) {
    command.versionProvider(new Version());
    command.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .description("Show this help message and exit.")
            .build());
    command.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .description("Print version information and exit.")
            .build());
  }

  /** The exit codes a command's help lists, from "code:meaning" lines. */
  static void exitCodes(CommandSpec command, String... codes) {
    Map<String, String> list = new LinkedHashMap<>();
    for (String code : codes) {
      int colon = code.indexOf(':');
      list.put(code.substring(0, colon), code.substring(colon + 1));
    }
    command.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(list);
  }

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line on the process's standard streams and returns its exit code, for
   * embedding. Output is UTF-8 whatever the platform's default charset.
   */
  public static int run(String... args) {
    // Not System.out: its charset is the platform's, which can be ASCII on a bare machine.
    PrintWriter out =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
    PrintWriter err =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
            true);
    PrintStream terminal =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    // Buffered: on JDK 17 readNBytes on the raw FileInputStream of a pipe asks for its size and
    // position, and a pipe answers "Illegal seek". A BufferedInputStream only ever reads.
    InputStream stdin = new BufferedInputStream(new FileInputStream(FileDescriptor.in));
    try {
      return run(stdin, out, err, terminal, args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * Runs the command line on the given streams and returns its exit code; {@code terminal} is where
   * the progress bar is drawn.
   */
  static int run(
      InputStream in, PrintWriter out, PrintWriter err, PrintStream terminal, String... args) {
    return new CommandLine(new UndebateCommand(in, terminal).spec)
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler(UndebateCommand::failed)
        .execute(args);
  }

  /**
   * Reports what stopped a command before or outside its records (an output folder that cannot be
   * made, a folder that cannot be searched) in one line instead of a stack trace.
   */
  private static int failed(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
    String message;
    if (e instanceof FileSystemException f) {
      message =
          f.getFile()
              + ": "
              + (f.getReason() != null ? f.getReason() : f.getClass().getSimpleName());
    } else {
      message = e.getMessage() != null ? e.getMessage() : e.toString();
    }
    command.getErr().println("undebate: " + message);
    command.getErr().flush();
    return 1;
  }

  /** Where the progress bar is drawn: standard error. */
  PrintStream terminal() {
    return terminal;
  }

  /** Standard input, for records read from it. */
  InputStream stdin() {
    return stdin;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a command, such as parse or stats");
  }
}
