package dev.bbm.config;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.UrlSyntax;

/** Port-number validation shared by the URL parser and the resolver, so every source fails alike. */
final class Ports {
  private Ports() {}

  static boolean valid(long port) {
    return port >= 1 && port <= 65535;
  }

  /**
   * Parses a port typed somewhere the user can see (an option or an environment variable), so the
   * value may be echoed in the message.
   */
  static int parse(String text, String source) {
    int port = UrlSyntax.port(text.trim(), 6);
    if (port > 0) {
      return port;
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
