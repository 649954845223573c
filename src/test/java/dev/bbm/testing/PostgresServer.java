package dev.bbm.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The one PostgreSQL server of a test run: the server named by BBM_TEST_DATABASE_URL, else (only
 * in a build with the Maven profile {@code docker}) a Testcontainers container when a Docker engine
 * answers, else an embedded server (zonky).
 */
public final class PostgresServer {
  private static PostgresServer instance;

  private final String host;
  private final int port;
  private final String user;
  private final String password;
  private final String adminDatabase;
  private final String source;

  private PostgresServer(String host, int port, String user, String password, String adminDatabase, String source) {
    this.host = host;
    this.port = port;
    this.user = user;
    this.password = password;
    this.adminDatabase = adminDatabase;
    this.source = source;
  }

  public static synchronized PostgresServer get() {
    if (instance == null) {
      instance = start();
    }
    return instance;
  }

  private static PostgresServer start() {
    String url = System.getenv("BBM_TEST_DATABASE_URL");
    if (url != null && !url.isBlank()) {
      return fromUrl(url);
    }
    if (dockerEngineLikely()) {
      PostgresServer viaDocker = viaTestcontainers();
      if (viaDocker != null) {
        return viaDocker;
      }
    }
    try {
      EmbeddedPostgres pg = EmbeddedPostgres.builder()
          .setServerConfig("max_connections", "200")
          .setServerConfig("fsync", "off")
          .setServerConfig("synchronous_commit", "off")
          .setServerConfig("full_page_writes", "off")
          .start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          pg.close();
        } catch (IOException ignored) {
          // the JVM is going away; the temp cluster is removed by zonky's own cleanup
        }
      }));
      return new PostgresServer("localhost", pg.getPort(), "postgres", null, "postgres", "embedded");
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
    }
  }

  /** A server the test started itself (a second cluster), reached with {@code user} and no password. */
  public static PostgresServer of(String host, int port, String user, String password, String db, String source) {
    return new PostgresServer(host, port, user, password, db, source);
  }

  /** postgresql://user:pass@host:port/db or a jdbc:postgresql: URL. */
  private static PostgresServer fromUrl(String url) {
    java.net.URI uri = java.net.URI.create(url.startsWith("jdbc:") ? url.substring(5) : url);
    String userInfo = uri.getUserInfo();
    String user = "postgres";
    String password = null;
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      user = colon < 0 ? userInfo : userInfo.substring(0, colon);
      password = colon < 0 ? null : userInfo.substring(colon + 1);
    }
    String db = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
    int port = uri.getPort() > 0 ? uri.getPort() : 5432;
    return new PostgresServer(uri.getHost(), port, user, password, db, "BBM_TEST_DATABASE_URL");
  }

  /**
   * TestcontainersServer.tryStart(), when the build has it: it lives in src/test-docker/java, which
   * (with the Testcontainers dependency) only the Maven profile {@code docker} adds. It is looked up
   * by name so that the default build compiles without Testcontainers; null when the class is absent
   * (the default build) or no container could be started.
   */
  private static PostgresServer viaTestcontainers() {
    try {
      Class<?> c = Class.forName("dev.bbm.testing.TestcontainersServer");
      return (PostgresServer) c.getDeclaredMethod("tryStart").invoke(null);
    } catch (ClassNotFoundException e) {
      return null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("could not call TestcontainersServer.tryStart()", e);
    }
  }

  private static boolean dockerEngineLikely() {
    return System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  public String source() {
    return source;
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  /** A postgresql:// URI for bbm's --url option. */
  public String uri(String database) {
    String auth = password == null ? user : user + ":" + password;
    return "postgresql://" + auth + "@" + host + ":" + port + "/" + database;
  }

  public Connection connect(String database) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", user);
    if (password != null) {
      p.setProperty("password", password);
    }
    p.setProperty("ApplicationName", "bbm-tests");
    return DriverManager.getConnection(jdbcUrl(database), p);
  }

  public void admin(String sql) {
    try (Connection c = connect(adminDatabase); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
