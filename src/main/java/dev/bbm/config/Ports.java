package dev.bbm.config;

import dev.bbm.domain.BbmException;

/** Port-number validation shared by the URL parser and the resolver, so every source fails alike. */
final class Ports {
  static final int DEFAULT = 5432;

  private Ports() {}

  static boolean valid(long port) {
    return port >= 1 && port <= 65535;
  }

  /**
   * Parses a port typed somewhere the user can see (an option or an environment variable), so the
   * value may be echoed in the message.
   */
  static int parse(String text, String source) {
    String t = text.trim();
    if (!t.isEmpty() && t.length() <= 6 && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      int port = Integer.parseInt(t);
      if (valid(port)) {
        return port;
      }
    }
    throw BbmException.usage(source + " \"" + text + "\" is not a valid port: expected a number from 1 to 65535");
  }

  static int check(int port, String source) {
    if (!valid(port)) {
      throw BbmException.usage(source + " " + port + " is not a valid port: expected a number from 1 to 65535");
    }
    return port;
  }
}
