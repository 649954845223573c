package dev.bbm.faults;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.BbmProcess;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 6: bbm against itself. Two finalizers, a finalizer and mark-finished (either way round), a
 * finalizer and db migrate's ensure, two steals of one class: a trigger counts every update of
 * every row, so double work shows as a row updated twice, a lost update as a row never updated or
 * a bookkeeping row in the wrong state; the loser exits with a clear code.
 */
@Tag("faults")
class ConcurrencyTest {
  private static final int ITEM = 6;

  /** Counts every committed update of each row of {@code table} in update_counts; paces each statement. */
  static void countUpdates(TestDatabase db, String table, double statementSeconds) {
    db.execute("CREATE TABLE update_counts (id bigint PRIMARY KEY, n integer NOT NULL)");
    db.execute("CREATE FUNCTION count_update() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
        + " INSERT INTO update_counts VALUES (NEW.id, 1) ON CONFLICT (id) DO UPDATE SET n = update_counts.n + 1;"
        + " RETURN NEW; END $$");
    db.execute("CREATE TRIGGER counted AFTER UPDATE ON " + table + " FOR EACH ROW EXECUTE FUNCTION count_update()");
    db.execute("CREATE FUNCTION pace() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
        + " PERFORM pg_sleep(" + statementSeconds + "); RETURN NULL; END $$");
    db.execute("CREATE TRIGGER paced BEFORE UPDATE ON " + table + " FOR EACH STATEMENT EXECUTE FUNCTION pace()");
  }

  /** Every row updated exactly once: none twice (double work), none never (lost). Counted in the ledger. */
  static void eachRowUpdatedOnce(TestDatabase db, String table) {
    eachRowUpdatedOnce(db, table, ITEM);
  }

  /** The same, counted under ledger item {@code item}. */
  static void eachRowUpdatedOnce(TestDatabase db, String table, int item) {
    long rows = db.count("SELECT count(*) FROM " + table);
    long never = db.count("SELECT count(*) FROM " + table + " t WHERE NOT EXISTS (SELECT 1 FROM update_counts c"
        + " WHERE c.id = t.id)");
    long twice = db.count("SELECT count(*) FROM update_counts WHERE n > 1");
    FaultLedger.rowsChecked(item, rows);
    FaultLedger.lost(item, never + twice);
    assertEquals(0, twice, "rows updated more than once");
    assertEquals(0, never, "rows never updated");
  }

  private static Process finalizeProcess(Path dir, TestDatabase db, long id) throws Exception {
    return finalizeProcess(dir, db, id, 0);
  }

  private static Process finalizeProcess(Path dir, TestDatabase db, long id, int pauseMs) throws Exception {
    return BbmProcess.start(dir, Map.of("BBM_DATABASE_URL", db.uri()), "finalize", "main_" + id, "--pause-ms",
        Integer.toString(pauseMs));
  }

  private static void awaitRunningJob(TestDatabase db, Process p) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (db.count("SELECT count(*) FROM batched_background_migration_jobs WHERE status = 1") == 0) {
      assertTrue(p.isAlive() && System.nanoTime() < deadline, "the first finalizer never ran a job");
      Thread.sleep(10);
    }
  }

  @Test
  void twoFinalizers(@TempDir Path tmp) throws Exception {
    FaultLedger.caseRun(ITEM);
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      long id = Faults.copyMigration(db, 4_000, 500, 100);
      countUpdates(db, "events", 0.02);
      // paced (40 sub-batches of 150 ms: 6 s), so that it still runs when the second JVM has started,
      // however fast the first one is and however slowly a loaded machine starts the second
      Process first = finalizeProcess(tmp.resolve("first"), db, id, 150);
      awaitRunningJob(db, first);
      Process second = finalizeProcess(tmp.resolve("second"), db, id);
      FaultLedger.faults(ITEM, 1);

      assertTrue(second.waitFor(60, TimeUnit.SECONDS) && first.waitFor(60, TimeUnit.SECONDS));
      String err = Files.readString(tmp.resolve("second/err.txt"));
      assertThat(second, tmp.resolve("second")).exitedWith(BUSY);
      assertTrue(err.contains("is already being finalized by bbm process " + first.pid() + " on ")
          && err.contains("(PostgreSQL backend pid ") && err.contains("--join"), err);
      assertThat(first, tmp.resolve("first")).exitedWith(OK);
      eachRowUpdatedOnce(db, "events");
      assertNull(Faults.verifyFinished(ITEM, db, id, "events", true));
    }
  }

  @Test
  void markFinishedWhileFinalizeRunsLoses(@TempDir Path tmp) throws Exception {
    FaultLedger.caseRun(ITEM);
    try (TestDatabase db = TestDatabase.create(GitlabLayout.BEFORE_17_6)) {
      long id = Faults.copyMigration(db, 3_000, 500, 100);
      countUpdates(db, "events", 0.02);
      Process finalize = finalizeProcess(tmp.resolve("finalize"), db, id);
      awaitRunningJob(db, finalize);
      String jobsBefore = Faults.digest(db, "batched_background_migration_job_transition_logs");

      CliRunner.Result mark = CliRunner.against(db).run("mark-finished", "main_" + id, "--yes");
      FaultLedger.faults(ITEM, 1);

      assertThat(mark).exitedWith(BUSY);
      assertTrue(mark.err().contains("is locked by bbm process " + finalize.pid() + " on ")
          && mark.err().contains("nothing was changed"), mark.err());
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_job_transition_logs"
          + " WHERE exception_class = 'bbm.MarkedFinished'"), "mark-finished wrote nothing: " + jobsBefore);
      assertTrue(finalize.waitFor(60, TimeUnit.SECONDS));
      assertThat(finalize, tmp.resolve("finalize")).exitedWith(OK);
      eachRowUpdatedOnce(db, "events");
      assertNull(Faults.verifyFinished(ITEM, db, id, "events", true));
    }
  }

  @Test
  void finalizeWhileMarkFinishedCommitsLoses() throws Exception {
    FaultLedger.caseRun(ITEM);
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      long id = Faults.copyMigration(db, 2_000, 500, 100);
      f.job(id, 1, 500, 2, 3, "1 hour");
      countUpdates(db, "events", 0);
      // mark-finished's one transaction dwells on the migration's row: finalize comes in meanwhile
      db.execute("CREATE FUNCTION slow_finish() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
          + " IF NEW.status = 3 THEN PERFORM pg_sleep(1.5); END IF; RETURN NEW; END $$");
      db.execute("CREATE TRIGGER slow BEFORE UPDATE ON batched_background_migrations FOR EACH ROW"
          + " EXECUTE FUNCTION slow_finish()");
      CompletableFuture<CliRunner.Result> mark = CompletableFuture.supplyAsync(() -> CliRunner.against(db)
          .run("mark-finished", "main_" + id, "--yes", "--reason", "done by hand"));
      assertNotNull(Faults.awaitBbmRunning(db, null, "%UPDATE batched_background_migrations%", true,
          Duration.ofSeconds(30)));

      CliRunner.Result finalize = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0");
      FaultLedger.faults(ITEM, 1);

      assertThat(finalize).exitedWith(BUSY);
      assertTrue(finalize.err().contains("main_" + id + " is already being finalized by bbm process "
          + ProcessHandle.current().pid() + " on "), finalize.err());
      CliRunner.Result marked = mark.get(60, TimeUnit.SECONDS);
      assertThat(marked).exitedWith(OK);
      assertEquals(3, f.status(id));
      assertEquals(0, db.count("SELECT count(*) FROM update_counts"), "finalize copied nothing");
      FaultLedger.rowsChecked(ITEM, 2_000);
      CliRunner.Result after = CliRunner.against(db).run("finalize", "main_" + id);
      assertThat(after).exitedWith(OK);
      assertTrue(after.err().contains("already finished"), after.err());
    }
  }

  @Test
  void dbMigrateEnsureWhileFinalizeRuns(@TempDir Path tmp) throws Exception {
    FaultLedger.caseRun(ITEM);
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      long id = Faults.copyMigration(db, 3_000, 500, 100);
      countUpdates(db, "events", 0.02);
      Path post = Files.createDirectories(tmp.resolve("db/post_migrate"));
      Files.writeString(post.resolve("20240102000000_finalize_events_id_conversion.sql"),
          "-- bbm:disable_ddl_transaction\n-- bbm:ensure_batched_background_migration_is_finished {\"job_class_name\": \""
              + Faults.COPY + "\", \"table_name\": \"events\", \"column_name\": \"id\", \"job_arguments\": "
              + Faults.ARGS + "}\n");
      Process finalize = finalizeProcess(tmp.resolve("finalize"), db, id);
      awaitRunningJob(db, finalize);

      CliRunner.Result migrate = CliRunner.against(db).run("db", "migrate", "--migrations-dir", post.toString());
      FaultLedger.faults(ITEM, 1);

      assertThat(migrate).exitedWith(BUSY);
      assertTrue(migrate.err().contains("is already being finalized by bbm process " + finalize.pid()), migrate.err());
      assertEquals(0, db.count("SELECT count(*) FROM schema_migrations WHERE version = '20240102000000'"));
      assertTrue(finalize.waitFor(60, TimeUnit.SECONDS));
      assertThat(finalize, tmp.resolve("finalize")).exitedWith(OK);
      CliRunner.Result again = CliRunner.against(db).run("db", "migrate", "--migrations-dir", post.toString());
      assertThat(again).exitedWith(OK);
      assertEquals(6, new GitlabFixture(db).status(id), "confirmed as finalized");
      eachRowUpdatedOnce(db, "events");
      db.execute("UPDATE batched_background_migrations SET status = 3");
      assertNull(Faults.verifyFinished(ITEM, db, id, "events", true));
    }
  }

  @Test
  void twoStealsOfOneClass(@TempDir Path tmp) throws Exception {
    FaultLedger.caseRun(ITEM);
    try (TestDatabase db = TestDatabase.create(GitlabLayout.BEFORE_17_6)) {
      new GitlabFixture(db).copyTable("events", 4_000, Faults.ID, Faults.ID_TO);
      for (int start = 1; start <= 4_000; start += 100) {
        db.execute("INSERT INTO background_migration_jobs (created_at, updated_at, status, class_name, arguments)"
            + " VALUES (now(), now(), 0, '" + Faults.COPY + "', '[" + start + ", " + (start + 99)
            + ", \"events\", \"id\", \"id\", \"id_convert_to_bigint\", 50]')");
      }
      countUpdates(db, "events", 0.01);
      db.execute("CREATE TABLE succeeded_counts (id bigint PRIMARY KEY, n integer NOT NULL)");
      db.execute("CREATE FUNCTION count_succeeded() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
          + " IF OLD.status = 0 AND NEW.status = 1 THEN INSERT INTO succeeded_counts VALUES (NEW.id, 1)"
          + " ON CONFLICT (id) DO UPDATE SET n = succeeded_counts.n + 1; END IF; RETURN NEW; END $$");
      db.execute("CREATE TRIGGER succeeded AFTER UPDATE ON background_migration_jobs FOR EACH ROW"
          + " EXECUTE FUNCTION count_succeeded()");

      List<Process> steals = new ArrayList<>();
      for (String name : new String[] {"a", "b"}) {
        steals.add(BbmProcess.start(tmp.resolve(name), Map.of("BBM_DATABASE_URL", db.uri()), "steal", Faults.COPY,
            "--pause-ms", "0"));
      }
      FaultLedger.faults(ITEM, 1);
      for (int i = 0; i < steals.size(); i++) {
        assertTrue(steals.get(i).waitFor(120, TimeUnit.SECONDS));
        assertThat(steals.get(i), tmp.resolve(i == 0 ? "a" : "b")).exitedWith(OK);
      }
      String a = Files.readString(tmp.resolve("a/out.txt"));
      String b = Files.readString(tmp.resolve("b/out.txt"));
      assertTrue(a.contains("taken by another process") || b.contains("taken by another process"),
          "they met: " + a + b);
      eachRowUpdatedOnce(db, "events");
      assertEquals(0, new GitlabFixture(db).uncopied("events", Faults.ID, Faults.ID_TO));
      assertEquals(40, db.count("SELECT count(*) FROM background_migration_jobs WHERE status = 1"));
      assertEquals(40, db.count("SELECT count(*) FROM succeeded_counts WHERE n = 1"), "each row marked once");
    }
  }
}
