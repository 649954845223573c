package dev.bbm.faults;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Item 3: another session holds a lock on the migrated table (a row lock with SELECT ... FOR
 * UPDATE, or an EXCLUSIVE table lock that still lets bbm read) while bbm finalizes with a short
 * {@code --lock-timeout}. Each sub-batch that meets the lock fails fast with GitLab's
 * ActiveRecord::LockWaitTimeout, in the transition log and on stderr, and the job is retried as
 * GitLab retries a timeout (its sub-batch shrunk); once the lock goes away the same run finishes.
 */
@Tag("faults")
class LockContentionTest {
  private static final int ITEM = 3;
  private static final String LOCK_WAIT = "ActiveRecord::LockWaitTimeout";

  @ParameterizedTest(name = "{0}, released after {1} timeout(s)")
  @CsvSource({
      "SELECT id FROM events WHERE id BETWEEN 1450 AND 1460 FOR UPDATE, 1",
      "SELECT id FROM events WHERE id BETWEEN 1450 AND 1460 FOR UPDATE, 2",
      "LOCK TABLE events IN EXCLUSIVE MODE, 2"})
  void heldLockFailsSubBatchesFastUntilItGoesAway(String lock, int timeouts) throws Exception {
    FaultLedger.caseRun(ITEM);
    try (TestDatabase db = TestDatabase.create(GitlabLayout.BEFORE_17_6); Connection holder = db.connect()) {
      long id = Faults.copyMigration(db, 5_000, 1_000, 100);
      holder.setAutoCommit(false);
      try (Statement s = holder.createStatement()) {
        s.execute(lock);
      }
      FaultLedger.faults(ITEM, 1);
      CompletableFuture<Void> release = CompletableFuture.runAsync(() -> {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lockWaits(db) < timeouts && System.nanoTime() < deadline) {
          sleep(10);
        }
        try {
          holder.rollback();
        } catch (java.sql.SQLException e) {
          throw new IllegalStateException(e);
        }
      });

      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0",
          "--lock-timeout", "150ms");
      release.get(60, TimeUnit.SECONDS);

      assertThat(r).exitedWith(OK);
      assertTrue(lockWaits(db) >= timeouts, "the sub-batch failed on the lock: " + r);
      assertTrue(r.err().contains(LOCK_WAIT + ": canceling statement due to lock timeout"),
          "the operator sees why: " + r.err());
      assertTrue(r.err().contains("timed out: its sub-batch size is reduced from 100 to 75, as GitLab does"), r.err());
      assertEquals(timeouts, db.count("SELECT count(*) FROM batched_background_migration_job_transition_logs"
          + " WHERE exception_class = ? AND exception_message LIKE"
          + " 'PG::LockNotAvailable: ERROR:  canceling statement due to lock timeout%'", LOCK_WAIT));
      assertNull(Faults.verifyFinished(ITEM, db, id, "events", true));
    }
  }

  /**
   * A row lock held for good: the job keeps failing, shrinks, splits down to the locked rows and
   * fails for good; finalize exits 4 naming the job, its range and the lock timeout. With the lock
   * gone, the rerun GitLab's message suggests finishes the migration.
   */
  @Test
  void rowLockHeldForGoodFailsTheMigrationThenARerunFinishes() throws Exception {
    FaultLedger.caseRun(ITEM);
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6); Connection holder = db.connect()) {
      long id = Faults.copyMigration(db, 3_000, 1_000, 100);
      holder.setAutoCommit(false);
      try (Statement s = holder.createStatement()) {
        s.execute("SELECT id FROM events WHERE id = 1500 FOR UPDATE");
      }
      FaultLedger.faults(ITEM, 1);

      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0",
          "--lock-timeout", "100ms");

      assertThat(r).exitedWith(FAILED);
      assertEquals(4, new GitlabFixture(db).status(id));
      assertTrue(r.err().contains("could not be completed and a manual action is required"), r.err());
      long failed = db.count("SELECT id FROM batched_background_migration_jobs WHERE status = 2");
      String range = (String) db.scalar("SELECT min_value || '..' || max_value FROM batched_background_migration_jobs"
          + " WHERE status = 2");
      assertTrue(r.err().contains(failed + "    " + range) && r.err().contains(
          "ActiveRecord::LockWaitTimeout: PG::LockNotAvailable: ERROR:  canceling statement due to lock timeout"),
          r.err());
      assertEquals(1L, db.count("SELECT count(*) FROM events WHERE id = 1500 AND id_convert_to_bigint IS NULL"));

      holder.rollback();
      CliRunner.Result rerun = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0");
      assertThat(rerun).exitedWith(OK);
      assertNull(Faults.verifyFinished(ITEM, db, id, "events", false));
    }
  }

  /**
   * An ACCESS EXCLUSIVE lock keeps bbm from even reading the table to choose the next job's range:
   * exit 3 and one sentence naming the lock's holder, the migration back to active (not left
   * finalizing with nobody working on it), nothing changed; the rerun once it is gone finishes.
   */
  @Test
  void accessExclusiveLockStopsFinalizeClearlyAndLeavesNothingBehind() throws Exception {
    FaultLedger.caseRun(ITEM);
    try (TestDatabase db = TestDatabase.create(GitlabLayout.BEFORE_17_6); Connection holder = db.connect()) {
      long id = Faults.copyMigration(db, 3_000, 1_000, 100);
      String before = Faults.snapshot(db, Faults.BOOKKEEPING);
      holder.setAutoCommit(false);
      int pid;
      try (Statement s = holder.createStatement(); var rs = s.executeQuery("SELECT pg_backend_pid()")) {
        rs.next();
        pid = rs.getInt(1);
        s.execute("LOCK TABLE events IN ACCESS EXCLUSIVE MODE");
      }
      FaultLedger.faults(ITEM, 1);

      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0",
          "--lock-timeout", "100ms");

      assertThat(r).exitedWith(UNFINISHED);
      assertTrue(r.err().contains("bbm: table events is locked (by pid " + pid + " AccessExclusiveLock application"
          + " bbm-tests, idle in transaction) and bbm waited longer than --lock-timeout 100ms while choosing the"
          + " next job of main_" + id + " or recording its progress; nothing is lost, the migration is active again,"
          + " run the same command again once the lock is gone\n"), r.err());
      holder.rollback();
      assertEquals(before.replaceAll("batched_background_migrations=.*", ""),
          Faults.snapshot(db, Faults.BOOKKEEPING).replaceAll("batched_background_migrations=.*", ""),
          "no job and no transition log was written");
      assertEquals(1, new GitlabFixture(db).status(id), "active again, so Sidekiq may carry on");
      assertEquals(3_000, new GitlabFixture(db).uncopied("events", Faults.ID, Faults.ID_TO));
      FaultLedger.rowsChecked(ITEM, 3_000);

      CliRunner.Result rerun = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0");
      assertThat(rerun).exitedWith(OK);
      assertNull(Faults.verifyFinished(ITEM, db, id, "events", true));
    }
  }

  private static long lockWaits(TestDatabase db) {
    return db.count("SELECT count(*) FROM batched_background_migration_job_transition_logs WHERE exception_class = ?",
        LOCK_WAIT);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
