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
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The seven finalize commands from GitLab's upgrade notes, run through bash exactly as printed
 * (shell quoting included), on migrations in every state finalize must handle.
 */
class UpgradeNotesTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";

  private static final String COMMANDS = String.join("\n",
      "set -e",
      "bbm finalize CopyColumnUsingBackgroundMigrationJob,ci_stages,id,'[[\"id\"]\\, [\"id_convert_to_bigint\"]]'",
      "bbm finalize CopyColumnUsingBackgroundMigrationJob,ci_builds_metadata,id,'[[\"id\"]\\, [\"id_convert_to_bigint\"]]'",
      "bbm finalize CopyColumnUsingBackgroundMigrationJob,ci_builds_metadata,id,'[[\"build_id\"]\\, [\"build_id_convert_to_bigint\"]]'",
      "bbm finalize CopyColumnUsingBackgroundMigrationJob,push_event_payloads,event_id,'[[\"event_id\"]\\, [\"event_id_convert_to_bigint\"]]'",
      "bbm finalize CopyColumnUsingBackgroundMigrationJob,deployments,id,'[[\"deployable_id\"]\\, [\"deployable_id_convert_to_bigint\"]]'",
      "bbm finalize CopyColumnUsingBackgroundMigrationJob,taggings,id,'[[\"id\"\\, \"taggable_id\"]\\, [\"id_convert_to_bigint\"\\, \"taggable_id_convert_to_bigint\"]]'",
      "bbm finalize CopyColumnUsingBackgroundMigrationJob,events,id,'[[\"id\"]\\, [\"id_convert_to_bigint\"]]'",
      "");

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void theSevenCommandsFinishEverything(GitlabLayout layout, @TempDir Path tmp) throws Exception {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      String[] id = {"id"};
      String[] idTo = {"id_convert_to_bigint"};
      // active, no jobs yet
      f.copyTable("ci_stages", 3_000, id, idTo);
      long stages = f.migration(COPY, "ci_stages", "id", "[[\"id\"], [\"id_convert_to_bigint\"]]", 1, 3_000, 1_000, 250, 1);
      // paused after a first job; and on the same table a failed migration whose job is blocked
      f.copyTable("ci_builds_metadata", 2_000, new String[] {"id", "build_id"},
          new String[] {"id_convert_to_bigint", "build_id_convert_to_bigint"});
      long metaId = f.migration(COPY, "ci_builds_metadata", "id", "[[\"id\"], [\"id_convert_to_bigint\"]]", 1, 2_000, 1_000, 250, 0);
      f.job(metaId, 1, 1_000, 3, 1, "3 days");
      db.execute("UPDATE ci_builds_metadata SET id_convert_to_bigint = id WHERE id <= 1000");
      long metaBuild = f.migration(COPY, "ci_builds_metadata", "id", "[[\"build_id\"], [\"build_id_convert_to_bigint\"]]",
          1, 2_000, 1_000, 250, 4);
      long blocked = f.job(metaBuild, 1, 1_000, 2, 3, "2 days");
      f.failureLog(blocked, "ActiveRecord::QueryCanceled", "PG::QueryCanceled: ERROR:  canceling statement due to statement timeout");
      // finalizing after an interrupted run: a job left running an hour and more ago
      db.execute("CREATE TABLE push_event_payloads (event_id bigint PRIMARY KEY, event_id_convert_to_bigint bigint)");
      db.execute("INSERT INTO push_event_payloads (event_id) SELECT g FROM generate_series(1, 2500) g");
      long payloads = f.migration(COPY, "push_event_payloads", "event_id", "[[\"event_id\"], [\"event_id_convert_to_bigint\"]]",
          1, 2_500, 1_000, 250, 5);
      f.job(payloads, 1, 1_000, 1, 1, "2 hours");
      // finalizing, its job running a minute ago under a bbm whose connection is gone
      f.copyTable("deployments", 1_500, new String[] {"deployable_id"}, new String[] {"deployable_id_convert_to_bigint"});
      long deployments = f.migration(COPY, "deployments", "id", "[[\"deployable_id\"], [\"deployable_id_convert_to_bigint\"]]",
          1, 1_500, 1_000, 250, 5);
      long orphan = f.job(deployments, 1, 1_000, 1, 1, "1 minute");
      db.execute("UPDATE batched_background_migration_jobs SET metrics = '{\"bbm_runner\": {\"pid\": 2147483000,"
          + " \"backend_start\": \"2026-01-01T00:00:00Z\"}}' WHERE id = " + orphan);
      // active with a pending job, copying two columns
      f.copyTable("taggings", 1_200, new String[] {"id", "taggable_id"},
          new String[] {"id_convert_to_bigint", "taggable_id_convert_to_bigint"});
      long taggings = f.migration(COPY, "taggings", "id",
          "[[\"id\", \"taggable_id\"], [\"id_convert_to_bigint\", \"taggable_id_convert_to_bigint\"]]", 1, 1_200, 1_000, 250, 1);
      f.job(taggings, 1, 1_000, 0, 0, "10 minutes");
      // already finished: left alone
      f.copyTable("events", 500, id, idTo);
      db.execute("UPDATE events SET id_convert_to_bigint = id");
      long events = f.migration(COPY, "events", "id", "[[\"id\"], [\"id_convert_to_bigint\"]]", 1, 500, 1_000, 250, 3);

      Map<String, String> env = Map.of("BBM_DATABASE_URL", db.uri());
      CliRunner.Result before = BbmProcess.bash(tmp.resolve("before"), env, "bbm status\n");
      assertThat(before).exitedWith(FAILED);

      CliRunner.Result run = BbmProcess.bash(tmp.resolve("run"), env, COMMANDS);
      assertThat(run).exitedWith(OK);

      assertEquals(0, db.count("SELECT count(*) FROM (SELECT job_class_name, table_name, column_name, job_arguments"
          + " FROM batched_background_migrations WHERE status NOT IN (3, 6)) x"));
      assertEquals(0, f.uncopied("ci_stages", id, idTo));
      assertEquals(0, f.uncopied("ci_builds_metadata", new String[] {"id", "build_id"},
          new String[] {"id_convert_to_bigint", "build_id_convert_to_bigint"}));
      assertEquals(0, f.uncopied("push_event_payloads", new String[] {"event_id"}, new String[] {"event_id_convert_to_bigint"}));
      assertEquals(0, f.uncopied("deployments", new String[] {"deployable_id"}, new String[] {"deployable_id_convert_to_bigint"}));
      assertEquals(0, f.uncopied("taggings", new String[] {"id", "taggable_id"},
          new String[] {"id_convert_to_bigint", "taggable_id_convert_to_bigint"}));
      assertEquals(0, f.uncopied("events", id, idTo));
      for (long m : new long[] {stages, metaId, metaBuild, payloads, deployments, taggings, events}) {
        assertNull(f.invariantProblem(m), "migration " + m);
      }
      assertTrue(run.err().contains("already finished"), run.err());
      assertTrue(run.err().contains("the bbm that ran it (pid 2147483000) is gone"), run.err());

      CliRunner.Result after = BbmProcess.bash(tmp.resolve("after"), env, "bbm status\n");
      assertThat(after).exitedWith(OK);
    }
  }
}
