package dev.bbm.engine;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A definition's whole statement over a cursor-batched migration (GitLab 17.6+, docs/job-definitions.md):
 * :sub_batch_start and :sub_batch_end are the sub-batch's first and last cursor as row values, so each
 * row of the table is processed by exactly one sub-batch, also where one value of the first cursor
 * column spans several sub-batches and jobs; a failing statement takes its sub-batch back whole.
 */
class CursorStatementTest {
  private static final String CLASS = "CopyDiffFilesByCursor";
  private static final String SELECTION = CLASS + ",diff_files,diff_id,[\"copied\"]";

  /** diff_files: diffs 1..40, diff d has d % 7 + 1 files (relative_order 0..); 7 of 10 per job, 3 per sub-batch. */
  private static TestDatabase database() {
    TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6);
    db.execute("CREATE TABLE diff_files (diff_id bigint NOT NULL, relative_order integer NOT NULL,"
        + " path text NOT NULL, PRIMARY KEY (diff_id, relative_order))");
    db.execute("CREATE TABLE diff_file_copies (id bigserial PRIMARY KEY, diff_id bigint NOT NULL,"
        + " relative_order integer NOT NULL, path text NOT NULL, tag text)");
    db.execute("INSERT INTO diff_files SELECT d, o, 'file ' || d || '/' || o"
        + " FROM generate_series(1, 40) d, generate_series(0, 6) o WHERE o <= d % 7");
    db.execute("INSERT INTO batched_background_migrations (created_at, updated_at, min_value, max_value,"
        + " min_cursor, max_cursor, batch_size, sub_batch_size, \"interval\", status, job_class_name, table_name,"
        + " column_name, job_arguments, pause_ms, gitlab_schema) VALUES (now(), now(), NULL, NULL, '[0, 0]',"
        + " '[40, 6]', 10, 3, 120, 1, '" + CLASS + "', 'diff_files', 'diff_id', '[\"copied\"]', 0, 'gitlab_main')");
    return db;
  }

  private static void define(Path jobs, String... statementLines) throws IOException {
    StringBuilder yml = new StringBuilder("job_class_name: " + CLASS + "\njob_arguments: [tag]\n"
        + "cursor: [diff_id, relative_order]\nvalues:\n  longest: \"SELECT max(length(path)) FROM diff_files\"\n"
        + "statement:\n");
    for (String s : statementLines) {
      yml.append("  - |\n    ").append(s).append('\n');
    }
    Files.writeString(jobs.resolve(CLASS + ".yml"), yml.toString());
  }

  private static final String COPY = "INSERT INTO diff_file_copies (diff_id, relative_order, path, tag)"
      + " SELECT diff_id, relative_order, path, :tag || '/' || :longest FROM diff_files"
      + " WHERE (diff_id, relative_order) >= :sub_batch_start AND (diff_id, relative_order) <= :sub_batch_end";

  @Test
  void everyRowIsCopiedByExactlyOneSubBatch(@TempDir Path jobs) throws IOException {
    define(jobs, COPY);
    try (TestDatabase db = database()) {
      long rows = db.count("SELECT count(*) FROM diff_files");
      var r = CliRunner.against(db).run("finalize", SELECTION,
          "--jobs-dir", jobs.toString());
      assertThat(r).exitedWith(OK);
      assertEquals(3, db.count("SELECT status FROM batched_background_migrations"), r.err());
      assertEquals(rows, db.count("SELECT count(*) FROM diff_file_copies"));
      assertEquals(0, db.count("SELECT count(*) FROM (SELECT diff_id, relative_order FROM diff_file_copies"
          + " GROUP BY 1, 2 HAVING count(*) > 1) d"));
      assertEquals(0, db.count("SELECT count(*) FROM diff_files f WHERE NOT EXISTS (SELECT 1 FROM diff_file_copies c"
          + " WHERE c.diff_id = f.diff_id AND c.relative_order = f.relative_order AND c.path = f.path)"));
      // job arguments and values computed once per job are bound by name
      assertEquals(0, db.count("SELECT count(*) FROM diff_file_copies WHERE tag <> 'copied/9'"));
      // several jobs, and a first-column value whose rows span two sub-batches: the case the row bounds are for
      assertTrue(db.count("SELECT count(*) FROM batched_background_migration_jobs WHERE status = 3") >= 10);
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs WHERE status <> 3"));
      // rows changed = what the statements report, recorded in the jobs' metrics as for a set clause
      assertEquals(rows, db.count("SELECT sum(x::bigint) FROM batched_background_migration_jobs,"
          + " jsonb_array_elements_text(metrics->'affected_rows'->'update_all') x"));
    }
  }

  @Test
  void aFailingStatementTakesItsWholeSubBatchBack(@TempDir Path jobs) throws IOException {
    // the second statement fails on the sub-batch that holds diff 20: the copies the first made go with it
    define(jobs, COPY, "UPDATE diff_file_copies SET tag = CASE WHEN diff_id = 20 THEN (1 / (diff_id - 20))::text ELSE tag END"
        + " WHERE (diff_id, relative_order) >= :sub_batch_start AND (diff_id, relative_order) <= :sub_batch_end");
    try (TestDatabase db = database()) {
      var r = CliRunner.against(db).run("finalize", SELECTION,
          "--jobs-dir", jobs.toString());
      assertThat(r).exitedWith(FAILED);
      assertEquals(0, db.count("SELECT count(*) FROM diff_file_copies WHERE diff_id = 20"));
      // rows copied before the failing sub-batch stay: each sub-batch is its own transaction
      assertTrue(db.count("SELECT count(*) FROM diff_file_copies WHERE diff_id < 20") > 0);
      assertTrue(db.count("SELECT count(*) FROM batched_background_migration_jobs WHERE status = 2") > 0);
    }
  }

  @Test
  void dryRunPlansTheStatementAndChangesNothing(@TempDir Path jobs) throws IOException {
    define(jobs, COPY.replace("path, :tag", "pathh, :tag"));
    try (TestDatabase db = database()) {
      var r = CliRunner.against(db).run("finalize", SELECTION,
          "--jobs-dir", jobs.toString(), "--dry-run");
      assertThat(r).exitedWith(USAGE);
      assertTrue(r.err().contains("column \"pathh\" does not exist"), r.err());
      define(jobs, COPY);
      r = CliRunner.against(db).run("finalize", SELECTION,
          "--jobs-dir", jobs.toString(), "--dry-run");
      assertThat(r).exitedWith(OK);
      assertTrue(r.out().contains("(diff_id, relative_order) >= (?, ?)"), r.out());
      assertEquals(0, db.count("SELECT count(*) FROM diff_file_copies"));
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs"));
    }
  }

  @Test
  void anIntegerMigrationOfACursorStatementIsRefused(@TempDir Path jobs) throws IOException {
    define(jobs, COPY);
    try (TestDatabase db = database()) {
      db.execute("UPDATE batched_background_migrations SET min_cursor = NULL, max_cursor = NULL, min_value = 1,"
          + " max_value = 40");
      var r = CliRunner.against(db).run("finalize", SELECTION,
          "--jobs-dir", jobs.toString());
      assertThat(r).exitedWith(USAGE);
      assertTrue(r.err().contains("takes cursors over (diff_id, relative_order)"), r.err());
      assertEquals(0, db.count("SELECT count(*) FROM diff_file_copies"));
    }
  }
}
