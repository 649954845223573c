package dev.bbm.faults;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Item 12: a job row missing between two succeeded ones (jobs 1..1000 and 2001..3000, none for
 * 1001..2000). Finalize must create jobs for the gap (with transition logs) and run its rows once,
 * leave the succeeded ranges alone, and status must not call the migration complete before.
 * A trigger counts the updates of every row.
 */
@Tag("faults")
class CoverageGapTest {
  private static final int ITEM = 12;
  private static final String JOBS = "batched_background_migration_jobs";
  private static final String LOGS = "batched_background_migration_job_transition_logs";

  static Stream<Arguments> runs() {
    return Stream.of(
        Arguments.of(GitlabLayout.SINCE_17_6, 1, 1000),
        Arguments.of(GitlabLayout.BEFORE_17_6, 1, 300),
        Arguments.of(GitlabLayout.SINCE_17_6, 2, 300),
        Arguments.of(GitlabLayout.BEFORE_17_6, 2, 1000));
  }

  @ParameterizedTest(name = "{0}, --parallel {1}, batch size {2}")
  @MethodSource("runs")
  void finalizeFillsTheGapAndRunsEachRowOnce(GitlabLayout layout, int parallel, int batchSize) throws Exception {
    FaultLedger.caseRun(ITEM);
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      long id = gapped(db, f, batchSize);
      FaultLedger.faults(ITEM, 1);

      CliRunner.Result status = CliRunner.against(db).run("status", "--json");
      JsonNode m = new ObjectMapper().readTree(status.out()).get("databases").get(0).get("migrations").get(0);
      assertEquals(66.6, m.get("progress").asDouble(), status.out());
      assertFalse(CliRunner.against(db).run("status").out().contains("100.0%"));
      assertThat(CliRunner.against(db).run("check")).exitedWith(UNFINISHED);

      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0",
          "--parallel", String.valueOf(parallel));
      assertThat(r).exitedWith(OK);

      long twice = db.count("SELECT count(*) FROM events WHERE update_count > 1");
      long gapNotOnce = db.count("SELECT count(*) FROM events WHERE id BETWEEN 1001 AND 2000 AND update_count <> 1");
      long doneTouched = db.count("SELECT count(*) FROM events WHERE id NOT BETWEEN 1001 AND 2000"
          + " AND update_count <> 0");
      long uncopied = f.uncopied("events", Faults.ID, Faults.ID_TO);
      FaultLedger.rowsChecked(ITEM, 3000);
      FaultLedger.lost(ITEM, uncopied + twice + doneTouched);
      assertEquals(0, uncopied, "every row copied");
      assertEquals(0, gapNotOnce, "each row of the gap updated exactly once");
      assertEquals(0, doneTouched, "the succeeded ranges' rows are not run again");
      assertTrue((r.out() + r.err()).contains("keys 1001..2000 had no job; bbm creates jobs for them"), r.toString());

      assertEquals(3, f.status(id), "finished");
      assertNull(f.invariantProblem(id));
      String created = " FROM " + JOBS + " WHERE batched_background_migration_id = " + id
          + " AND NOT (min_value = 1 AND max_value = 1000) AND NOT (min_value = 2001 AND max_value = 3000)";
      assertEquals(1001, db.count("SELECT min(min_value)" + created));
      assertEquals(2000, db.count("SELECT max(max_value)" + created));
      assertEquals(1000, db.count("SELECT sum(max_value - min_value + 1)" + created));
      long jobs = db.count("SELECT count(*)" + created);
      assertEquals((1000 + batchSize - 1) / batchSize, jobs);
      assertEquals(2 * jobs, db.count("SELECT count(*) FROM " + LOGS + " WHERE batched_background_migration_job_id"
          + " IN (SELECT id" + created + ") AND (previous_status, next_status) IN ((0, 1), (1, 3))"),
          "a pending to running and a running to succeeded log per new job");

      assertThat(CliRunner.against(db).run("check")).exitedWith(OK);
    }
  }

  @Test
  void aGapWithoutRowsGetsNoJobAndTheMigrationFinishes() {
    FaultLedger.caseRun(ITEM);
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      long id = gapped(db, f, 1000);
      db.execute("DELETE FROM events WHERE id BETWEEN 1001 AND 1499");
      db.execute("DELETE FROM events WHERE id BETWEEN 1601 AND 2000");
      FaultLedger.faults(ITEM, 1);

      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0");
      assertThat(r).exitedWith(OK);
      assertEquals(3, f.status(id));
      assertEquals(1, db.count("SELECT count(*) FROM " + JOBS + " WHERE min_value = 1500 AND max_value = 2000"),
          "one job, from the gap's first row, clamped to the gap's end");
      assertEquals(3, db.count("SELECT count(*) FROM " + JOBS));
      FaultLedger.rowsChecked(ITEM, 2101);
      long wrong = db.count("SELECT count(*) FROM events WHERE update_count <> CASE WHEN id BETWEEN 1500 AND 1600"
          + " THEN 1 ELSE 0 END") + f.uncopied("events", Faults.ID, Faults.ID_TO);
      FaultLedger.lost(ITEM, wrong);
      assertEquals(0, wrong);
    }
  }

  @Test
  void statusCountsKeysTwoSucceededJobsShareOnce() throws Exception {
    FaultLedger.caseRun(ITEM);
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      long id = gapped(db, f, 1000);
      f.job(id, 1, 1000, 3, 1, "1 hour");
      JsonNode m = new ObjectMapper().readTree(CliRunner.against(db).run("status", "--json").out())
          .get("databases").get(0).get("migrations").get(0);
      assertEquals(66.6, m.get("progress").asDouble(), "a duplicate job does not cover the gap");
    }
  }

  /**
   * Table events with ids 1..3000, a trigger counting updates per row, an active migration over
   * 1..3000 with succeeded jobs for 1..1000 and 2001..3000 (their rows copied as GitLab left them)
   * and none for 1001..2000.
   */
  static long gapped(TestDatabase db, GitlabFixture f, int batchSize) {
    f.copyTable("events", 3000, Faults.ID, Faults.ID_TO);
    db.execute("UPDATE events SET id_convert_to_bigint = id WHERE id NOT BETWEEN 1001 AND 2000");
    countUpdates(db, "events");
    long id = f.migration(Faults.COPY, "events", "id", Faults.ARGS, 1, 3000, batchSize, 100, 1);
    f.job(id, 1, 1000, 3, 1, "1 hour");
    f.job(id, 2001, 3000, 3, 1, "1 hour");
    return id;
  }

  /** An {@code update_count} column that a BEFORE UPDATE trigger increments on every update of a row. */
  static void countUpdates(TestDatabase db, String table) {
    db.execute("ALTER TABLE " + table + " ADD COLUMN update_count integer NOT NULL DEFAULT 0");
    db.execute("CREATE FUNCTION " + table + "_count_update() RETURNS trigger LANGUAGE plpgsql AS"
        + " $$BEGIN NEW.update_count := OLD.update_count + 1; RETURN NEW; END$$");
    db.execute("CREATE TRIGGER " + table + "_count_update BEFORE UPDATE ON " + table + " FOR EACH ROW EXECUTE"
        + " FUNCTION " + table + "_count_update()");
  }
}
