package io.github.undebate.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}, read from the jar's manifest. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Version.class.getPackage().getImplementationVersion();
    return new String[] {"undebate " + (v == null ? "(development build)" : v)};
  }
}
