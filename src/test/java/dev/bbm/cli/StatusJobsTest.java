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
import dev.bbm.testing.JsonSchemas;
import dev.bbm.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** bbm status ID --jobs: one migration's every job, with its history, who wrote it, and mark-finished's reason. */
class StatusJobsTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  private static final String ARGS = "[[\"id\"],[\"id_convert_to_bigint\"]]";
  private static final String[] ID = {"id"};
  private static final String[] ID_TO = {"id_convert_to_bigint"};
  private static final String LOG = "INSERT INTO batched_background_migration_job_transition_logs"
      + " (batched_background_migration_job_id, created_at, updated_at, previous_status, next_status,"
      + " exception_class, exception_message) VALUES ";

  /** The jobs of every state, written as GitLab (or a bbm) would have left them. */
  private record Jobs(long migration, long succeeded, long failed, long running, long pending) {}

  private static Jobs everyState(TestDatabase db) {
    GitlabFixture f = new GitlabFixture(db);
    f.copyTable("events", 400, ID, ID_TO);
    long m = f.migration(COPY, "events", "id", ARGS, 1, 400, 100, 50, 1);
    long pending = f.job(m, 301, 400, 0, 0, "1 minute");
    long running = f.job(m, 201, 300, 1, 1, "2 minutes");
    long failed = f.job(m, 101, 200, 2, 2, "10 minutes");
    long succeeded = f.job(m, 1, 100, 3, 1, "1 hour");
    db.execute("UPDATE batched_background_migration_jobs SET metrics = '{\"timings\": {\"update_all\": [0.1, 0.2]},"
        + " \"affected_rows\": {\"update_all\": [40, 60]}}' WHERE id = " + succeeded);
    db.execute("UPDATE batched_background_migration_jobs SET metrics = '{\"bbm_runner\": {\"pid\": 4242,"
        + " \"backend_start\": \"2025-01-01T00:00:00Z\"}}', started_at = now() - interval '95 seconds'"
        + " WHERE id = " + running);
    db.execute(LOG + "(" + failed + ", now() - interval '50 minutes', now(), 0, 1, NULL, NULL),"
        + " (" + failed + ", now() - interval '40 minutes', now(), 1, 2, 'ActiveRecord::QueryCanceled',"
        + " 'PG::QueryCanceled: ERROR:  canceling statement due to statement timeout'),"
        + " (" + failed + ", now() - interval '30 minutes', now(), 2, 1, NULL, NULL),"
        + " (" + failed + ", now() - interval '20 minutes', now(), 1, 2, 'ActiveRecord::Deadlocked',"
        + " 'PG::TRDeadlockDetected: ERROR:  deadlock detected')");
    db.execute(LOG + "(" + running + ", now() - interval '95 seconds', now(), 0, 1, NULL, NULL)");
    return new Jobs(m, succeeded, failed, running, pending);
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void textShowsEveryJobByRangeWithItsHistoryOldestFirst(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      Jobs j = everyState(db);

      CliRunner.Result r = CliRunner.against(db).run("status", "main_" + j.migration(), "--jobs");

      assertThat(r).exitedWith(UNFINISHED);
      String out = r.out();
      List<String> rows = out.lines()
          .filter(l -> l.matches("\\d+\\s+\\d+\\.\\.\\d+\\s+(pending|running|failed|succeeded)\\s.*")).toList();
      assertEquals(4, rows.size(), out);
      assertTrue(rows.get(0).matches(j.succeeded() + "\\s+1\\.\\.100\\s+succeeded\\s+1\\s+\\S+\\s+100\\s+unknown"),
          rows.get(0));
      assertTrue(rows.get(1).matches(j.failed() + "\\s+101\\.\\.200\\s+failed\\s+2\\s+.*-\\s+unknown"),
          rows.get(1));
      assertTrue(rows.get(2).matches(j.running() + "\\s+201\\.\\.300\\s+running\\s+1\\s+running for 1m3\\ds\\s+-"
          + "\\s+bbm"), rows.get(2));
      assertTrue(rows.get(3).matches(j.pending() + "\\s+301\\.\\.400\\s+pending\\s+0\\s+-\\s+-\\s+unknown"),
          rows.get(3));
      List<String> history = out.lines().filter(l -> l.startsWith("    20")).toList();
      assertTrue(history.stream().anyMatch(l -> l.matches(".*Z  running -> failed\\s+unknown"
          + "  ActiveRecord::QueryCanceled: PG::QueryCanceled: ERROR:  canceling statement due to statement"
          + " timeout")), out);
      assertTrue(history.stream().anyMatch(l -> l.matches(".*Z  pending -> running\\s+bbm")), out);
      int start = out.indexOf("History");
      int canceled = out.indexOf("ActiveRecord::QueryCanceled: PG::QueryCanceled", start);
      int deadlock = out.indexOf("ActiveRecord::Deadlocked: PG::TRDeadlockDetected: ERROR:  deadlock detected", start);
      int retried = out.indexOf("failed -> running", canceled);
      assertTrue(canceled > 0 && retried > canceled && deadlock > retried, out);
      assertTrue(out.contains("  job " + j.failed() + " (101..200)"), out);
    }
  }

  @Test
  void jsonCarriesEveryJobWithHistoryAndMarkFinishedWithItsReason() throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      Jobs j = everyState(db);
      CliRunner.Result mark = CliRunner.against(db).run("mark-finished", "main_" + j.migration(), "--yes",
          "--reason", "column dropped in 17.1");
      assertThat(mark).exitedWith(OK);

      CliRunner.Result r = CliRunner.against(db).run("status", "main_" + j.migration(), "--jobs", "--json");

      assertThat(r).exitedWith(OK);
      JsonNode root = new ObjectMapper().readTree(r.out());
      assertEquals(List.of(), JsonSchemas.problems("status-detail.json", root));
      assertEquals(4, root.get("jobs").get("total").asInt(), "the job counts keep their key");
      JsonNode jobs = root.get("all_jobs");
      List<Long> ids = new ArrayList<>();
      jobs.forEach(n -> ids.add(n.get("id").asLong()));
      assertEquals(List.of(j.succeeded(), j.failed(), j.running(), j.pending()), ids);
      JsonNode ok = jobs.get(0);
      assertEquals(1, ok.get("min_value").asLong());
      assertEquals(100, ok.get("max_value").asLong());
      assertEquals(100, ok.get("rows").asLong());
      assertTrue(ok.get("seconds").isNumber(), ok.toString());
      JsonNode failed = jobs.get(1);
      assertEquals("succeeded", failed.get("status").asText());
      assertEquals(2, failed.get("attempts").asInt());
      assertTrue(failed.get("rows").isNull());
      List<String> changes = new ArrayList<>();
      failed.get("history").forEach(h -> changes.add(h.get("previous_status").asText() + ">"
          + h.get("next_status").asText() + ":" + h.get("by").asText() + ":" + h.get("exception_class").asText()));
      assertEquals(List.of("pending>running:unknown:null", "running>failed:unknown:ActiveRecord::QueryCanceled",
          "failed>running:unknown:null", "running>failed:unknown:ActiveRecord::Deadlocked",
          "failed>succeeded:bbm:bbm.MarkedFinished"), changes);
      assertEquals("column dropped in 17.1", failed.get("history").get(4).get("exception_message").asText());
      JsonNode pending = jobs.get(3);
      assertEquals("succeeded", pending.get("status").asText());
      assertEquals("bbm.MarkedFinished", pending.get("history").get(0).get("exception_class").asText());
    }
  }

  @Test
  void jobsBbmRanSayBbmAndCountTheirRows() throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 250, ID, ID_TO);
      long m = f.migration(COPY, "events", "id", ARGS, 1, 250, 100, 50, 1);
      assertThat(CliRunner.against(db).run("finalize", "main_" + m)).exitedWith(OK);

      CliRunner.Result r = CliRunner.against(db).run("status", "main_" + m, "--jobs", "--json");

      assertThat(r).exitedWith(OK);
      JsonNode jobs = new ObjectMapper().readTree(r.out()).get("all_jobs");
      long rows = 0;
      for (JsonNode n : jobs) {
        assertEquals("bbm", n.get("ran_by").asText(), n.toString());
        assertEquals("succeeded", n.get("status").asText());
        n.get("history").forEach(h -> assertEquals("bbm", h.get("by").asText(), n.toString()));
        assertTrue(n.get("history").size() >= 2, n.toString());
        rows += n.get("rows").asLong();
      }
      assertEquals(250, rows);
    }
  }

  @Test
  void cursorJobsShowTheirCursors() throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 200, ID, ID_TO);
      long m = f.migration(COPY, "events", "id", ARGS, 1, 200, 100, 50, 1);
      long second = f.job(m, 101, 200, 0, 0, "1 minute");
      long first = f.job(m, 1, 100, 0, 0, "1 minute");
      db.execute("UPDATE batched_background_migration_jobs SET min_value = NULL, max_value = NULL,"
          + " min_cursor = jsonb_build_array(min_value, 1), max_cursor = jsonb_build_array(max_value, 9)");

      CliRunner.Result text = CliRunner.against(db).run("status", "main_" + m, "--jobs");
      CliRunner.Result json = CliRunner.against(db).run("status", "main_" + m, "--jobs", "--json");

      assertTrue(text.out().contains("[1,1]..[100,9]"), text.out());
      assertTrue(text.out().indexOf("[1,1]..[100,9]") < text.out().indexOf("[101,1]..[200,9]"), text.out());
      JsonNode root = new ObjectMapper().readTree(json.out());
      assertEquals(List.of(), JsonSchemas.problems("status-detail.json", root));
      JsonNode jobs = root.get("all_jobs");
      assertEquals(first, jobs.get(0).get("id").asLong());
      assertEquals(second, jobs.get(1).get("id").asLong());
      assertEquals("[1,1]", jobs.get(0).get("min_cursor").toString());
      assertTrue(jobs.get(0).get("min_value").isNull());
    }
  }

  @Test
  void jobsWithoutAnIdIsAUsageError() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      CliRunner.Result r = CliRunner.against(db).run("status", "--jobs");

      assertThat(r).exitedWith(USAGE);
      assertTrue(r.err().contains("--jobs shows one migration's jobs"), r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
    }
  }
}
