package dev.bbm.cli;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** bbm wait: reads only, while something else (Sidekiq, here a thread) runs the jobs. */
class WaitCommandTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  private static final String ARGS = "[[\"id\"],[\"id_convert_to_bigint\"]]";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Plays Sidekiq: after a pause, each step in turn, a pause between them. */
  private static Thread sidekiq(TestDatabase db, List<String> steps) {
    Thread t = new Thread(() -> {
      try {
        for (String sql : steps) {
          Thread.sleep(400);
          db.execute(sql);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    t.start();
    return t;
  }

  private static String succeededJob(long migration, long min, long max) {
    return "INSERT INTO batched_background_migration_jobs (created_at, updated_at, started_at, finished_at,"
        + " batched_background_migration_id, min_value, max_value, batch_size, sub_batch_size, status, attempts,"
        + " metrics, pause_ms) VALUES (now(), now(), now() - interval '1 second', now(), " + migration + ", " + min
        + ", " + max + ", " + (max - min + 1) + ", 100, 3, 1, '{}', 100)";
  }

  private static String status(long migration, int status) {
    return "UPDATE batched_background_migrations SET status = " + status + " WHERE id = " + migration;
  }

  private static String bookkeeping(TestDatabase db) {
    StringBuilder b = new StringBuilder();
    for (String table : new String[] {"batched_background_migrations", "batched_background_migration_jobs",
        "batched_background_migration_job_transition_logs"}) {
      b.append(db.scalar("SELECT coalesce(string_agg(row_to_json(t)::text, '|' ORDER BY t.id), '') FROM " + table
          + " t")).append('\n');
    }
    return b.toString();
  }

  @Test
  void exitsZeroOnceSidekiqFinishesTheMigrationShowingProgressOnTheWay() throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      long m = new GitlabFixture(db).migration(COPY, "events", "id", ARGS, 1, 1_000, 250, 100, 1);
      Thread t = sidekiq(db, List.of(succeededJob(m, 1, 250), succeededJob(m, 251, 500), succeededJob(m, 501, 750),
          succeededJob(m, 751, 1_000), status(m, 3)));

      CliRunner.Result r = CliRunner.against(db).run("wait", "main_" + m, "--interval", "200ms", "--format", "ndjson");
      t.join();

      assertThat(r).exitedWith(OK);
      List<JsonNode> events = new ArrayList<>();
      for (String line : r.out().split("\n")) {
        events.add(JSON.readTree(line));
      }
      assertEquals("started", events.get(0).get("event").asText(), r.out());
      assertTrue(events.stream().filter(e -> e.get("event").asText().equals("job_finished")).count() >= 3, r.out());
      JsonNode last = events.get(events.size() - 1);
      assertEquals("finished", last.get("event").asText());
      assertEquals("finished", last.get("migrations").get(0).get("status").asText());
      assertEquals(100.0, last.get("migrations").get(0).get("percent_done").asDouble());
    }
  }

  @Test
  void exitsFourAsSoonAsTheMigrationFailsNamingItAndItsJobsLastErrors() throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      long m = f.migration(COPY, "events", "id", ARGS, 1, 1_000, 250, 100, 1);
      long job = f.job(m, 1, 250, 2, 3, "1 minute");
      f.failureLog(job, "ActiveRecord::QueryCanceled", "PG::QueryCanceled: ERROR:  canceling statement");
      Thread t = sidekiq(db, List.of(status(m, 4)));

      CliRunner.Result r = CliRunner.against(db).run("wait", "main_" + m, "--interval", "200ms", "--timeout", "30s");
      t.join();

      assertThat(r).exitedWith(FAILED);
      assertTrue(r.err().contains("migration main_" + m + " (" + COPY), r.err());
      assertTrue(r.err().contains("is failed"), r.err());
      assertTrue(r.err().contains("canceling statement"), r.err());
      assertTrue(r.err().contains("bbm retry main_" + m + " && bbm wait main_" + m), r.err());
    }
  }

  @Test
  void timesOutWithExitThreeSayingHowFarAndChangesNothing() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      long m = f.migration(COPY, "events", "id", ARGS, 1, 1_000, 250, 100, 1);
      f.job(m, 1, 250, 3, 1, "1 minute");
      f.job(m, 251, 500, 1, 1, "1 minute");
      String before = bookkeeping(db);

      long t0 = System.nanoTime();
      CliRunner.Result r = CliRunner.against(db).run("wait", "main_" + m, "--timeout", "1s", "--interval", "200ms");
      long ms = (System.nanoTime() - t0) / 1_000_000;

      assertThat(r).exitedWith(UNFINISHED);
      assertTrue(r.err().contains("timed out after 1s; still unfinished: main_" + m + " active at 25 %"), r.err());
      assertTrue(r.err().contains("waiting for main_" + m + " (" + COPY), r.err());
      assertTrue(ms >= 1_000 && ms < 10_000, ms + " ms");
      assertEquals(before, bookkeeping(db), "wait only reads");
    }
  }

  @Test
  void aPausedMigrationIsSaidNotToMove() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      long m = new GitlabFixture(db).migration(COPY, "events", "id", ARGS, 1, 1_000, 250, 100, 0);

      CliRunner.Result r = CliRunner.against(db).run("wait", "main_" + m, "--timeout", "300ms", "--interval", "100ms");

      assertThat(r).exitedWith(UNFINISHED);
      assertTrue(r.err().contains("migration main_" + m + " is paused: Sidekiq does not run it until it is resumed"),
          r.err());
      assertTrue(r.err().contains("still unfinished: main_" + m + " paused at 0 %"), r.err());
    }
  }

  @Test
  void ctrlCEndsTheWaitWithExitThree() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      long m = new GitlabFixture(db).migration(COPY, "events", "id", ARGS, 1, 1_000, 250, 100, 1);
      long t0 = System.nanoTime();

      CliRunner.Result r = CliRunner.against(db).stopWhen(() -> System.nanoTime() - t0 > 500_000_000L)
          .run("wait", "main_" + m);

      assertThat(r).exitedWith(UNFINISHED);
      assertTrue(r.err().contains("stopped on request; nothing was changed; still unfinished: main_" + m), r.err());
    }
  }

  @Test
  void allWaitsForEveryUnfinishedMigrationAndPrintsTheResultAsJson() throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      long done = f.migration(COPY, "notes", "id", ARGS, 1, 100, 100, 50, 3);
      long a = f.migration(COPY, "events", "id", ARGS, 1, 500, 250, 100, 1);
      long b = f.migration(COPY, "issues", "id", ARGS, 1, 500, 250, 100, 0);
      Thread t = sidekiq(db, List.of(succeededJob(a, 1, 500), status(a, 3), status(b, 1), succeededJob(b, 1, 500),
          status(b, 6)));

      CliRunner.Result r = CliRunner.against(db).run("wait", "--all", "--interval", "200ms", "--json");
      t.join();

      assertThat(r).exitedWith(OK);
      JsonNode doc = JSON.readTree(r.out());
      assertEquals("finished", doc.get("outcome").asText());
      assertEquals(2, doc.get("migrations").size(), r.out());
      assertEquals("main_" + a, doc.get("migrations").get(0).get("id").asText());
      assertEquals("finished", doc.get("migrations").get(0).get("status").asText());
      assertEquals("main_" + b, doc.get("migrations").get(1).get("id").asText());
      assertEquals("finalized", doc.get("migrations").get(1).get("status").asText());
      assertTrue(doc.get("waited_seconds").asDouble() >= 1.0, r.out());
      assertTrue(!r.out().contains("main_" + done + "\""), r.out());
    }
  }

  @Test
  void nothingSelectedIsExitTwoInOneSentence() {
    CliRunner.Result r = new CliRunner().env("BBM_DATABASE_URL", "postgresql://127.0.0.1:1/nothing").run("wait");

    assertThat(r).exitedWith(USAGE);
    assertTrue(r.err().contains("wait needs a migration (an id such as main_85, or CLASS,TABLE,COLUMN,JSON) or --all"),
        r.err());
  }

  @Test
  void aSelectionThatMatchesNothingWarnsAsFinalizeDoesAndStrictMakesItSix() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      CliRunner cli = CliRunner.against(db);

      CliRunner.Result r = cli.run("wait", COPY, "events", "id", ARGS, "--interval", "200ms");
      assertThat(r).exitedWith(OK);
      assertTrue(r.err().contains("Could not find batched background migration"), r.err());

      assertThat(cli.run("wait", COPY, "events", "id", ARGS, "--strict")).exitedWith(NOT_FOUND);
    }
  }
}
