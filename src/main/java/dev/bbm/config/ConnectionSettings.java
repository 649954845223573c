package dev.bbm.config;

import dev.bbm.domain.BbmInstance;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;

/**
 * A fully resolved connection, turned into what pgjdbc needs; the one place that knows how a libpq
 * socket directory maps onto pgjdbc (a junixsocket factory).
 *
 * @param host            a host name or IP address, or an absolute directory path: the directory of
 *                        the server's Unix-domain socket, as in libpq
 * @param password        null when none was found (trust, peer, or the server will refuse)
 * @param sslMode         libpq's sslmode, or null for the driver's default
 * @param applicationName shown in {@code pg_stat_activity}; bbm's own, {@code bbm/<pid>@<host>}
 *                        ({@link #defaultApplicationName()}), when null
 * @param connectTimeoutSeconds seconds pgjdbc waits for the TCP or socket connect:
 *                        {@link #CONNECT_TIMEOUT_SECONDS} unless a caller asks for less ({@link #withConnectTimeout})
 * @param prepareThreshold pgjdbc's {@code prepareThreshold} the user gave (a database URL's
 *                        {@code ?prepareThreshold=0}), passed to the driver as it is; null for the
 *                        driver's default
 */
public record ConnectionSettings(String host, int port, String database, String user, String password,
    String sslMode, String applicationName, int connectTimeoutSeconds, Integer prepareThreshold) {

  /** Seconds pgjdbc waits for the TCP or socket connect, unless a caller asks otherwise. */
  public static final int CONNECT_TIMEOUT_SECONDS = 10;
  /** PostgreSQL's port, when neither option, URL, PGPORT nor database.yml gives one. */
  public static final int DEFAULT_PORT = 5432;
  static final String SOCKET_FACTORY = "org.newsclub.net.unix.AFUNIXSocketFactory$FactoryArg";

  public ConnectionSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(user, "user");
    if (!Ports.valid(port)) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (applicationName == null) {
      applicationName = defaultApplicationName();
    }
    if (connectTimeoutSeconds < 1) {
      throw new IllegalArgumentException("connect timeout must be at least 1 second: " + connectTimeoutSeconds);
    }
  }

  /**
   * The application_name bbm connects with unless the user gave one: {@code bbm/<pid>@<host>}
   * ({@link BbmInstance}), so that a busy message can name this process and its host. A name the
   * user gave (URL {@code application_name}, {@code PGAPPNAME}) is kept as given: they asked for it,
   * and a busy message about such a session can then give only the PostgreSQL backend's facts.
   */
  public static String defaultApplicationName() {
    return OwnName.NAME;
  }

  /** Reads the host once, on first use. */
  private static final class OwnName {
    static final String NAME = BbmInstance.current(LocalHost.name()).applicationName();
  }

  /** Settings with the default connect timeout ({@link #CONNECT_TIMEOUT_SECONDS}) and prepareThreshold. */
  public ConnectionSettings(String host, int port, String database, String user, String password, String sslMode,
      String applicationName) {
    this(host, port, database, user, password, sslMode, applicationName, CONNECT_TIMEOUT_SECONDS, null);
  }

  /** The same connection, giving up on the connect after {@code seconds} (shell completion's short wait). */
  public ConnectionSettings withConnectTimeout(int seconds) {
    return new ConnectionSettings(host, port, database, user, password, sslMode, applicationName, seconds,
        prepareThreshold);
  }

  /** True when {@link #host} is a socket directory rather than a network host. */
  public boolean isUnixSocket() {
    return host.startsWith("/");
  }

  /** The socket file the server listens on, {@code <dir>/.s.PGSQL.<port>}; only for socket hosts. */
  public String socketPath() {
    String dir = host.endsWith("/") && host.length() > 1 ? host.substring(0, host.length() - 1) : host;
    return dir + "/.s.PGSQL." + port;
  }

  /** The pgjdbc URL; credentials and options travel in {@link #jdbcProperties()}, never here. */
  public String jdbcUrl() {
    String h;
    if (isUnixSocket()) {
      h = "localhost";
    } else if (host.indexOf(':') >= 0) {
      h = "[" + host + "]";
    } else {
      h = host;
    }
    return "jdbc:postgresql://" + h + ":" + port + "/" + URLEncoder.encode(database, StandardCharsets.UTF_8);
  }

  /**
   * The driver properties: credentials, application name, timeouts, SSL, the socket factory, and the
   * user's prepareThreshold (bbm sets no other).
   */
  public Properties jdbcProperties() {
    Properties p = new Properties();
    p.setProperty("user", user);
    if (password != null) {
      p.setProperty("password", password);
    }
    p.setProperty("ApplicationName", applicationName);
    p.setProperty("connectTimeout", Integer.toString(connectTimeoutSeconds));
    p.setProperty("assumeMinServerVersion", "12");
    p.setProperty("tcpKeepAlive", "true");
    if (prepareThreshold != null) {
      p.setProperty("prepareThreshold", prepareThreshold.toString());
    }
    if (isUnixSocket()) {
      p.setProperty("socketFactory", SOCKET_FACTORY);
      p.setProperty("socketFactoryArg", socketPath());
      // libpq never uses SSL on a Unix-domain socket, whatever sslmode says; neither do we.
      p.setProperty("sslmode", "disable");
    } else if (sslMode != null) {
      p.setProperty("sslmode", sslMode);
    }
    return p;
  }

  /** For messages: {@code host "db", port 5432, database "gitlabhq_production", user "gitlab"}. */
  public String describe() {
    return "host \"" + host + "\", port " + port + ", database \"" + database + "\", user \"" + user + "\"";
  }

  /** Which database, for messages: {@code host "db", port 5432, database "gitlabhq_production"}. */
  public String describeTarget() {
    return "host \"" + host + "\", port " + port + ", database \"" + database + "\"";
  }

  @Override
  public String toString() {
    return "ConnectionSettings[host=" + host + ", port=" + port + ", database=" + database + ", user=" + user
        + ", password=" + (password == null ? "null" : "***") + ", sslMode=" + sslMode
        + ", applicationName=" + applicationName + ", connectTimeoutSeconds=" + connectTimeoutSeconds
        + ", prepareThreshold=" + prepareThreshold + "]";
  }
}
