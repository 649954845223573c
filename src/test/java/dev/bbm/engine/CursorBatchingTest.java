package dev.bbm.engine;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.jobs.AssigneeNamespaceCursorTestJob;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cursor batching (GitLab 17.6+): a migration with min_cursor/max_cursor and no min_value/max_value
 * over a composite key, issue_assignees (issue_id, user_id), run to finished by bbm finalize with
 * jobs that carry min_cursor/max_cursor, contiguous and without overlap, each row in exactly one.
 */
class CursorBatchingTest {
  private static final String CLASS = AssigneeNamespaceCursorTestJob.NAME;
  private static final String SELECTION = CLASS + ",issue_assignees,issue_id,[]";

  /** issues 1..300; issue i has i % 4 assignees (users 1..3); every 10th assignee's namespace is already set. */
  private static TestDatabase database() {
    TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6);
    db.execute("CREATE TABLE issues (id bigint NOT NULL PRIMARY KEY, title character varying,"
        + " namespace_id bigint NOT NULL)");
    db.execute("CREATE TABLE issue_assignees (user_id bigint NOT NULL, issue_id bigint NOT NULL,"
        + " namespace_id bigint, CONSTRAINT issue_assignees_pkey PRIMARY KEY (issue_id, user_id))");
    db.execute("INSERT INTO issues SELECT g, 'issue ' || g, 500 + g % 7 FROM generate_series(1, 300) g");
    db.execute("INSERT INTO issue_assignees (user_id, issue_id, namespace_id)"
        + " SELECT u, i, CASE WHEN (i * 3 + u) % 10 = 0 THEN 9999 END"
        + " FROM generate_series(1, 300) i, generate_series(1, 3) u WHERE u <= i % 4");
    return db;
  }

  /** The migration row as GitLab 17.6+ queues a cursor migration: cursors set, values NULL. */
  private static long queue(TestDatabase db, String minCursor, String maxCursor) {
    db.execute("INSERT INTO batched_background_migrations (created_at, updated_at, min_value, max_value,"
        + " min_cursor, max_cursor, batch_size, sub_batch_size, \"interval\", status, job_class_name, table_name,"
        + " column_name, job_arguments, pause_ms, gitlab_schema, total_tuple_count, started_at)"
        + " VALUES (now(), now(), NULL, NULL, '" + minCursor + "', '" + maxCursor + "', 100, 30, 120, 1, '" + CLASS
        + "', 'issue_assignees', 'issue_id', '[]', 100, 'gitlab_main', 450, now())");
    return db.count("SELECT max(id) FROM batched_background_migrations");
  }

  private static final String JOB_COVERS = " (a.issue_id, a.user_id) >= ((j.min_cursor->>0)::bigint,"
      + " (j.min_cursor->>1)::bigint) AND (a.issue_id, a.user_id) <= ((j.max_cursor->>0)::bigint,"
      + " (j.max_cursor->>1)::bigint)";

  @Test
  void runsACursorMigrationOverACompositeKeyToFinished() {
    try (TestDatabase db = database()) {
      long id = queue(db, "[0, 0]", "[299, 3]");
      long preset = db.count("SELECT count(*) FROM issue_assignees WHERE namespace_id = 9999");
      var r = CliRunner.against(db).run("finalize", SELECTION);
      assertThat(r).exitedWith(OK);
      assertEquals(3, db.count("SELECT status FROM batched_background_migrations WHERE id = " + id), r.err());
      // the Ruby's effect, row by row: NULLs take their issue's namespace, rows already set keep theirs
      assertEquals(0, db.count("SELECT count(*) FROM issue_assignees a JOIN issues i ON i.id = a.issue_id"
          + " WHERE a.namespace_id IS DISTINCT FROM i.namespace_id AND a.namespace_id <> 9999"));
      assertEquals(preset, db.count("SELECT count(*) FROM issue_assignees WHERE namespace_id = 9999"));
      // jobs carry cursors, not values, and every row lies in exactly one succeeded job
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs WHERE min_value IS NOT NULL"
          + " OR min_cursor IS NULL OR max_cursor IS NULL OR status <> 3"));
      assertEquals(0, db.count("SELECT count(*) FROM issue_assignees a WHERE (SELECT count(*)"
          + " FROM batched_background_migration_jobs j WHERE" + JOB_COVERS + ") <> 1"));
      assertTrue(db.count("SELECT count(*) FROM batched_background_migration_jobs") >= 5);
      // batch_size 100 rows per job: jobs hold at most 100 rows each, as GitLab's keyset batching cuts them
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs j WHERE (SELECT count(*)"
          + " FROM issue_assignees a WHERE" + JOB_COVERS + ") > 100"));
      assertEquals(db.count("SELECT count(*) FROM batched_background_migration_jobs"),
          db.count("SELECT count(DISTINCT batched_background_migration_job_id)"
              + " FROM batched_background_migration_job_transition_logs WHERE next_status = 3"));
    }
  }

  @Test
  void resumesAfterTheLastJobsMaxCursorAndStopsAtMaxCursor() {
    try (TestDatabase db = database()) {
      long id = queue(db, "[0, 0]", "[200, 2]");
      db.execute("INSERT INTO batched_background_migration_jobs (created_at, updated_at, started_at, finished_at,"
          + " batched_background_migration_id, min_cursor, max_cursor, batch_size, sub_batch_size, status, attempts,"
          + " metrics, pause_ms) VALUES (now(), now(), now(), now(), " + id + ", '[1, 1]', '[100, 3]', 100, 30,"
          + " 3, 1, '{}', 100)");
      var r = CliRunner.against(db).run("finalize", SELECTION);
      assertThat(r).exitedWith(OK);
      // rows in the succeeded job's range were GitLab's: bbm leaves them; rows past max_cursor are not the migration's
      assertEquals(0, db.count("SELECT count(*) FROM issue_assignees WHERE (issue_id, user_id) <= (100, 3)"
          + " AND namespace_id IS NOT NULL AND namespace_id <> 9999"));
      assertEquals(0, db.count("SELECT count(*) FROM issue_assignees WHERE (issue_id, user_id) > (200, 2)"
          + " AND namespace_id IS NOT NULL AND namespace_id <> 9999"));
      assertEquals(0, db.count("SELECT count(*) FROM issue_assignees WHERE (issue_id, user_id) > (100, 3)"
          + " AND (issue_id, user_id) <= (200, 2) AND namespace_id IS NULL"));
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs j"
          + " WHERE j.min_cursor <> '[1, 1]' AND (j.min_cursor->>0)::bigint * 10 + (j.min_cursor->>1)::bigint <= 1003"));
    }
  }

  @Test
  void dryRunDescribesTheCursorBatchingAndChangesNothing() {
    try (TestDatabase db = database()) {
      long id = queue(db, "[0, 0]", "[299, 3]");
      var r = CliRunner.against(db).run("finalize", SELECTION, "--dry-run");
      assertThat(r).exitedWith(OK);
      assertTrue(r.out().contains("in the order of (issue_id, user_id), after [0,0] up to [299,3]"), r.out());
      assertTrue(r.out().contains("batched by cursor over (issue_id, user_id)"), r.out());
      assertEquals(1, db.count("SELECT status FROM batched_background_migrations WHERE id = " + id));
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs"));
      assertEquals(0, db.count("SELECT count(*) FROM issue_assignees a JOIN issues i ON i.id = a.issue_id"
          + " WHERE a.namespace_id = i.namespace_id"));
    }
  }

  @Test
  void aDefinitionNamesItsCursorColumns(@TempDir Path jobs) throws IOException {
    Files.writeString(jobs.resolve("BackfillAssigneesNamespaceId.yml"), String.join("\n",
        "job_class_name: BackfillAssigneesNamespaceId",
        "cursor: [issue_id, user_id]",
        "set: \"namespace_id = (SELECT i.namespace_id FROM issues i WHERE i.id = issue_assignees.issue_id)\"",
        "scope: \"namespace_id IS NULL\"", ""));
    try (TestDatabase db = database()) {
      db.execute("INSERT INTO batched_background_migrations (created_at, updated_at, min_value, max_value,"
          + " min_cursor, max_cursor, batch_size, sub_batch_size, \"interval\", status, job_class_name, table_name,"
          + " column_name, job_arguments, pause_ms, gitlab_schema) VALUES (now(), now(), NULL, NULL, '[0, 0]',"
          + " '[299, 3]', 120, 40, 120, 1, 'BackfillAssigneesNamespaceId', 'issue_assignees', 'issue_id', '[]', 100,"
          + " 'gitlab_main')");
      var r = CliRunner.against(db).run("finalize", "BackfillAssigneesNamespaceId,issue_assignees,issue_id,[]",
          "--jobs-dir", jobs.toString());
      assertThat(r).exitedWith(OK);
      assertEquals(0, db.count("SELECT count(*) FROM issue_assignees WHERE namespace_id IS NULL"));
      assertEquals(0, db.count("SELECT count(*) FROM issue_assignees a WHERE (SELECT count(*)"
          + " FROM batched_background_migration_jobs j WHERE" + JOB_COVERS + ") <> 1"));
    }
  }

  @Test
  void aCursorMigrationOfAClassWithoutCursorColumnsIsRefusedAndNothingChanges() {
    try (TestDatabase db = database()) {
      db.execute("INSERT INTO batched_background_migrations (created_at, updated_at, min_cursor, max_cursor,"
          + " batch_size, sub_batch_size, \"interval\", status, job_class_name, table_name, column_name,"
          + " job_arguments, pause_ms, gitlab_schema) VALUES (now(), now(), '[0, 0]', '[299, 3]', 100, 30, 120, 1,"
          + " 'CopyColumnUsingBackgroundMigrationJob', 'issue_assignees', 'issue_id',"
          + " '[\"namespace_id\", \"user_id\"]', 100, 'gitlab_main')");
      var r = CliRunner.against(db).run("finalize",
          "CopyColumnUsingBackgroundMigrationJob,issue_assignees,issue_id,[\"namespace_id\"\\, \"user_id\"]");
      assertThat(r).exitedWith(USAGE);
      assertTrue(r.err().contains("cursor columns"), r.err());
      assertEquals(1, db.count("SELECT status FROM batched_background_migrations"));
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs"));
    }
  }
}
