package dev.bbm.faults;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.LocalCluster;
import dev.bbm.testing.TestDatabase;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Item 8: a database that is not all there. No transition-log partition at all (bbm warns once and
 * finishes: the audit rows are GitLab's, the data work is not held hostage to them; also
 * engine/FailureModelTest for the current month's partition alone); a read-only database
 * (default_transaction_read_only, as on a replica) and a real hot standby streaming from a primary
 * of the suite's own: status reads it, finalize and mark-finished refuse with one sentence and
 * exit 1 and change nothing; the same finalize against the primary finishes.
 */
@Tag("faults")
class DegradedDatabaseTest {
  private static final int ITEM = 8;

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void noTransitionLogPartitionWarnsOnceAndFinishes(GitlabLayout layout) {
    FaultLedger.caseRun(ITEM);
    try (TestDatabase db = TestDatabase.create(layout)) {
      long id = Faults.copyMigration(db, 3_000, 500, 100);
      List<String> partitions = List.of(((String) db.scalar("SELECT string_agg(c.oid::regclass::text, ' ')"
          + " FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
          + " WHERE i.inhparent = 'batched_background_migration_job_transition_logs'::regclass")).split(" "));
      for (String p : partitions) {
        db.execute("DROP TABLE " + p);
      }
      FaultLedger.faults(ITEM, 1);

      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0");

      assertThat(r).exitedWith(OK);
      assertEquals(1, r.err().lines().filter(l -> l.contains("transition log row could not be written")).count(),
          r.err());
      GitlabFixture f = new GitlabFixture(db);
      long uncopied = f.uncopied("events", Faults.ID, Faults.ID_TO);
      FaultLedger.rowsChecked(ITEM, 3_000);
      FaultLedger.lost(ITEM, uncopied);
      assertEquals(0, uncopied);
      assertEquals(3, f.status(id));
      assertEquals(6, db.count("SELECT count(*) FROM batched_background_migration_jobs WHERE status = 3"
          + " AND attempts = 1 AND finished_at IS NOT NULL"));
      CliRunner.Result status = CliRunner.against(db).run("status", "main_" + id);
      assertThat(status).exitedWith(OK);
    }
  }

  @Test
  void readOnlyDatabaseIsReadButNotWritten() {
    FaultLedger.caseRun(ITEM);
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      long id = Faults.copyMigration(db, 2_000, 500, 100);
      new GitlabFixture(db).job(id, 1, 500, 2, 3, "1 hour");
      db.server().admin("ALTER DATABASE " + db.name() + " SET default_transaction_read_only = on");
      FaultLedger.faults(ITEM, 1);
      String before = Faults.snapshot(db, "events", "batched_background_migrations",
          "batched_background_migration_jobs", "batched_background_migration_job_transition_logs");

      CliRunner cli = CliRunner.against(db);
      CliRunner.Result status = cli.run("status", "main_" + id);
      assertThat(status).withContext("status reads a read-only database").exitedWith(UNFINISHED);
      for (String[] args : new String[][] {{"finalize", "main_" + id, "--pause-ms", "0"},
          {"mark-finished", "main_" + id, "--yes"}, {"pause", "main_" + id}}) {
        CliRunner.Result r = cli.run(args);
        assertThat(r).exitedWith(FAILURE);
        assertTrue(r.err().contains("bbm: database main is read-only (default_transaction_read_only is on, or a"
            + " replica); nothing was changed, connect to the primary or turn read-only off"), r.err());
      }
      String after = Faults.snapshot(db, "events", "batched_background_migrations",
          "batched_background_migration_jobs", "batched_background_migration_job_transition_logs");
      FaultLedger.rowsChecked(ITEM, 2_000);
      FaultLedger.lost(ITEM, before.equals(after) ? 0 : 1);
      assertEquals(before, after);

      db.server().admin("ALTER DATABASE " + db.name() + " RESET default_transaction_read_only");
      CliRunner.Result rerun = cli.run("finalize", "main_" + id, "--pause-ms", "0");
      assertThat(rerun).exitedWith(OK);
      assertNull(Faults.verifyFinished(ITEM, db, id, "events", false));
    }
  }

  @Test
  void hotStandbyIsReadButNotWritten() throws Exception {
    Assumptions.assumeTrue(LocalCluster.available(), "needs PostgreSQL's server binaries in " + LocalCluster.BIN
        + " (.ci/run installs postgresql-15)");
    FaultLedger.caseRun(ITEM);
    try (LocalCluster primary = LocalCluster.primary()) {
      TestDatabase db = TestDatabase.createOn(primary.server(), GitlabLayout.BEFORE_17_6);
      long id = Faults.copyMigration(db, 2_000, 500, 100);
      try (LocalCluster standby = LocalCluster.standbyOf(primary)) {
        TestDatabase replica = TestDatabase.onExisting(standby.server(), db.name());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (replica.count("SELECT count(*) FROM batched_background_migrations") == 0) {
          assertTrue(System.nanoTime() < deadline, "the standby never caught up");
          Thread.sleep(50);
        }
        assertEquals(Boolean.TRUE, replica.scalar("SELECT pg_is_in_recovery()"));
        FaultLedger.faults(ITEM, 1);
        String before = Faults.snapshot(db, "events", "batched_background_migrations",
            "batched_background_migration_jobs");

        CliRunner cli = CliRunner.against(replica);
        CliRunner.Result status = cli.run("status");
        assertThat(status).withContext("status reads a standby").exitedWith(UNFINISHED);
        assertTrue(status.out().contains("main_" + id), status.out());
        for (String[] args : new String[][] {{"finalize", "main_" + id, "--pause-ms", "0"},
            {"mark-finished", "main_" + id, "--yes"}}) {
          CliRunner.Result r = cli.run(args);
          assertThat(r).exitedWith(FAILURE);
          assertEquals("bbm: database main is a hot standby (in recovery), which bbm can only read; nothing was"
              + " changed, run the command against the primary", r.err().strip().lines().reduce((a, b) -> b)
              .orElse(""), r.err());
        }
        assertEquals(before, Faults.snapshot(db, "events", "batched_background_migrations",
            "batched_background_migration_jobs"));
        FaultLedger.rowsChecked(ITEM, 2_000);
      }
      CliRunner.Result onPrimary = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0");
      assertThat(onPrimary).exitedWith(OK);
      assertNull(Faults.verifyFinished(ITEM, db, id, "events", true));
    }
  }
}
