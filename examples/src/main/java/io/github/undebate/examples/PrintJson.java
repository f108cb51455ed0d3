package io.github.undebate.examples;

import io.github.undebate.core.Debate;
import io.github.undebate.formats.DebateJson;
import io.github.undebate.parser.DebateParser;

/** Parses the sample statement and prints its JSON. */
public final class PrintJson {
  private PrintJson() {}

  /** Runs the example. */
  public static void main(String[] args) {
    Debate debate = DebateParser.create().parse(Samples.belarusStatement());
    System.out.println(DebateJson.create().write(debate));
  }
}
