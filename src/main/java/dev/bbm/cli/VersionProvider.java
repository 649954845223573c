package dev.bbm.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest ("dev" when run from classes). */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = BbmCommand.class.getPackage().getImplementationVersion();
    return new String[] {"bbm " + (v == null ? "dev" : v) + " (Java " + Runtime.version().feature() + ")"};
  }
}
