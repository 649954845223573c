package dev.bbm.engine;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** finalize --fast, --parallel and --join: every range runs exactly once, none is skipped. */
class FastParallelTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  private static final String ARGS = "[[\"id\"],[\"id_convert_to_bigint\"]]";
  private static final String[] ID = {"id"};
  private static final String[] ID_TO = {"id_convert_to_bigint"};
  private static final String JOBS = "batched_background_migration_jobs";

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void fastCopiesEverythingAndGrowsItsSizesWithinGitlabsInvariants(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 60_000, ID, ID_TO);
      db.execute("DELETE FROM events WHERE id % 7 = 0 OR id BETWEEN 20000 AND 24999");
      long rows = db.count("SELECT count(*) FROM events");
      long id = f.migration(COPY, "events", "id", ARGS, 1, 60_000, 1_000, 100, 1);

      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id, "--fast");

      assertThat(r).exitedWith(OK);
      assertEquals(0, f.uncopied("events", ID, ID_TO));
      assertEquals(3, f.status(id));
      assertNull(f.invariantProblem(id));
      assertEquals(1L, db.count("SELECT min(min_value) FROM " + JOBS));
      assertEquals(60_000L, db.count("SELECT max(max_value) FROM " + JOBS));
      assertEquals(0, db.count("SELECT count(*) FROM " + JOBS + " WHERE attempts <> 1"));
      // the real sizes are recorded: they grew from the migration's 1,000 / 100, and a sub-batch fits its job
      assertTrue(db.count("SELECT max(batch_size) FROM " + JOBS) > 1_000, sizes(db));
      assertTrue(db.count("SELECT max(sub_batch_size) FROM " + JOBS) > 100, sizes(db));
      assertEquals(0, db.count("SELECT count(*) FROM " + JOBS + " WHERE sub_batch_size > batch_size"
          + " OR sub_batch_size < 1"), sizes(db));
      // a job's batch_size counts rows, as GitLab's batching strategy does
      assertEquals(0, db.count("SELECT count(*) FROM " + JOBS + " j WHERE (SELECT count(*) FROM events e"
          + " WHERE e.id BETWEEN j.min_value AND j.max_value) > j.batch_size"));
      assertEquals(rows, db.count("SELECT sum(r::bigint) FROM " + JOBS + ","
          + " jsonb_array_elements_text(metrics->'affected_rows'->'update_all') r"));
      assertEquals(2 * db.count("SELECT count(*) FROM " + JOBS),
          db.count("SELECT count(*) FROM batched_background_migration_job_transition_logs"));
      // GitLab's job rows keep a pause_ms it accepts (>= 100), although --fast paused 0 ms
      assertEquals(0, db.count("SELECT count(*) FROM " + JOBS + " WHERE pause_ms < 100"));
    }
  }

  @Test
  void fourWorkersInOneProcessRunEveryRangeExactlyOnce() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 200_000, ID, ID_TO);
      long id = f.migration(COPY, "events", "id", ARGS, 1, 200_000, 1_000, 100, 1);
      CliRunner cli = CliRunner.against(db);

      CliRunner.Result nobody = cli.run("finalize", "main_" + id, "--fast", "--join");
      assertThat(nobody).exitedWith(UNFINISHED);
      assertTrue(nobody.err().contains("nothing to join: migration main_" + id + " is active"), nobody.err());
      CliRunner.Result dry = cli.run("finalize", "main_" + id, "--fast", "--parallel", "4", "--dry-run");
      assertThat(dry).exitedWith(OK);
      assertTrue(dry.out().contains("run 4 jobs at once on 4 connections")
          && dry.out().contains("sized to take about 250 ms") && dry.out().contains("pause 0 ms"), dry.out());
      assertEquals(0, db.count("SELECT count(*) FROM " + JOBS));

      CliRunner.Result r = cli.run("finalize", "main_" + id, "--fast", "--parallel", "4",
          "--batch-size", "2000", "--sub-batch-size", "500");

      assertThat(r).exitedWith(OK);
      assertEachRangeRanOnce(db, f, id, 100);
      assertTrue(db.count("SELECT count(*) FROM " + JOBS + " a JOIN " + JOBS + " b ON a.id < b.id"
          + " AND a.started_at < b.finished_at AND b.started_at < a.finished_at") > 0,
          "jobs ran at the same time");
      assertTrue(r.out().contains("Finalized main_" + id + " ") && r.out().contains(": 100 job(s)"), r.out());
    }
  }

  @Test
  void twoProcessesShareOneMigrationAndAPlainSecondFinalizeIsBusy(@TempDir Path tmp) throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.BEFORE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 200_000, ID, ID_TO);
      long id = f.migration(COPY, "events", "id", ARGS, 1, 200_000, 1_000, 100, 1);
      Map<String, String> env = Map.of("BBM_DATABASE_URL", db.uri());
      String[] pace = {"--fast", "--parallel", "2", "--batch-size", "1000", "--sub-batch-size", "250",
          "--pause-ms", "10"};

      Process first = BbmProcess.start(tmp.resolve("first"), env, args("finalize", "main_" + id, pace));
      waitFor(db, "SELECT count(*) FROM " + JOBS + " WHERE status = 3", first);

      CliRunner.Result plain = CliRunner.against(db).run("finalize", "main_" + id, "--fast");
      assertThat(plain).exitedWith(BUSY);
      assertTrue(plain.err().contains("already being finalized by bbm process " + first.pid()), plain.err());

      Process second = BbmProcess.start(tmp.resolve("second"), env, args("finalize", "main_" + id, pace, "--join"));
      assertTrue(second.waitFor(60, TimeUnit.SECONDS), "the joiner ends");
      assertTrue(first.waitFor(60, TimeUnit.SECONDS), "the first ends");
      String out1 = Files.readString(tmp.resolve("first/out.txt"));
      String out2 = Files.readString(tmp.resolve("second/out.txt"));
      String err2 = Files.readString(tmp.resolve("second/err.txt"));
      assertThat(first, tmp.resolve("first")).exitedWith(OK);
      assertThat(second, tmp.resolve("second")).exitedWith(OK);
      assertTrue(err2.contains("joining the finalize of main_" + id), err2);

      assertEachRangeRanOnce(db, f, id, 200);
      int byFirst = jobsRun(out1);
      int bySecond = jobsRun(out2);
      assertTrue(byFirst > 0 && bySecond > 0, "both processes ran jobs: " + out1 + " / " + out2);
      assertEquals(200, byFirst + bySecond, out1 + " / " + out2);
    }
  }

  @Test
  void sigtermOnOneHostLeavesTheMigrationToTheJoinerWhichFinishesIt(@TempDir Path tmp) throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 200_000, ID, ID_TO);
      long id = f.migration(COPY, "events", "id", ARGS, 1, 200_000, 1_000, 100, 1);
      Map<String, String> env = Map.of("BBM_DATABASE_URL", db.uri());
      String[] pace = {"--batch-size", "2000", "--sub-batch-size", "500", "--pause-ms", "5"};

      Process first = BbmProcess.start(tmp.resolve("first"), env, args("finalize", "main_" + id, pace));
      waitFor(db, "SELECT count(*) FROM " + JOBS + " WHERE status = 3", first);
      Process second = BbmProcess.start(tmp.resolve("second"), env, args("finalize", "main_" + id, pace, "--join",
          "--parallel", "2"));
      // both run a job at once: two runners named in the running jobs
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (second.isAlive() && System.nanoTime() < deadline && db.count("SELECT count(DISTINCT"
          + " metrics->'bbm_runner'->>'pid') FROM " + JOBS + " WHERE status = 1") < 2) {
        Thread.sleep(10);
      }
      first.destroy();
      assertTrue(first.waitFor(30, TimeUnit.SECONDS));
      assertTrue(second.waitFor(60, TimeUnit.SECONDS));
      String err1 = Files.readString(tmp.resolve("first/err.txt"));
      assertThat(first, tmp.resolve("first")).exitedWith(UNFINISHED);
      assertTrue(err1.contains("stays finalizing because other bbm processes (--join) still work on it"), err1);
      assertThat(second, tmp.resolve("second")).exitedWith(OK);

      assertEquals(3, f.status(id));
      assertNull(f.invariantProblem(id));
      assertEquals(0, f.uncopied("events", ID, ID_TO));
      assertEquals(100, db.count("SELECT count(*) FROM " + JOBS));
      assertEquals(0, db.count("SELECT count(*) FROM " + JOBS + " WHERE attempts <> 1 OR status <> 3"),
          "the interrupted attempt does not count");
      assertTrue(db.count("SELECT count(*) FROM batched_background_migration_job_transition_logs"
          + " WHERE exception_class = 'bbm::Interrupted'") <= 1, "at most the job running at SIGTERM was cut short");
    }
  }

  /** No range twice (no overlap, attempts 1, two transition logs each), none skipped, every row copied. */
  private static void assertEachRangeRanOnce(TestDatabase db, GitlabFixture f, long id, int jobs) {
    assertEquals(3, f.status(id));
    assertNull(f.invariantProblem(id));
    assertEquals(0, f.uncopied("events", ID, ID_TO));
    assertEquals(jobs, db.count("SELECT count(*) FROM " + JOBS + " WHERE batched_background_migration_id = ?", id));
    assertEquals(1L, db.count("SELECT min(min_value) FROM " + JOBS));
    assertEquals(200_000L, db.count("SELECT max(max_value) FROM " + JOBS));
    assertEquals(200_000L, db.count("SELECT sum(max_value - min_value + 1) FROM " + JOBS));
    assertEquals(0, db.count("SELECT count(*) FROM " + JOBS + " WHERE attempts <> 1 OR status <> 3"));
    assertEquals(0, db.count("SELECT count(*) FROM " + JOBS + " j WHERE (SELECT count(*) FROM"
        + " batched_background_migration_job_transition_logs l WHERE l.batched_background_migration_job_id = j.id)"
        + " <> 2"), "each job: pending to running, running to succeeded, nothing else");
  }

  private static int jobsRun(String out) {
    Matcher m = Pattern.compile(": (\\d+) job\\(s\\)").matcher(out);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  private static String[] args(String command, String selection, String[] pace, String... more) {
    String[] out = new String[2 + pace.length + more.length];
    out[0] = command;
    out[1] = selection;
    System.arraycopy(pace, 0, out, 2, pace.length);
    System.arraycopy(more, 0, out, 2 + pace.length, more.length);
    return out;
  }

  private static void waitFor(TestDatabase db, String countSql, Process p) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (p.isAlive() && System.nanoTime() < deadline && db.count(countSql) == 0) {
      Thread.sleep(20);
    }
  }

  private static String sizes(TestDatabase db) {
    return String.valueOf(db.scalar("SELECT string_agg(batch_size || '/' || sub_batch_size, ' ' ORDER BY id)"
        + " FROM " + JOBS));
  }
}
