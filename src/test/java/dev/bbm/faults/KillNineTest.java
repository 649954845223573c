package dev.bbm.faults;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.BbmProcess;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Item 1: {@code kill -9} of a finalize at 20 moments chosen at random (sizes, pacing, layout and
 * delay drawn from one seed, printed in every failure and in the summary; repeat a run with
 * {@code -Dbbm.test.seed=N}), a quarter each at any time, inside a sub-batch, between jobs (while
 * the next job is being created) and while a finished job's bookkeeping is being written. Slow
 * triggers widen the chosen moment and pg_stat_activity shows when bbm is in it. Each kill is
 * followed by a rerun, which must leave every row copied, every key in exactly one succeeded job,
 * no job running, and each job's attempts equal to its runs (a killed attempt counts, as GitLab
 * counts it).
 */
@Tag("faults")
class KillNineTest {
  static final long SEED = Long.getLong("bbm.test.seed", System.nanoTime());
  static final int CASES = Integer.getInteger("bbm.faults.kills", 20);
  private static final int ITEM = 1;

  enum Moment { ANY_TIME, IN_SUB_BATCH, BETWEEN_JOBS, WRITING_BOOKKEEPING }

  static IntStream cases() {
    FaultLedger.seed("kill -9 moments drawn with -Dbbm.test.seed=" + SEED);
    return IntStream.range(0, CASES);
  }

  @ParameterizedTest(name = "kill {0}")
  @MethodSource("cases")
  void killMinusNineThenRerun(int n, @TempDir Path tmp) throws Exception {
    Moment moment = Moment.values()[n % Moment.values().length];
    Random random = new Random(SEED * 31 + n);
    GitlabLayout layout = random.nextBoolean() ? GitlabLayout.SINCE_17_6 : GitlabLayout.BEFORE_17_6;
    long rows = 5_000 + random.nextInt(5_000);
    int batch = new int[] {400, 700, 1_000, 1_500}[random.nextInt(4)];
    int sub = new int[] {50, 80, 100}[random.nextInt(3)];
    int pause = moment == Moment.ANY_TIME ? 10 + random.nextInt(10) : random.nextInt(10);
    String where = "-Dbbm.test.seed=" + SEED + ", kill " + n + " (" + moment + ", " + layout + ", " + rows
        + " rows, batch " + batch + ", sub-batch " + sub + ", pause " + pause + " ms)";
    FaultLedger.caseRun(ITEM);
    try (TestDatabase db = TestDatabase.create(layout)) {
      long id = Faults.copyMigration(db, rows, batch, sub);
      slowDown(db, moment);
      Process p = BbmProcess.start(tmp.resolve("killed"), Map.of("BBM_DATABASE_URL", db.uri()), "finalize",
          "main_" + id, "--pause-ms", Integer.toString(pause));
      String at = awaitMoment(db, p, moment, random, rows / sub * pause);
      assertNotNull(at, "the moment never came: " + where);
      assertTrue(p.isAlive(), "bbm ended before the kill " + at + ": " + where);
      p.destroyForcibly();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
      FaultLedger.faults(ITEM, 1);

      Map<Long, Long> runningAtKill = new HashMap<>();
      try (var c = db.connect(); var s = c.createStatement(); var rs = s.executeQuery(
          "SELECT id, attempts FROM batched_background_migration_jobs WHERE status = 1")) {
        while (rs.next()) {
          runningAtKill.put(rs.getLong(1), rs.getLong(2));
        }
      }
      Faults.awaitNoBbmBackends(db, Duration.ofSeconds(20));
      db.execute("DROP TRIGGER IF EXISTS slow ON events");
      db.execute("DROP TRIGGER IF EXISTS slow ON batched_background_migration_jobs");

      CliRunner.Result rerun = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0");

      assertThat(rerun).withContext(where + ", killed " + at).exitedWith(OK);
      assertNull(Faults.verifyFinished(ITEM, db, id, "events", true), where + ", killed " + at);
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs WHERE status = 1"), where);
      for (Map.Entry<Long, Long> j : runningAtKill.entrySet()) {
        assertEquals(j.getValue() + 1, db.count("SELECT attempts FROM batched_background_migration_jobs WHERE id = ?",
            j.getKey()), "job " + j.getKey() + " was running when bbm was killed " + at
            + ": the killed attempt counts and the rerun's is one more; " + where);
      }
    }
  }

  /** Slow triggers that hold bbm inside the chosen moment long enough for the kill to land there. */
  private static void slowDown(TestDatabase db, Moment moment) {
    switch (moment) {
      case IN_SUB_BATCH -> {
        db.execute("CREATE FUNCTION slow_statement() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
            + " PERFORM pg_sleep(0.06); RETURN NULL; END $$");
        db.execute("CREATE TRIGGER slow BEFORE UPDATE ON events FOR EACH STATEMENT EXECUTE FUNCTION slow_statement()");
      }
      case BETWEEN_JOBS -> {
        // creating a job after the first one has succeeded: the claim of the next range
        db.execute("CREATE FUNCTION slow_claim() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
            + " IF EXISTS (SELECT 1 FROM batched_background_migration_jobs WHERE status = 3"
            + " AND batched_background_migration_id = NEW.batched_background_migration_id)"
            + " THEN PERFORM pg_sleep(0.15); END IF; RETURN NEW; END $$");
        db.execute("CREATE TRIGGER slow BEFORE INSERT ON batched_background_migration_jobs FOR EACH ROW"
            + " EXECUTE FUNCTION slow_claim()");
      }
      case WRITING_BOOKKEEPING -> {
        // a job's sub-batches are done and its succeeded/failed row is being written
        db.execute("CREATE FUNCTION slow_finish() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
            + " IF OLD.status = 1 AND NEW.status IN (2, 3) THEN PERFORM pg_sleep(0.15); END IF;"
            + " RETURN NEW; END $$");
        db.execute("CREATE TRIGGER slow BEFORE UPDATE ON batched_background_migration_jobs FOR EACH ROW"
            + " EXECUTE FUNCTION slow_finish()");
      }
      default -> {
        // any time: no help
      }
    }
  }

  /**
   * Waits for the chosen moment, then a random few milliseconds more; says where bbm was. At any
   * time, the extra wait stays within the first half of the run's pauses ({@code pausesMs}), so the
   * kill lands while bbm runs however fast it starts.
   */
  private static String awaitMoment(TestDatabase db, Process p, Moment moment, Random random, long pausesMs)
      throws Exception {
    Duration timeout = Duration.ofSeconds(30);
    switch (moment) {
      case ANY_TIME -> {
        if (Faults.awaitBbmRunning(db, p, "%", false, timeout) == null) {
          return null;
        }
        int ms = random.nextInt((int) Math.max(1, Math.min(700, pausesMs / 2)));
        Thread.sleep(ms);
        return ms + " ms after bbm's first statement";
      }
      case IN_SUB_BATCH -> {
        if (Faults.awaitBbmRunning(db, p, "%UPDATE \"events\"%", true, timeout) == null) {
          return null;
        }
        int ms = random.nextInt(50);
        Thread.sleep(ms);
        return "inside a sub-batch's UPDATE (+" + ms + " ms)";
      }
      case BETWEEN_JOBS -> {
        if (Faults.awaitBbmRunning(db, p, "%INSERT INTO batched_background_migration_jobs%", true, timeout) == null) {
          return null;
        }
        int ms = random.nextInt(120);
        Thread.sleep(ms);
        return "between jobs, creating the next one (+" + ms + " ms)";
      }
      default -> {
        if (Faults.awaitBbmRunning(db, p, "%UPDATE batched_background_migration_jobs SET status%", true,
            timeout) == null) {
          return null;
        }
        int ms = random.nextInt(120);
        Thread.sleep(ms);
        return "writing a finished job's bookkeeping (+" + ms + " ms)";
      }
    }
  }
}
