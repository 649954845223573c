package dev.bbm.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * The version from the jar's manifest ("dev" when run from classes), and which Java runs bbm and from
 * where (java.home: a package's bundled runtime, or the JDK a launcher found), for bug reports.
 */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = BbmCommand.class.getPackage().getImplementationVersion();
    Runtime.Version java = Runtime.version();
    String vendor = System.getProperty("java.vendor", "unknown vendor");
    return new String[] {
        "bbm " + (v == null ? "dev" : v) + " (Java " + java.feature() + ")",
        "Java " + java + " (" + vendor + ") from " + System.getProperty("java.home")};
  }
}
