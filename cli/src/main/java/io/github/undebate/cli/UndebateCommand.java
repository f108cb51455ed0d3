package io.github.undebate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code undebate} command: the entry point of the command line. */
@Command(
    name = "undebate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Turns the raw text of UN debate records into JSON.",
    subcommands = {ParseCommand.class})
public final class UndebateCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code, for tests and embedding. */
  public static int run(String... args) {
    return new CommandLine(new UndebateCommand()).execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command, such as parse");
  }
}
