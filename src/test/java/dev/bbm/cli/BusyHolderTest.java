package dev.bbm.cli;

import static dev.bbm.domain.ExitCode.BUSY;
import static dev.bbm.domain.ExitCode.OK;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.config.ConnectionRequest;
import dev.bbm.config.ConnectionResolver;
import dev.bbm.config.ConnectionSettings;
import dev.bbm.config.Connector;
import dev.bbm.domain.BbmInstance;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a busy message says which bbm holds the migration (its process id and host, carried in
 * application_name) and which pid is PostgreSQL's backend; a holder that is not a bbm gets the
 * backend's facts only.
 */
class BusyHolderTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  /** bbm's finalizer lock namespace ("bbm1"), as store.AdvisoryLock takes it. */
  private static final int NAMESPACE = 0x62626d31;

  @Test
  void bbmsOwnConnectionCarriesThisProcessAndHost() throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      ConnectionSettings s = ConnectionResolver.resolve(new ConnectionRequest(db.uri(), null, null, null, null),
          Map.of(), Path.of("/nonexistent"));
      try (Connection c = Connector.open(s); Statement st = c.createStatement();
          ResultSet rs = st.executeQuery(
              "SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()")) {
        rs.next();
        String name = rs.getString(1);
        Optional<BbmInstance> me = BbmInstance.parse(name);
        assertTrue(me.isPresent(), name);
        assertEquals(ProcessHandle.current().pid(), me.get().pid(), name);
        assertFalse(me.get().host().isEmpty(), name);
      }
    }
  }

  @Test
  void aBbmHolderIsNamedByProcessAndHostBesideItsBackend() throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      long id = migration(db);
      String before = state(db, id);
      try (Connection holder = db.connect()) {
        int backend = hold(holder, id, "bbm/12345@otherhost");
        CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id);
        assertThat(r).exitedWith(BUSY);
        assertTrue(r.err().contains("main_" + id + " is already being finalized by bbm process 12345 on otherhost"
            + " (PostgreSQL backend pid " + backend + ", from ") && r.err().contains(", since ")
            && r.err().contains(" UTC); wait"), r.err());
        assertTrue(r.err().contains("kill 12345 on otherhost") && r.err().contains("--join"), r.err());
        assertEquals(before, state(db, id), "nothing changed");

        CliRunner.Result mark = CliRunner.against(db).run("mark-finished", "main_" + id, "--yes");
        assertThat(mark).exitedWith(BUSY);
        assertTrue(mark.err().contains("is locked by bbm process 12345 on otherhost (PostgreSQL backend pid "
            + backend) && !mark.err().contains("probably"), mark.err());

        holder.createStatement().execute("UPDATE batched_background_migrations SET status = 5 WHERE id = " + id);
        CliRunner.Result status = CliRunner.against(db).run("status");
        assertTrue(status.out().contains("being finalized by bbm process 12345 on otherhost (backend pid "
            + backend + ")"), status.out());

        holder.createStatement().execute("UPDATE batched_background_migrations SET status = 4 WHERE id = " + id);
        CliRunner.Result retry = CliRunner.against(db).run("retry", "main_" + id);
        assertThat(retry).exitedWith(BUSY);
        assertTrue(retry.err().contains("is locked by bbm process 12345 on otherhost (PostgreSQL backend pid "
            + backend), retry.err());
      }
    }
  }

  @Test
  void aForeignHolderGetsTheBackendsFactsOnly() throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.BEFORE_17_6)) {
      long id = migration(db);
      try (Connection holder = db.connect()) {
        int backend = hold(holder, id, "psql");
        CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id);
        assertThat(r).exitedWith(BUSY);
        assertTrue(r.err().contains("is already being finalized by pid " + backend + " (application psql"), r.err());
        assertFalse(r.err().contains("bbm process") || r.err().contains("kill "), r.err());
      }
      CliRunner.Result after = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0");
      assertThat(after).exitedWith(OK);
    }
  }

  @Test
  void aJobRunningInAnotherBbmNamesThatProcessAndHost() throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      long id = migration(db);
      long job = new GitlabFixture(db).job(id, 1, 100, 1, 1, "1 minute");
      try (Connection runner = db.connect(); Statement s = runner.createStatement()) {
        s.execute("SET application_name = 'bbm/23456@runnerhost'");
        int backend;
        String start;
        try (ResultSet rs = s.executeQuery("SELECT pg_backend_pid(), to_char(backend_start AT TIME ZONE 'UTC',"
            + " 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') FROM pg_stat_activity WHERE pid = pg_backend_pid()")) {
          rs.next();
          backend = rs.getInt(1);
          start = rs.getString(2);
        }
        // a runner written without a job lock is judged by its backend, which is there
        db.execute("UPDATE batched_background_migration_jobs SET metrics = '{\"bbm_runner\": {\"pid\": " + backend
            + ", \"backend_start\": \"" + start + "\"}}' WHERE id = " + job);
        CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0");
        assertThat(r).exitedWith(BUSY);
        assertTrue(r.err().contains("job " + job + " of migration main_" + id + " is running in bbm process 23456 on"
            + " runnerhost (PostgreSQL backend pid " + backend + ")"), r.err());
      }
    }
  }

  private static long migration(TestDatabase db) {
    GitlabFixture f = new GitlabFixture(db);
    f.copyTable("events", 300, new String[] {"id"}, new String[] {"id_convert_to_bigint"});
    return f.migration(COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 300, 100, 50, 1);
  }

  /** Takes bbm's finalizer lock of the migration on {@code c}, named {@code applicationName}; its backend pid. */
  private static int hold(Connection c, long id, String applicationName) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET application_name = '" + applicationName + "'");
      try (ResultSet rs = s.executeQuery("SELECT pg_backend_pid(), pg_advisory_lock(" + NAMESPACE + ", " + id + ")")) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static String state(TestDatabase db, long id) {
    return db.scalar("SELECT status || '/' || (SELECT count(*) FROM batched_background_migration_jobs)"
        + " FROM batched_background_migrations WHERE id = " + id).toString();
  }
}
