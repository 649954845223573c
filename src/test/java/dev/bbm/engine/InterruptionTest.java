package dev.bbm.engine;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.BbmProcess;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Interrupting finalize at any moment loses nothing, and a second finalizer is turned away. */
class InterruptionTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  private static final String[] ID = {"id"};
  private static final String[] ID_TO = {"id_convert_to_bigint"};

  @Test
  void killMinusNineAtRandomMomentsThenRerun(@TempDir Path tmp) throws Exception {
    long seed = Long.getLong("bbm.test.seed", System.nanoTime());
    Random random = new Random(seed);
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 60_000, ID, ID_TO);
      long id = f.migration(COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 60_000, 2_000, 200, 1);
      Map<String, String> env = Map.of("BBM_DATABASE_URL", db.uri());
      int kills = 0;
      for (int round = 0; round < 4; round++) {
        // paced (60 jobs x 10 sub-batches x 10 ms = 6 s of work) so that each kill lands mid-run
        Process p = BbmProcess.start(tmp.resolve("round" + round), env, "finalize", "main_" + id, "--pause-ms", "10",
            "--batch-size", "1000", "--sub-batch-size", "100");
        waitForJobs(db, id, p);
        Thread.sleep(random.nextInt(400));
        if (p.isAlive()) {
          p.destroyForcibly();
          kills++;
        }
        p.waitFor(30, TimeUnit.SECONDS);
      }
      CliRunner.Result rerun = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0");
      assertThat(rerun).withContext("seed " + seed).exitedWith(OK);
      assertEquals(0, f.uncopied("events", ID, ID_TO), "seed " + seed);
      assertNull(f.invariantProblem(id), "seed " + seed);
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs WHERE status = 1"));
      assertEquals(3, f.status(id));
      assertTrue(kills >= 1, "at least one kill landed (seed " + seed + ")");
    }
  }

  private static void waitForJobs(TestDatabase db, long id, Process p) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    long start = db.count("SELECT count(*) FROM batched_background_migration_jobs WHERE status = 3");
    while (p.isAlive() && System.nanoTime() < deadline
        && db.count("SELECT count(*) FROM batched_background_migration_jobs WHERE status = 3") == start) {
      Thread.sleep(20);
    }
  }

  @Test
  void secondFinalizerIsBusyAndSigtermStopsTheFirstCleanly(@TempDir Path tmp) throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.BEFORE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 5_000, ID, ID_TO);
      long id = f.migration(COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 5_000, 1_000, 100, 1);
      Process first = BbmProcess.start(tmp.resolve("first"), Map.of("BBM_DATABASE_URL", db.uri()), "finalize",
          "main_" + id, "--pause-ms", "100");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (db.count("SELECT count(*) FROM batched_background_migration_jobs WHERE status = 1") == 0
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      CliRunner.Result second = CliRunner.against(db).run("finalize", "main_" + id);
      assertThat(second).exitedWith(BUSY);
      assertTrue(second.err().contains("already being finalized by bbm process " + first.pid() + " on ")
          && second.err().contains("(PostgreSQL backend pid ") && second.err().contains("kill " + first.pid()),
          second.err());

      first.destroy();
      assertTrue(first.waitFor(30, TimeUnit.SECONDS));
      assertThat(first, tmp.resolve("first"))
          .withContext("a clean stop on SIGTERM exits 3 (unfinished), not the signal's 143")
          .exitedWith(UNFINISHED);
      String err = Files.readString(tmp.resolve("first/err.txt"));
      assertTrue(err.contains("stopped on request"), err);
      assertEquals(1, f.status(id), "back to active, so Sidekiq may carry on");
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs WHERE status = 1"));
      assertTrue(db.count("SELECT count(*) FROM batched_background_migration_job_transition_logs"
          + " WHERE exception_class = 'bbm::Interrupted'") == 1, "the interrupted job was recorded");

      CliRunner.Result rerun = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0");
      assertThat(rerun).exitedWith(OK);
      assertEquals(0, f.uncopied("events", ID, ID_TO));
      assertNull(f.invariantProblem(id));
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs WHERE attempts > 1"),
          "the interrupted attempt was not counted");
    }
  }

  /**
   * A failed migration stopped while bbm finalizes it goes back to failed, not active (which would
   * hand it to Sidekiq's scheduler), and the stop is not shown as a failed job's error.
   */
  @Test
  void aStoppedFinalizeOfAFailedMigrationLeavesItFailed(@TempDir Path tmp) throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 5_000, ID, ID_TO);
      long id = f.migration(COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 5_000, 1_000, 100, 4);
      Process p = BbmProcess.start(tmp.resolve("p"), Map.of("BBM_DATABASE_URL", db.uri()), "finalize",
          "main_" + id, "--pause-ms", "100");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (db.count("SELECT count(*) FROM batched_background_migration_jobs WHERE status = 1") == 0
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      p.destroy();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
      assertThat(p, tmp.resolve("p")).exitedWith(UNFINISHED);
      assertEquals(4, f.status(id), "failed again, not active");
      assertEquals(1, db.count("SELECT count(*) FROM batched_background_migration_job_transition_logs"
          + " WHERE exception_class = 'bbm::Interrupted'"));
      CliRunner.Result status = CliRunner.against(db).run("status", "main_" + id);
      assertFalse(status.out().contains("Interrupted"), status.out());
      assertFalse(status.out().contains("asked to stop"), status.out());
    }
  }
}
