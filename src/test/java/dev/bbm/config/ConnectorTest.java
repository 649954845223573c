package dev.bbm.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real connections to an embedded PostgreSQL listening on TCP localhost and on a socket directory. */
class ConnectorTest {
  private static final String PW_USER = "bbm_pw";
  private static final String PW = "right-pw";

  private static Path socketDir;
  private static EmbeddedPostgres pg;

  @TempDir
  Path home;

  @BeforeAll
  static void start() throws Exception {
    socketDir = Files.createTempDirectory("bbm-zsock");
    pg = EmbeddedPostgres.builder().setServerConfig("unix_socket_directories", socketDir.toString()).start();
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
      st.execute("CREATE ROLE " + PW_USER + " LOGIN PASSWORD '" + PW + "'");
      ResultSet rs = st.executeQuery("SHOW hba_file");
      rs.next();
      Path hba = Path.of(rs.getString(1));
      String rules = "local all " + PW_USER + " scram-sha-256\n"
          + "host all " + PW_USER + " 127.0.0.1/32 scram-sha-256\n"
          + "host all " + PW_USER + " ::1/128 scram-sha-256\n";
      Files.writeString(hba, rules + Files.readString(hba));
      st.execute("SELECT pg_reload_conf()");
    }
    awaitPasswordRequired();
  }

  /** pg_reload_conf() only signals the postmaster; wait until the new pg_hba.conf is in force. */
  private static void awaitPasswordRequired() throws InterruptedException {
    Properties p = new Properties();
    p.setProperty("user", PW_USER);
    for (int i = 0; i < 100; i++) {
      try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + pg.getPort() + "/postgres", p)) {
        Thread.sleep(100);
      } catch (SQLException expected) {
        return;
      }
    }
    throw new IllegalStateException("pg_hba.conf reload did not take effect");
  }

  @AfterAll
  static void stop() throws IOException {
    try {
      if (pg != null) {
        pg.close();
      }
    } finally {
      Files.deleteIfExists(socketDir);
    }
  }

  private static ConnectionSettings tcp(int port, String database, String user, String password) {
    return new ConnectionSettings("localhost", port, database, user, password, null, null);
  }

  private static List<Object> whoAmI(Connection c) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT current_user, current_database(), current_setting('application_name'), inet_server_addr() IS NULL")) {
      rs.next();
      return List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4));
    }
  }

  private static BbmException connectFails(ConnectionSettings s) {
    return assertThrows(BbmException.class, () -> Connector.open(s).close());
  }

  @Test
  void goodTcpConnectionFromAResolvedUrl() throws Exception {
    ConnectionSettings s = ConnectionResolver.resolve(
        new ConnectionRequest("postgresql://postgres@localhost:" + pg.getPort() + "/postgres", null, null, null, null),
        Map.of(), home);
    try (Connection c = Connector.open(s)) {
      assertEquals(List.of("postgres", "postgres", ConnectionSettings.defaultApplicationName(), false), whoAmI(c));
    }
  }

  @Test
  void wrongPortIsExit7NamingWhereItTried() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    BbmException e = connectFails(tcp(port, "gitlabhq_production", "gitlab", "hunter2"));
    assertEquals(ExitCode.CANNOT_CONNECT, e.exitCode());
    assertEquals("cannot connect to PostgreSQL (host \"localhost\", port " + port
        + ", database \"gitlabhq_production\", user \"gitlab\"): connection refused", e.getMessage());
  }

  @Test
  void passwordIsSentAndAWrongOneIsExit7() throws Exception {
    try (Connection c = Connector.open(tcp(pg.getPort(), "postgres", PW_USER, PW))) {
      assertEquals(PW_USER, whoAmI(c).get(0));
    }
    BbmException e = connectFails(tcp(pg.getPort(), "postgres", PW_USER, "wrong-pw"));
    assertEquals(ExitCode.CANNOT_CONNECT, e.exitCode());
    assertTrue(e.getMessage().endsWith("user \"" + PW_USER + "\"): password authentication failed"), e.getMessage());
    assertFalse(e.getMessage().contains("wrong-pw"), e.getMessage());
  }

  @Test
  void missingPasswordIsExit7() {
    BbmException e = connectFails(tcp(pg.getPort(), "postgres", PW_USER, null));
    assertEquals(ExitCode.CANNOT_CONNECT, e.exitCode());
    assertTrue(e.getMessage().endsWith("the server asks for a password and none was given"), e.getMessage());
  }

  @Test
  void passwordFromPgpassReachesTheServer() throws Exception {
    Path f = home.resolve(".pgpass");
    Files.writeString(f, "localhost:" + pg.getPort() + ":postgres:" + PW_USER + ":" + PW + "\n");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
    ConnectionSettings s = ConnectionResolver.resolve(
        new ConnectionRequest(null, "localhost", pg.getPort(), PW_USER, "postgres"), Map.of(), home);
    try (Connection c = Connector.open(s)) {
      assertEquals(PW_USER, whoAmI(c).get(0));
    }
  }

  @Test
  void unknownDatabaseIsExit7() {
    BbmException e = connectFails(tcp(pg.getPort(), "no_such_db", "postgres", null));
    assertEquals(ExitCode.CANNOT_CONNECT, e.exitCode());
    assertEquals("cannot connect to PostgreSQL (host \"localhost\", port " + pg.getPort()
        + ", database \"no_such_db\", user \"postgres\"): database \"no_such_db\" does not exist", e.getMessage());
  }

  @Test
  void socketDirectoryAsHostConnectsThroughTheSocket() throws Exception {
    ConnectionSettings s = ConnectionResolver.resolve(
        new ConnectionRequest(null, socketDir.toString(), pg.getPort(), "postgres", "postgres"), Map.of(), home);
    try (Connection c = Connector.open(s)) {
      // inet_server_addr() is NULL only for a Unix-domain socket connection
      assertEquals(List.of("postgres", "postgres", ConnectionSettings.defaultApplicationName(), true), whoAmI(c));
    }
  }

  @Test
  void socketDirectoryWithoutSocketIsExit7() throws IOException {
    Path empty = Files.createDirectory(home.resolve("nosock"));
    BbmException e = connectFails(new ConnectionSettings(empty.toString(), 5432, "d", "u", null, null, null));
    assertEquals(ExitCode.CANNOT_CONNECT, e.exitCode());
    assertTrue(e.getMessage().endsWith("no such socket file \"" + empty + "/.s.PGSQL.5432\""), e.getMessage());
  }
}
