package dev.bbm.tools;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The project version the build passes to ManPageWriter, as surefire hands it to the tests. */
final class Versions {
  private Versions() {}

  static String project() {
    String v = System.getProperty("bbm.version");
    assumeTrue(v != null && !v.isBlank(), "bbm.version is not set; run the tests through Maven");
    return v;
  }
}
