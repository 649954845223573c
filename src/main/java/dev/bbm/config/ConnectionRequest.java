package dev.bbm.config;

/**
 * What the user typed on the command line about the connection, before any resolution: kept apart
 * from {@link ConnectionSettings} so that the CLI layer stays free of precedence rules.
 *
 * @param url      {@code --url}: a {@code postgresql://} URI or a {@code jdbc:postgresql:} URL, or null
 * @param host     {@code -h/--host}: a host name, or an absolute socket directory, or null
 * @param port     {@code -p/--port}, or null
 * @param username {@code -U/--username}, or null
 * @param dbname   {@code -d/--dbname}, or null
 */
public record ConnectionRequest(String url, String host, Integer port, String username, String dbname) {

  /** A request with nothing typed: everything comes from the environment and the defaults. */
  public static ConnectionRequest empty() {
    return new ConnectionRequest(null, null, null, null, null);
  }
}
