package dev.bbm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.config.ConnectionRequest;
import dev.bbm.config.ConnectionResolver;
import dev.bbm.config.ConnectionSettings;
import dev.bbm.config.Connector;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The workers' pool: made only when asked for, its connections made as the session is, given back clean. */
class WorkerConnectionPoolTest {

  private static Database database(TestDatabase db) {
    ConnectionSettings s = ConnectionResolver.resolve(new ConnectionRequest(db.uri(), null, null, null, null),
        Map.of(), null);
    return new Database("main", () -> Connector.open(s));
  }

  private static String text(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static boolean poolThreads() {
    return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("bbm-workers-"));
  }

  @Test
  void workersGetTheirOwnBackendsMadeAsTheSessionIsAndGiveThemBackClean() throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6); Database d = database(db)) {
      d.requireBatchedTables();
      assertFalse(poolThreads(), "the session alone makes no pool");
      Connection a = d.workerConnection(2);
      Connection b = d.workerConnection(2);
      String session = text(d.session(), "SELECT pg_backend_pid()");
      String pidA = text(a, "SELECT pg_backend_pid()");
      assertNotEquals(session, pidA);
      assertNotEquals(pidA, text(b, "SELECT pg_backend_pid()"));
      for (String setting : new String[] {"application_name", "statement_timeout", "lock_timeout"}) {
        assertEquals(text(d.session(), "SHOW " + setting), text(a, "SHOW " + setting), setting);
      }
      assertTrue(a.getAutoCommit());
      Sessions.applyTimeouts(a, Duration.ofSeconds(7), Duration.ofSeconds(3));
      AdvisoryLock.joinWorkers(a, 4242);
      a.close();
      assertTrue(a.isClosed());
      Connection again = d.workerConnection(2);
      assertEquals(pidA, text(again, "SELECT pg_backend_pid()"), "a pooled backend is lent again");
      assertEquals(text(d.session(), "SHOW statement_timeout"), text(again, "SHOW statement_timeout"));
      assertEquals("0", text(again, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
          + " AND pid = pg_backend_pid()"), "its advisory locks were released when it was given back");
      again.close();
      b.close();
    }
    assertFalse(poolThreads(), "closing the database closes the pool");
  }

  @Test
  void aLaterRunWithMoreWorkersGrowsThePool() throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6); Database d = database(db)) {
      try (Connection one = d.workerConnection(1); Connection two = d.workerConnection(2)) {
        assertEquals(2, db.count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            + " AND application_name = ? AND pid <> pg_backend_pid()", ConnectionSettings.defaultApplicationName()));
      }
    }
  }

  @Test
  void aServerThatRefusesFailsWithTheOpenersOwnSentence() throws Exception {
    BbmException refused = new BbmException(ExitCode.CANNOT_CONNECT, "cannot connect to the test's nowhere");
    try (Database d = new Database("main", () -> {
      throw refused;
    })) {
      BbmException e = assertThrows(BbmException.class, () -> d.workerConnection(2));
      assertSame(refused, e);
    }
  }
}
