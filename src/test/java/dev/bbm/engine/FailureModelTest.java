package dev.bbm.engine;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** GitLab's failure model inside finalize: timeouts shrink sub-batches, then split jobs. */
class FailureModelTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  private static final String[] ID = {"id"};
  private static final String[] ID_TO = {"id_convert_to_bigint"};

  /**
   * Every row costs 30 ms to update and a statement may take 1.2 s: sub-batches of 80, 60 and 45
   * rows time out, 33 rows fit. So the job (batch 100, sub-batch 80) shrinks 80 -> 60 -> 45, is
   * split on its third attempt into 1..50 and 51..100, and each half shrinks 45 -> 33 and succeeds.
   */
  @Test
  void statementTimeoutShrinksTheSubBatchThenSplitsTheJob() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 100, ID, ID_TO);
      db.execute("CREATE FUNCTION slow_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
          + " PERFORM pg_sleep(0.03); RETURN NEW; END $$");
      db.execute("CREATE TRIGGER slow BEFORE UPDATE ON events FOR EACH ROW EXECUTE FUNCTION slow_row()");
      long id = f.migration(COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 100, 100, 80, 1);

      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0",
          "--statement-timeout", "1200ms");

      assertThat(r).exitedWith(OK);
      assertTrue(r.err().contains("reduced from 80 to 60"), r.err());
      assertTrue(r.err().contains("reduced from 60 to 45"), r.err());
      assertTrue(r.err().contains("split into 1..50 and 51..100"), r.err());
      assertEquals(2, r.err().lines().filter(l -> l.contains("reduced from 45 to 33")).count(), r.err());
      assertEquals("1..50:3:33:2 51..100:3:33:2", db.scalar("SELECT string_agg(min_value || '..' || max_value || ':'"
          + " || status || ':' || sub_batch_size || ':' || attempts, ' ' ORDER BY min_value)"
          + " FROM batched_background_migration_jobs"));
      assertEquals(5, db.count("SELECT count(*) FROM batched_background_migration_job_transition_logs"
          + " WHERE next_status = 2 AND exception_class = 'ActiveRecord::QueryCanceled'"
          + " AND exception_message LIKE 'PG::QueryCanceled: ERROR:  canceling statement due to statement timeout%'"));
      assertEquals(0, f.uncopied("events", ID, ID_TO));
      assertNull(f.invariantProblem(id));
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void looseIndexScanBatchesCountDistinctValues(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      db.execute("CREATE TABLE merge_requests (id bigint PRIMARY KEY, project_id integer NOT NULL,"
          + " project_id_convert_to_bigint bigint)");
      db.execute("CREATE INDEX ON merge_requests (project_id)");
      db.execute("INSERT INTO merge_requests (id, project_id) SELECT g, (g % 50) * 3 + 1 FROM generate_series(1, 1000) g");
      long id = f.migration(COPY, "merge_requests", "project_id",
          "[[\"project_id\"],[\"project_id_convert_to_bigint\"]]", 1, 148, 10, 10, 1);
      db.execute("UPDATE batched_background_migrations SET batch_class_name = 'LooseIndexScanBatchingStrategy'");

      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0");

      assertThat(r).exitedWith(OK);
      assertEquals(0, f.uncopied("merge_requests", new String[] {"project_id"},
          new String[] {"project_id_convert_to_bigint"}));
      assertEquals("1..28 31..58 61..88 91..118 121..148", db.scalar("SELECT string_agg(min_value || '..' || max_value,"
          + " ' ' ORDER BY min_value) FROM batched_background_migration_jobs"), "10 distinct project ids per job");
    }
  }

  @Test
  void missingTransitionLogPartitionWarnsOnceAndStillFinishes() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.BEFORE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 1_000, ID, ID_TO);
      String partition = "gitlab_partitions_dynamic.batched_background_migration_job_transition_logs_"
          + db.scalar("SELECT to_char(now(), 'YYYYMM')");
      db.execute("DROP TABLE " + partition);
      long id = f.migration(COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 1_000, 200, 100, 1);

      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0");

      assertThat(r).exitedWith(OK);
      assertEquals(1, r.err().lines().filter(l -> l.contains("transition log row could not be written")).count(), r.err());
      assertEquals(0, f.uncopied("events", ID, ID_TO));
      assertEquals(3, f.status(id));
      assertEquals(5, db.count("SELECT count(*) FROM batched_background_migration_jobs WHERE status = 3"));
    }
  }

  @Test
  void shouldStopFailsTheMigrationWhenMostOfFiftyJobsFail() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 1_000, ID, ID_TO);
      db.execute("CREATE FUNCTION refuse_high() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
          + " IF NEW.id > 100 THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$");
      db.execute("CREATE TRIGGER refuse BEFORE UPDATE ON events FOR EACH ROW EXECUTE FUNCTION refuse_high()");
      long id = f.migration(COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 1_000, 10, 10, 1);

      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0");

      assertThat(r).exitedWith(FAILED);
      assertEquals(4, f.status(id));
      assertTrue(r.err().contains("as GitLab's should_stop? does"), r.err());
      assertEquals(50, db.count("SELECT count(*) FROM batched_background_migration_jobs"),
          "stopped at the 50th job: 10 succeeded, 40 failed");
      assertEquals(40, db.count("SELECT count(*) FROM batched_background_migration_jobs WHERE status = 2"));
    }
  }
}
