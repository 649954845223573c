package dev.bbm.faults;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.store.RunnerLocks;
import dev.bbm.testing.BbmProcess;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.PostgresServer;
import dev.bbm.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 9: bbm run under two database roles, neither a superuser nor a member of pg_read_all_stats,
 * as GitLab's gitlab-psql and gitlab are. Each sees the other's sessions in pg_stat_activity
 * without their backend_start, so a runner judged by it looked gone: a --join under the other role
 * reran live jobs at once. A trigger counts every update of every row; each must be updated once.
 */
@Tag("faults")
class RoleLivenessTest {
  private static final int ITEM = 9;
  private static final String PASSWORD = "bbm-test-role";
  /** The runner locks' namespace ("bbmR"), as pg_locks.classid shows it. */
  private static final long RUNNER_LOCKS = 0x62626d52L;

  /** Two login roles on the test database: the owner of its tables and one granted what bbm needs. */
  private record Roles(String owner, String user) {}

  private static Roles roles(TestDatabase db) {
    Roles r = new Roles("gitlab_psql_" + db.name(), "gitlab_" + db.name());
    for (String role : new String[] {r.owner(), r.user()}) {
      db.server().admin("DROP ROLE IF EXISTS " + role);
      db.server().admin("CREATE ROLE " + role + " LOGIN NOSUPERUSER PASSWORD '" + PASSWORD + "'");
    }
    db.execute("GRANT USAGE, CREATE ON SCHEMA public TO " + r.owner() + ", " + r.user());
    db.execute("DO $$ DECLARE t record; BEGIN FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        + " LOOP EXECUTE format('ALTER TABLE %I OWNER TO %I', t.tablename, '" + r.owner() + "'); END LOOP; END $$");
    db.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + r.user());
    db.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO " + r.user());
    assertEquals(0, db.count("SELECT count(*) FROM pg_roles WHERE rolname IN (?, ?) AND (rolsuper"
        + " OR pg_has_role(oid, 'pg_read_all_stats', 'MEMBER'))", r.owner(), r.user()));
    return r;
  }

  private static void dropRoles(TestDatabase db, Roles r) {
    db.close();
    try {
      db.server().admin("DROP ROLE IF EXISTS " + r.owner());
      db.server().admin("DROP ROLE IF EXISTS " + r.user());
    } catch (IllegalStateException kept) {
      // the database was kept (bbm.test.keepDatabases), and the roles with it
    }
  }

  private static String uri(TestDatabase db, String role) {
    PostgresServer s = db.server();
    return "postgresql://" + role + ":" + PASSWORD + "@" + s.host() + ":" + s.port() + "/" + db.name();
  }

  private static Connection connect(TestDatabase db, String role) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", role);
    p.setProperty("password", PASSWORD);
    return DriverManager.getConnection(db.server().jdbcUrl(db.name()), p);
  }

  private static CliRunner as(TestDatabase db, String role) {
    return new CliRunner().env("BBM_DATABASE_URL", uri(db, role));
  }

  private static int jobsRun(String out) {
    Matcher m = Pattern.compile(": (\\d+) job\\(s\\)").matcher(out);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  @Test
  void aJoinerAndAFinalizerUnderAnotherRoleNeverRunALiveJobAgain(@TempDir Path tmp) throws Exception {
    FaultLedger.caseRun(ITEM);
    TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6);
    Roles roles = null;
    try {
      long id = Faults.copyMigration(db, 6_000, 500, 100);
      ConcurrencyTest.countUpdates(db, "events", 0.02);
      roles = roles(db);
      // paced (60 sub-batches of 300 ms over two workers: 9 s), so that it is mid-job whenever the other
      // role looks, however slowly a loaded machine starts the joiner's JVM
      Process first = BbmProcess.start(tmp.resolve("first"), Map.of("BBM_DATABASE_URL", uri(db, roles.owner())),
          "finalize", "main_" + id, "--parallel", "2", "--pause-ms", "300");
      awaitRunningJob(db, first);

      CliRunner.Result status = as(db, roles.user()).run("status");
      CliRunner.Result plain = as(db, roles.user()).run("finalize", "main_" + id, "--pause-ms", "0");
      Process joiner = BbmProcess.start(tmp.resolve("joiner"), Map.of("BBM_DATABASE_URL", uri(db, roles.user())),
          "finalize", "main_" + id, "--join", "--pause-ms", "150");
      FaultLedger.faults(ITEM, 1);

      assertTrue(joiner.waitFor(120, TimeUnit.SECONDS) && first.waitFor(120, TimeUnit.SECONDS), "both end");
      // first what a double run leaves: rows updated twice, counted as lost
      ConcurrencyTest.eachRowUpdatedOnce(db, "events", ITEM);
      assertThat(status).exitedWith(UNFINISHED);
      // application_name is visible to every role: the holder is named by its bbm process and host
      assertTrue(status.out().contains("being finalized by bbm process " + first.pid() + " on "), status.out());
      assertFalse(status.out().contains("since null"), status.out());
      assertThat(plain).exitedWith(BUSY);
      assertTrue(plain.err().contains("is already being finalized by bbm process " + first.pid() + " on ")
          && plain.err().contains("(PostgreSQL backend pid ") && !plain.err().contains("null"),
          plain.err());
      assertThat(first, tmp.resolve("first")).exitedWith(OK);
      assertThat(joiner, tmp.resolve("joiner")).exitedWith(OK);
      String joined = Files.readString(tmp.resolve("joiner/out.txt"));
      assertEquals(null, Faults.verifyFinished(ITEM, db, id, "events", true));
      int byFirst = jobsRun(Files.readString(tmp.resolve("first/out.txt")));
      assertTrue(jobsRun(joined) > 0 && byFirst > 0, "both ran jobs: " + joined);
      assertEquals(0, db.count("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = ?::oid",
          RUNNER_LOCKS), "no runner lock left");
    } finally {
      if (roles != null) {
        dropRoles(db, roles);
      } else {
        db.close();
      }
    }
  }

  @Test
  void aRunnerIsAliveExactlyWhileItsJobLockIsHeld() throws Exception {
    FaultLedger.caseRun(ITEM);
    TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6);
    Roles roles = null;
    try {
      GitlabFixture f = new GitlabFixture(db);
      long id = Faults.copyMigration(db, 1_000, 500, 100);
      long job = f.job(id, 1, 500, 1, 1, "1 minute");
      ConcurrencyTest.countUpdates(db, "events", 0);
      roles = roles(db);
      try (Connection runner = connect(db, roles.owner())) {
        // a bbm runner's metrics naming a backend that is there (the owner's session), with its start
        String metrics = runnerMetrics(runner, true);
        db.execute("UPDATE batched_background_migration_jobs SET metrics = '" + metrics + "' WHERE id = " + job);
        db.execute("UPDATE batched_background_migrations SET status = 5 WHERE id = " + id);

        // its lock held: alive, to every role, however the backend looks
        lock(runner, job);
        CliRunner.Result busy = as(db, roles.user()).run("finalize", "main_" + id, "--pause-ms", "0");
        assertThat(busy).exitedWith(BUSY);
        assertTrue(busy.err().contains("is running in another bbm"), busy.err());
        assertEquals(0, db.count("SELECT count(*) FROM update_counts"), "nothing ran");

        // its lock given back while the backend lives on: the runner is gone, the job is retried
        unlock(runner, job);
        CliRunner.Result retried = as(db, roles.user()).run("finalize", "main_" + id, "--pause-ms", "0");
        FaultLedger.faults(ITEM, 1);
        assertThat(retried).exitedWith(OK);
        assertTrue(retried.err().contains("the bbm that ran it (pid "), retried.err());
      }
      ConcurrencyTest.eachRowUpdatedOnce(db, "events", ITEM);
      assertEquals(2, db.count("SELECT attempts FROM batched_background_migration_jobs WHERE id = ?", job));
    } finally {
      if (roles != null) {
        dropRoles(db, roles);
      } else {
        db.close();
      }
    }
  }

  @Test
  void aRunnerOfAnOlderBbmIsAliveWhileItsBackendMayBeIt() throws Exception {
    FaultLedger.caseRun(ITEM);
    TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6);
    Roles roles = null;
    try {
      GitlabFixture f = new GitlabFixture(db);
      long id = Faults.copyMigration(db, 1_000, 500, 100);
      long job = f.job(id, 1, 500, 1, 1, "1 minute");
      ConcurrencyTest.countUpdates(db, "events", 0);
      db.execute("UPDATE batched_background_migrations SET status = 5 WHERE id = " + id);
      roles = roles(db);
      try (Connection runner = connect(db, roles.owner())) {
        // written by a bbm without runner locks: only the backend can tell, and the other role cannot see its start
        db.execute("UPDATE batched_background_migration_jobs SET metrics = '" + runnerMetrics(runner, false)
            + "' WHERE id = " + job);
        CliRunner.Result busy = as(db, roles.user()).run("finalize", "main_" + id, "--pause-ms", "0");
        FaultLedger.faults(ITEM, 1);
        assertThat(busy).exitedWith(BUSY);
        assertEquals(0, db.count("SELECT count(*) FROM update_counts"), "nothing ran");
        CliRunner.Result status = as(db, roles.user()).run("status", "main_" + id);
        assertFalse(status.out().contains("since null"), status.out());
      }
      // the backend gone: the runner is gone
      awaitNoSessionOf(db, roles.owner());
      CliRunner.Result retried = as(db, roles.user()).run("finalize", "main_" + id, "--pause-ms", "0");
      assertThat(retried).exitedWith(OK);
      ConcurrencyTest.eachRowUpdatedOnce(db, "events", ITEM);
    } finally {
      if (roles != null) {
        dropRoles(db, roles);
      } else {
        db.close();
      }
    }
  }

  @Test
  void aRunnerLockThatCannotBeReadIsTakenAsHeld() throws Exception {
    FaultLedger.caseRun(ITEM);
    TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6);
    Roles roles = null;
    try {
      roles = roles(db);
      try (Connection c = connect(db, roles.user())) {
        assertFalse(RunnerLocks.held(c, 4242), "nobody holds it");
        db.execute("REVOKE SELECT ON pg_catalog.pg_locks FROM PUBLIC");
        FaultLedger.faults(ITEM, 1);
        assertTrue(RunnerLocks.held(c, 4242), "cannot tell is not gone");
      }
    } finally {
      if (roles != null) {
        dropRoles(db, roles);
      } else {
        db.close();
      }
    }
  }

  /** Metrics naming {@code c}'s backend as the runner, as bbm writes them (with or without its runner lock). */
  private static String runnerMetrics(Connection c, boolean jobLock) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid(),"
        + " to_char(backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') FROM pg_stat_activity"
        + " WHERE pid = pg_backend_pid()")) {
      rs.next();
      return "{\"bbm_runner\": {\"pid\": " + rs.getInt(1) + ", \"backend_start\": \"" + rs.getString(2) + "\""
          + (jobLock ? ", \"job_lock\": true" : "") + "}}";
    }
  }

  private static void lock(Connection c, long job) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_lock(?, ?)")) {
      ps.setInt(1, (int) RUNNER_LOCKS);
      ps.setInt(2, (int) job);
      ps.execute();
    }
  }

  private static void unlock(Connection c, long job) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
      ps.setInt(1, (int) RUNNER_LOCKS);
      ps.setInt(2, (int) job);
      ps.execute();
    }
  }

  private static void awaitNoSessionOf(TestDatabase db, String role) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (db.count("SELECT count(*) FROM pg_stat_activity WHERE usename = ?", role) > 0) {
      assertTrue(System.nanoTime() < deadline, "the runner's backend never ended");
      Thread.sleep(10);
    }
  }

  private static void awaitRunningJob(TestDatabase db, Process p) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (db.count("SELECT count(*) FROM batched_background_migration_jobs WHERE status = 1") == 0) {
      assertTrue(p.isAlive() && System.nanoTime() < deadline, "the first finalizer never ran a job");
      Thread.sleep(10);
    }
  }
}
