package dev.bbm.faults;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bbm.config.ConnectionRequest;
import dev.bbm.config.ConnectionResolver;
import dev.bbm.config.ConnectionSettings;
import dev.bbm.config.Connector;
import dev.bbm.store.Database;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.PgBouncer;
import dev.bbm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.postgresql.PGConnection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Item 11: a real PgBouncer (Debian's package) between bbm and PostgreSQL. In transaction pooling
 * mode bbm's session advisory locks and settings would land on whichever server connection the pool
 * hands out (locks left on pooled connections, a migration left finalizing under a backend nothing
 * can take over), so every command that writes is refused with one sentence naming PgBouncer and exit
 * 7, and nothing changes: the data, the bookkeeping rows (updated_at included), no advisory lock
 * left in pg_locks, seen on PostgreSQL directly. status reads through it with a warning. In session
 * mode, which keeps a session's state, finalize runs as on PostgreSQL directly.
 */
@Tag("faults")
class PgBouncerTest {
  private static final int ITEM = 11;
  private static final String[] TABLES = {"events", "batched_background_migrations",
      "batched_background_migration_jobs", "batched_background_migration_job_transition_logs"};

  @BeforeEach
  void needsPgBouncer() {
    assumeTrue(PgBouncer.available(), "pgbouncer is not installed at " + PgBouncer.BINARY
        + " (apt-get install pgbouncer; .ci/run installs it); skipping the tests that need a real PgBouncer");
  }

  @Test
  void transactionPoolingRefusesEveryWriteAndChangesNothing() {
    FaultLedger.caseRun(ITEM);
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6);
        PgBouncer bouncer = PgBouncer.start(db.server(), "transaction", 4)) {
      long id = Faults.copyMigration(db, 2_000, 500, 100);
      GitlabFixture f = new GitlabFixture(db);
      f.job(id, 1, 500, 3, 1, "1 hour");
      f.job(id, 501, 1_000, 2, 3, "1 hour");
      FaultLedger.faults(ITEM, 1);
      String before = Faults.snapshot(db, TABLES);
      CliRunner cli = new CliRunner().env("BBM_DATABASE_URL", bouncer.uri(db.name()));

      CliRunner.Result status = cli.run("status", "main_" + id);
      assertThat(status).withContext("status reads through PgBouncer").exitedWith(UNFINISHED);
      assertTrue(status.out().contains("main_" + id), status.out());
      assertTrue(status.err().contains("warning: database main is reached through PgBouncer (or another"
          + " pooler) in transaction pooling mode; reading works"), status.err());

      long changes = 0;
      for (String[] args : new String[][] {{"finalize", "main_" + id, "--pause-ms", "0"},
          {"retry", "main_" + id}, {"mark-finished", "main_" + id, "--yes"}, {"pause", "main_" + id},
          {"finalize", "main_" + id, "--parallel", "2", "--pause-ms", "0"}}) {
        CliRunner.Result r = cli.run(args);
        assertThat(r).withContext(String.join(" ", args)).exitedWith(CANNOT_CONNECT);
        String last = r.err().strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.startsWith("bbm: database main is reached through PgBouncer (or another pooler) in"
            + " transaction pooling mode,"), r.err());
        assertTrue(last.contains("nothing was changed, connect bbm to PostgreSQL directly, not through PgBouncer"),
            last);
        assertTrue(last.contains("https://docs.gitlab.com/administration/postgresql/pgbouncer/"), last);
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertEquals(1, last.split("\\. ").length, "one sentence: " + last);
        changes += before.equals(Faults.snapshot(db, TABLES)) ? 0 : 1;
      }
      long locks = Faults.advisoryLocks(db);
      FaultLedger.rowsChecked(ITEM, 2_000);
      FaultLedger.lost(ITEM, changes + locks);
      assertEquals(before, Faults.snapshot(db, TABLES), "a refused command changed the database");
      assertEquals(0, changes);
      assertEquals(0, locks, "an advisory lock was left on a pooled server connection");
      assertEquals(1, f.status(id));

      CliRunner.Result direct = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0");
      assertThat(direct).withContext("the same finalize on PostgreSQL directly").exitedWith(OK);
    }
  }

  @Test
  void aPoolOfOneServerConnectionIsRefusedToo() {
    FaultLedger.caseRun(ITEM);
    try (TestDatabase db = TestDatabase.create(GitlabLayout.BEFORE_17_6);
        PgBouncer bouncer = PgBouncer.start(db.server(), "transaction", 1)) {
      long id = Faults.copyMigration(db, 1_000, 500, 100);
      FaultLedger.faults(ITEM, 1);
      String before = Faults.snapshot(db, TABLES);

      CliRunner.Result r = new CliRunner().env("BBM_DATABASE_URL", bouncer.uri(db.name()))
          .run("finalize", "main_" + id, "--pause-ms", "0");

      assertThat(r).exitedWith(CANNOT_CONNECT);
      assertTrue(r.err().contains("PgBouncer"), r.err());
      long changed = before.equals(Faults.snapshot(db, TABLES)) ? 0 : 1;
      long locks = Faults.advisoryLocks(db);
      FaultLedger.rowsChecked(ITEM, 1_000);
      FaultLedger.lost(ITEM, changed + locks);
      assertEquals(0, changed);
      assertEquals(0, locks);
    }
  }

  @Test
  void sessionPoolingKeepsTheSessionAndFinalizeRuns() {
    FaultLedger.caseRun(ITEM);
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6);
        PgBouncer bouncer = PgBouncer.start(db.server(), "session", 4)) {
      long id = Faults.copyMigration(db, 3_000, 500, 100);
      CliRunner cli = new CliRunner().env("BBM_DATABASE_URL", bouncer.uri(db.name()));

      CliRunner.Result status = cli.run("status", "main_" + id);
      assertThat(status).exitedWith(UNFINISHED);
      assertFalse(status.err().contains("PgBouncer"), status.err());

      CliRunner.Result r = cli.run("finalize", "main_" + id, "--pause-ms", "0", "--parallel", "2");
      assertThat(r).withContext("finalize through session-mode PgBouncer").exitedWith(OK);
      assertFalse(r.err().contains("PgBouncer"), r.err());
      assertNull(Faults.verifyFinished(ITEM, db, id, "events", true));
      assertEquals(0, Faults.advisoryLocks(db));
    }
  }

  @Test
  void aUsersPrepareThresholdIsPassedThroughAndElseNamedStatementsAreAvoidedBehindThePooler() throws Exception {
    FaultLedger.caseRun(ITEM);
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6);
        PgBouncer bouncer = PgBouncer.start(db.server(), "transaction", 2)) {
      FaultLedger.faults(ITEM, 1);
      ConnectionSettings given = settings(bouncer.uri(db.name()) + "?prepareThreshold=7");
      assertEquals(7, given.prepareThreshold());
      try (Database d = new Database("main", () -> Connector.open(given)).prepareThresholdGiven(true)) {
        assertTrue(d.transactionPooled());
        d.avoidNamedPreparedStatements();
        assertEquals(7, d.session().unwrap(PGConnection.class).getPrepareThreshold(), "the user's value stays");
      }
      ConnectionSettings zero = settings("jdbc:postgresql://127.0.0.1:" + bouncer.port() + "/" + db.name()
          + "?user=postgres&prepareThreshold=0");
      try (Connection c = Connector.open(zero)) {
        assertEquals(0, c.unwrap(PGConnection.class).getPrepareThreshold());
      }
      ConnectionSettings plain = settings(bouncer.uri(db.name()));
      try (Database d = new Database("main", () -> Connector.open(plain)).prepareThresholdGiven(false)) {
        assertTrue(d.transactionPooled());
        d.avoidNamedPreparedStatements();
        Connection s = d.session();
        assertEquals(0, s.unwrap(PGConnection.class).getPrepareThreshold());
        // another client holds the server connection the session last used, so the session's next
        // statement runs on the other one: a named prepared statement would be missing there
        try (Connection other = Connector.open(plain);
            PreparedStatement ps = s.prepareStatement("SELECT count(*) FROM batched_background_migrations")) {
          other.setAutoCommit(false);
          for (int i = 0; i < 20; i++) {
            if (i % 2 == 1) {
              other.createStatement().execute("SELECT 1");
            }
            try (ResultSet rs = ps.executeQuery()) {
              assertTrue(rs.next());
            }
            if (i % 2 == 1) {
              other.commit();
            }
          }
        }
      }
      FaultLedger.rowsChecked(ITEM, 0);
    }
  }

  private static ConnectionSettings settings(String url) {
    return ConnectionResolver.resolve(new ConnectionRequest(url, null, null, null, null), Map.of(), null);
  }
}
