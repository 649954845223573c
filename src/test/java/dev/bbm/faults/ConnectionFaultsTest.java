package dev.bbm.faults;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.LocalCluster;
import dev.bbm.testing.TestDatabase;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Item 2: bbm's connection killed from the server side ({@code pg_terminate_backend} on the backend
 * pg_stat_activity shows for application bbm/<pid>@<host>) in the middle of a sub-batch, of a job's bookkeeping,
 * and of one worker of two; and the server itself restarted in the middle of a finalize (a cluster
 * of the suite's own, not the run's shared server). bbm stops with exit 3 and one sentence that says
 * the connection was lost and to run the same command again; that rerun finishes the migration.
 */
@Tag("faults")
class ConnectionFaultsTest {
  private static final int ITEM = 2;

  @ParameterizedTest(name = "{0}, --parallel {1}")
  @CsvSource({"sub-batch, 1", "bookkeeping, 1", "sub-batch, 2"})
  void backendTerminatedMidFinalize(String moment, int parallel) throws Exception {
    FaultLedger.caseRun(ITEM);
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      long id = Faults.copyMigration(db, 20_000, 1_000, 100);
      String query = slowDown(db, moment);
      CompletableFuture<CliRunner.Result> run = CompletableFuture.supplyAsync(() -> CliRunner.against(db)
          .run("finalize", "main_" + id, "--pause-ms", "0", "--parallel", Integer.toString(parallel)));

      Integer pid = Faults.awaitBbmRunning(db, null, query, true, Duration.ofSeconds(30));
      assertNotNull(pid, "bbm never ran " + query);
      assertEquals(Boolean.TRUE, db.scalar("SELECT pg_terminate_backend(?)", pid));
      FaultLedger.faults(ITEM, 1);
      CliRunner.Result r = run.get(60, TimeUnit.SECONDS);

      assertThat(r).exitedWith(UNFINISHED);
      assertTrue(r.err().contains("lost the connection to database main (")
          && r.err().contains("nothing is lost, run the same command again to continue"), r.err());
      assertEquals(1, r.err().strip().lines().filter(l -> l.startsWith("bbm: ") || l.contains("lost the connection"))
          .count(), "one sentence: " + r.err());

      Faults.awaitNoBbmBackends(db, Duration.ofSeconds(20));
      db.execute("DROP TRIGGER slow ON " + (moment.equals("sub-batch") ? "events" : "batched_background_migration_jobs"));
      CliRunner.Result rerun = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0");
      assertThat(rerun).exitedWith(OK);
      assertNull(Faults.verifyFinished(ITEM, db, id, "events", true));
    }
  }

  /** Holds bbm in the chosen moment; returns the statement pg_stat_activity shows it running there. */
  private static String slowDown(TestDatabase db, String moment) {
    if (moment.equals("sub-batch")) {
      db.execute("CREATE FUNCTION slow_statement() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
          + " PERFORM pg_sleep(0.05); RETURN NULL; END $$");
      db.execute("CREATE TRIGGER slow BEFORE UPDATE ON events FOR EACH STATEMENT EXECUTE FUNCTION slow_statement()");
      return "%UPDATE \"events\"%";
    }
    db.execute("CREATE FUNCTION slow_finish() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
        + " IF OLD.status = 1 AND NEW.status IN (2, 3) THEN PERFORM pg_sleep(0.2); END IF; RETURN NEW; END $$");
    db.execute("CREATE TRIGGER slow BEFORE UPDATE ON batched_background_migration_jobs FOR EACH ROW"
        + " EXECUTE FUNCTION slow_finish()");
    return "%UPDATE batched_background_migration_jobs SET status%";
  }

  @Test
  void serverRestartedMidFinalize() throws Exception {
    Assumptions.assumeTrue(LocalCluster.available(), "needs PostgreSQL's server binaries in " + LocalCluster.BIN
        + " (.ci/run installs postgresql-15)");
    FaultLedger.caseRun(ITEM);
    try (LocalCluster cluster = LocalCluster.primary()) {
      TestDatabase db = TestDatabase.createOn(cluster.server(), GitlabLayout.SINCE_17_6);
      long id = Faults.copyMigration(db, 20_000, 1_000, 100);
      slowDown(db, "sub-batch");
      CompletableFuture<CliRunner.Result> run = CompletableFuture.supplyAsync(() -> CliRunner.against(db)
          .run("finalize", "main_" + id, "--pause-ms", "0"));
      assertNotNull(Faults.awaitBbmRunning(db, null, "%UPDATE \"events\"%", true, Duration.ofSeconds(30)));
      long doneBefore = db.count("SELECT count(*) FROM batched_background_migration_jobs WHERE status = 3");

      cluster.restart();
      FaultLedger.faults(ITEM, 1);
      CliRunner.Result r = run.get(60, TimeUnit.SECONDS);

      assertThat(r).exitedWith(UNFINISHED);
      assertTrue(r.err().contains("lost the connection to database main (")
          && r.err().contains("run the same command again"), r.err());
      assertTrue(db.count("SELECT count(*) FROM batched_background_migration_jobs WHERE status = 3") >= doneBefore,
          "what was committed before the restart stays");
      db.execute("DROP TRIGGER slow ON events");
      CliRunner.Result rerun = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0");
      assertThat(rerun).exitedWith(OK);
      assertNull(Faults.verifyFinished(ITEM, db, id, "events", true));
    }
  }
}
