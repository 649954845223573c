package dev.bbm.engine;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** bbm finalize on GitLab's tables in both layouts, through the CLI as an operator runs it. */
class FinalizeTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  private static final String[] ID = {"id"};
  private static final String[] ID_TO = {"id_convert_to_bigint"};

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void activeMigrationWithoutJobsIsCopiedAndFinished(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 2_345, ID, ID_TO);
      long id = f.migration(COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 2_345, 500, 100, 1);

      CliRunner.Result r = CliRunner.against(db).run("finalize",
          COPY + ",events,id,[[\"id\"]\\, [\"id_convert_to_bigint\"]]", "--pause-ms", "0");

      assertThat(r).exitedWith(OK);
      assertEquals(0, f.uncopied("events", ID, ID_TO));
      assertEquals(3, f.status(id));
      assertNull(f.invariantProblem(id));
      assertNotNull(db.scalar("SELECT finished_at FROM batched_background_migrations WHERE id = ?", id));
      assertEquals("1..500 501..1000 1001..1500 1501..2000 2001..2345", db.scalar("SELECT string_agg(min_value || '..' || max_value,"
          + " ' ' ORDER BY min_value) FROM batched_background_migration_jobs WHERE batched_background_migration_id = ?", id));
      assertEquals(1L, db.count("SELECT min(attempts) FROM batched_background_migration_jobs"));
      assertTrue(r.out().contains("Finalized main_" + id), r.out());
      // GitLab's metrics shape, with one timing per sub-batch
      assertEquals(24L, db.count("SELECT sum(jsonb_array_length(metrics->'timings'->'update_all'))"
          + " FROM batched_background_migration_jobs"));
      assertEquals(2_345L, db.count("SELECT sum(r::bigint) FROM batched_background_migration_jobs,"
          + " jsonb_array_elements_text(metrics->'affected_rows'->'update_all') r"));
      // two transition logs per job: pending -> running -> succeeded
      assertEquals(10, db.count("SELECT count(*) FROM batched_background_migration_job_transition_logs"));
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void multiColumnCopyWithBatchColumnDifferentFromCopiedColumns(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      String[] from = {"id", "taggable_id"};
      String[] to = {"id_convert_to_bigint", "taggable_id_convert_to_bigint"};
      f.copyTable("taggings", 1_000, from, to);
      f.copyTable("deployments", 800, new String[] {"deployable_id"}, new String[] {"deployable_id_convert_to_bigint"});
      long t = f.migration(COPY, "taggings", "id",
          "[[\"id\", \"taggable_id\"], [\"id_convert_to_bigint\", \"taggable_id_convert_to_bigint\"]]", 1, 1_000, 300, 70, 1);
      long d = f.migration(COPY, "deployments", "id", "[[\"deployable_id\"], [\"deployable_id_convert_to_bigint\"]]",
          1, 800, 1000, 100, 0);

      CliRunner cli = CliRunner.against(db);
      assertThat(cli.run("finalize", "main_" + t, "--pause-ms", "0")).exitedWith(OK);
      assertThat(cli.run("finalize", COPY, "deployments", "id",
          "[[\"deployable_id\"],[\"deployable_id_convert_to_bigint\"]]", "--pause-ms", "0"))
          .exitedWith(OK);

      assertEquals(0, f.uncopied("taggings", from, to));
      assertEquals(0, f.uncopied("deployments", new String[] {"deployable_id"},
          new String[] {"deployable_id_convert_to_bigint"}));
      assertNull(f.invariantProblem(t));
      assertNull(f.invariantProblem(d));
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void failedMigrationWithBlockedJobIsResetAndFinished(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("ci_stages", 1_000, ID, ID_TO);
      long id = f.migration(COPY, "ci_stages", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 1_000, 250, 100, 4);
      f.job(id, 1, 250, 3, 1, "2 hours");
      long blocked = f.job(id, 251, 500, 2, 3, "2 hours");
      f.failureLog(blocked, "ActiveRecord::QueryCanceled", "PG::QueryCanceled: ERROR:  canceling statement due to statement timeout");
      db.execute("UPDATE ci_stages SET id_convert_to_bigint = id WHERE id <= 250");

      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0");

      assertThat(r).exitedWith(OK);
      assertEquals(0, f.uncopied("ci_stages", ID, ID_TO));
      assertNull(f.invariantProblem(id));
      assertEquals(1L, db.count("SELECT attempts FROM batched_background_migration_jobs WHERE id = ?", blocked),
          "the blocked job's attempts were reset to 0, then it ran once");
      assertTrue(r.err().contains("reset the attempts of 1 blocked job"), r.err());
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void interruptedFinalizeWithStaleRunningJobResumes(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("push_event_payloads_src", 10, ID, ID_TO);
      db.execute("CREATE TABLE push_event_payloads (event_id bigint PRIMARY KEY, event_id_convert_to_bigint bigint)");
      db.execute("INSERT INTO push_event_payloads (event_id) SELECT g FROM generate_series(1, 1200) g");
      long id = f.migration(COPY, "push_event_payloads", "event_id",
          "[[\"event_id\"],[\"event_id_convert_to_bigint\"]]", 1, 1_200, 400, 100, 5);
      f.job(id, 1, 400, 3, 1, "3 hours");
      long stuck = f.job(id, 401, 800, 1, 1, "2 hours");
      db.execute("UPDATE push_event_payloads SET event_id_convert_to_bigint = event_id WHERE event_id <= 400");

      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0");

      assertThat(r).exitedWith(OK);
      assertTrue(r.err().contains("job " + stuck), r.err());
      assertEquals(0, f.uncopied("push_event_payloads", new String[] {"event_id"},
          new String[] {"event_id_convert_to_bigint"}));
      assertNull(f.invariantProblem(id));
      assertEquals(2L, db.count("SELECT attempts FROM batched_background_migration_jobs WHERE id = ?", stuck));
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void liveRunningJobMakesFinalizeBusyAndLeavesStatusAlone(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 500, ID, ID_TO);
      long id = f.migration(COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 500, 250, 100, 1);
      long running = f.job(id, 1, 250, 1, 1, "5 minutes");

      CliRunner.Result busy = CliRunner.against(db).run("finalize", "main_" + id);
      assertThat(busy).exitedWith(BUSY);
      assertTrue(busy.err().contains("job " + running) && busy.err().contains("running"), busy.err());
      // the advice never names a --stale-after below GitLab's stuck timeout (that ran live Sidekiq jobs twice)
      assertTrue(busy.err().contains("GitLab takes it for stuck after 1h untouched"), busy.err());
      assertTrue(busy.err().contains("safe only when no Sidekiq worker can still run this job"), busy.err());
      assertFalse(busy.err().matches("(?s).*--stale-after \\d.*"), busy.err());
      assertEquals(1, f.status(id), "status restored to active");
      assertEquals(0, f.uncopied("events", new String[] {"id"}, new String[] {"id"}));
      assertEquals(500, f.uncopied("events", ID, ID_TO));

      CliRunner.Result forced = CliRunner.against(db).run("finalize", "main_" + id, "--stale-after", "1m",
          "--pause-ms", "0");
      assertThat(forced).exitedWith(OK);
      assertEquals(0, f.uncopied("events", ID, ID_TO));
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void alreadyFinishedIsLeftAloneAndUnknownIsAWarning(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 100, ID, ID_TO);
      long id = f.migration(COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 100, 100, 100, 3);

      CliRunner cli = CliRunner.against(db);
      CliRunner.Result done = cli.run("finalize", "main_" + id);
      assertThat(done).exitedWith(OK);
      assertTrue(done.err().contains("already finished"), done.err());
      assertEquals(100, f.uncopied("events", ID, ID_TO));

      String other = COPY + ",events,id,[[\"created_at\"]\\,[\"other\"]]";
      CliRunner.Result missing = cli.run("finalize", other);
      assertThat(missing).exitedWith(OK);
      assertTrue(missing.err().contains("Could not find batched background migration for the given configuration"),
          missing.err());
      assertThat(cli.run("finalize", other, "--strict")).exitedWith(NOT_FOUND);
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void failingJobsLeaveTheMigrationFailedWithTheirErrors(GitlabLayout layout) throws Exception {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 600, ID, ID_TO);
      long id = f.migration(COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 600, 200, 100, 1);
      try (Connection c = db.connect(); Statement s = c.createStatement()) {
        s.execute("CREATE FUNCTION refuse_450() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
            + " IF NEW.id = 450 THEN RAISE EXCEPTION 'row 450 refuses to be copied'; END IF; RETURN NEW; END $$");
        s.execute("CREATE TRIGGER refuse BEFORE UPDATE ON events FOR EACH ROW EXECUTE FUNCTION refuse_450()");
      }
      CliRunner cli = CliRunner.against(db);
      CliRunner.Result r = cli.run("finalize", "main_" + id, "--pause-ms", "0");

      assertThat(r).exitedWith(FAILED);
      assertEquals(4, f.status(id));
      assertTrue(r.err().contains("could not be completed and a manual action is required"), r.err());
      assertTrue(r.err().contains("401..600") && r.err().contains("row 450 refuses to be copied"), r.err());
      assertEquals(3L, db.count("SELECT attempts FROM batched_background_migration_jobs WHERE status = 2"));
      assertEquals(200, f.uncopied("events", ID, ID_TO), "the failed job's sub-batches: 401..500 rolled back, 501..600 never ran");

      CliRunner.Result status = cli.run("status", "main_" + id);
      assertThat(status).exitedWith(FAILED);
      assertTrue(status.out().contains("row 450 refuses to be copied"), status.out());

      db.execute("DROP TRIGGER refuse ON events");
      CliRunner.Result again = cli.run("finalize", "main_" + id, "--pause-ms", "0");
      assertThat(again).exitedWith(OK);
      assertEquals(0, f.uncopied("events", ID, ID_TO));
      assertNull(f.invariantProblem(id));
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void refusesBadRowsAndDryRunChangesNothing(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 100, ID, ID_TO);
      long missingTable = f.migration(COPY, "no_such_table", "id", "[[\"id\"],[\"x\"]]", 1, 100, 100, 100, 1);
      long injected = f.migration(COPY, "events; DROP TABLE events", "id", "[[\"id\"],[\"x\"]]", 1, 100, 100, 100, 1);
      long unknown = f.migration("BackfillSomethingRuby", "events", "id", "[]", 1, 100, 100, 100, 1);
      long good = f.migration(COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 100, 100, 100, 1);
      CliRunner cli = CliRunner.against(db);

      CliRunner.Result r1 = cli.run("finalize", "main_" + missingTable);
      assertThat(r1).exitedWith(USAGE);
      assertTrue(r1.err().contains("does not exist"), r1.err());
      CliRunner.Result r2 = cli.run("finalize", "main_" + injected);
      assertThat(r2).exitedWith(USAGE);
      assertTrue(r2.err().contains("not a valid SQL identifier"), r2.err());
      CliRunner.Result r3 = cli.run("finalize", "main_" + unknown);
      assertThat(r3).exitedWith(USAGE);
      assertTrue(r3.err().contains("cannot execute job class BackfillSomethingRuby")
          && r3.err().contains("mark-finished"), r3.err());
      CliRunner.Result dry = cli.run("finalize", "main_" + good, "--dry-run");
      assertThat(dry).exitedWith(OK);
      assertTrue(dry.out().contains("UPDATE \"events\" SET \"id_convert_to_bigint\" = \"id\""), dry.out());

      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs"));
      assertEquals(4, db.count("SELECT count(*) FROM batched_background_migrations WHERE status = 1"));
      assertEquals(100, f.uncopied("events", ID, ID_TO));
      assertEquals(100, db.count("SELECT count(*) FROM events"));
    }
  }
}
