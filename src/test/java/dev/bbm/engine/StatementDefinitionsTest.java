package dev.bbm.engine;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Statement definitions (docs/job-definitions.md): one whole statement per sub-batch, each form on
 * a table shaped as GitLab's, checked row by row, with the rows it must not touch checked by xmin.
 */
class StatementDefinitionsTest {
  @TempDir
  Path tmp;

  private Path dir(String fileName, String content) {
    return dir(tmp, fileName, content);
  }

  /** A --jobs-dir under {@code tmp} holding one file. */
  static Path dir(Path tmp, String fileName, String content) {
    try {
      Path d = tmp.resolve(fileName + "-dir");
      Files.createDirectories(d);
      Files.writeString(d.resolve(fileName), content, StandardCharsets.UTF_8);
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private CliRunner.Result finalize(TestDatabase db, long id, Path jobsDir, String... more) {
    return runFinalize(tmp, db, id, jobsDir, more);
  }

  /** bbm finalize main_ID --jobs-dir DIR, with more arguments. */
  static CliRunner.Result runFinalize(Path tmp, TestDatabase db, long id, Path jobsDir, String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "finalize";
    args[1] = "main_" + id;
    args[2] = "--jobs-dir";
    args[3] = jobsDir.toString();
    System.arraycopy(more, 0, args, 4, more.length);
    return CliRunner.against(db).env("HOME", tmp.resolve("home").toString()).run(args);
  }

  /** The rows GitLab's metrics record, summed over the migration's sub-batches. */
  static long affectedRows(TestDatabase db, long id) {
    return db.count("SELECT coalesce(sum(r::bigint), 0) FROM batched_background_migration_jobs j,"
        + " jsonb_each(j.metrics->'affected_rows') e, jsonb_array_elements_text(e.value) r"
        + " WHERE j.batched_background_migration_id = ?", id);
  }

  /** How many sub-batches recorded more rows than {@code max}. */
  static long subBatchesOver(TestDatabase db, long id, int max) {
    return db.count("SELECT count(*) FROM batched_background_migration_jobs j,"
        + " jsonb_each(j.metrics->'affected_rows') e, jsonb_array_elements_text(e.value) r"
        + " WHERE j.batched_background_migration_id = ? AND r::bigint > ?", id, max);
  }

  /**
   * The migration finished and its jobs succeeded, do not overlap and cover every key of
   * {@code table} from min_value to max_value (ranges may skip keys no row has, as GitLab's
   * primary-key batching does), with a transition log each.
   */
  static void assertFinished(TestDatabase db, GitlabFixture f, long id, String table, CliRunner.Result r) {
    assertThat(r).exitedWith(OK);
    assertEquals(3, f.status(id), "finished");
    String problem = f.invariantProblem(id);
    assertTrue(problem == null || problem.endsWith("gap(s) between job ranges"), problem);
    assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs"
        + " WHERE batched_background_migration_id = ? AND status <> 3", id), "every job succeeded");
    assertEquals(0, db.count("SELECT count(*) FROM " + table + " t, batched_background_migrations m WHERE m.id = ?"
        + " AND t.id BETWEEN m.min_value AND m.max_value AND NOT EXISTS (SELECT 1 FROM"
        + " batched_background_migration_jobs j WHERE j.batched_background_migration_id = m.id"
        + " AND t.id BETWEEN j.min_value AND j.max_value)", id), "no row of the range is left out of a job");
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void updateFromSetsFlagFromAJoinedTableWithinScopeAndRange(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      db.execute("CREATE TABLE cluster_agents (id bigint PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now(),"
          + " updated_at timestamptz NOT NULL DEFAULT now(), project_id bigint NOT NULL, created_by_user_id bigint,"
          + " name text NOT NULL, has_vulnerabilities boolean DEFAULT false NOT NULL,"
          + " is_receptive boolean DEFAULT false NOT NULL)");
      db.execute("CREATE TABLE vulnerability_reads (id bigint PRIMARY KEY, vulnerability_id bigint NOT NULL,"
          + " project_id bigint NOT NULL, scanner_id bigint NOT NULL, report_type smallint NOT NULL,"
          + " severity smallint NOT NULL, state smallint NOT NULL, uuid uuid NOT NULL, casted_cluster_agent_id bigint)");
      db.execute("INSERT INTO cluster_agents (id, project_id, name, has_vulnerabilities) SELECT g, g % 40 + 1,"
          + " 'agent-' || g, g % 9 = 0 FROM generate_series(1, 600) g WHERE g % 13 <> 0");
      db.execute("INSERT INTO vulnerability_reads SELECT g, g, CASE WHEN g % 5 = 0 THEN a + 1000 ELSE a % 40 + 1 END,"
          + " 1, CASE WHEN g % 3 = 0 THEN 5 ELSE 7 END, 4, 1, md5(g::text)::uuid, a"
          + " FROM (SELECT g, (g * 7) % 650 + 1 AS a FROM generate_series(1, 900) g) s");
      db.execute("CREATE TABLE expected AS SELECT id, xmin::text AS x, has_vulnerabilities AS was,"
          + " has_vulnerabilities OR (id BETWEEN 20 AND 550 AND EXISTS (SELECT 1 FROM vulnerability_reads v"
          + " WHERE v.casted_cluster_agent_id = a.id AND v.project_id = a.project_id AND v.report_type = 7)) AS hv"
          + " FROM cluster_agents a");
      long changed = db.count("SELECT count(*) FROM expected WHERE hv AND NOT was");
      assertTrue(changed > 50 && changed < 300, "a realistic mix: " + changed);
      Path jobs = dir("BackfillClusterAgentsHasVulnerabilities.yml", """
          job_class_name: BackfillClusterAgentsHasVulnerabilities
          description: GitLab's class of that name, one UPDATE ... FROM per sub-batch
          scope: "has_vulnerabilities = false"
          statement: |
            UPDATE cluster_agents SET has_vulnerabilities = true
            FROM vulnerability_reads
            WHERE vulnerability_reads.casted_cluster_agent_id = cluster_agents.id
              AND vulnerability_reads.project_id = cluster_agents.project_id
              AND vulnerability_reads.report_type = 7
              AND cluster_agents.id BETWEEN :sub_batch_start AND :sub_batch_end
              AND cluster_agents.has_vulnerabilities = false
          """);
      long id = f.migration("BackfillClusterAgentsHasVulnerabilities", "cluster_agents", "id", "[]", 20, 550,
          120, 25, 1);

      CliRunner.Result r = finalize(db, id, jobs, "--pause-ms", "0");

      assertThat(r).exitedWith(OK);
      assertEquals(3, f.status(id));
      assertEquals(0, db.count("SELECT count(*) FROM cluster_agents a JOIN expected e USING (id)"
          + " WHERE a.has_vulnerabilities <> e.hv"), "every row as expected");
      assertEquals(db.count("SELECT count(*) FROM expected"), db.count("SELECT count(*) FROM cluster_agents"));
      assertEquals(0, db.count("SELECT count(*) FROM cluster_agents a JOIN expected e USING (id)"
          + " WHERE a.xmin::text <> e.x AND (e.was OR NOT e.hv OR a.id < 20 OR a.id > 550)"),
          "rows out of scope, out of the range or without a report are untouched");
      assertEquals(changed, affectedRows(db, id), "the statement's row counts are the metrics");
      assertEquals(0, subBatchesOver(db, id, 25), "no sub-batch spans more than sub_batch_size rows");
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs"
          + " WHERE batched_background_migration_id = ? AND status <> 3", id));
      assertEquals(0, db.count("SELECT count(*) FROM cluster_agents a WHERE a.id BETWEEN 20 AND 550"
          + " AND NOT (SELECT a.has_vulnerabilities FROM expected e WHERE e.id = a.id) AND NOT EXISTS (SELECT 1"
          + " FROM batched_background_migration_jobs j WHERE j.batched_background_migration_id = ?"
          + " AND a.id BETWEEN j.min_value AND j.max_value)", id), "every row in scope lies in a job");
    }
  }

  @Test
  void deleteUsingRemovesTheNotesOfProjectsPendingDeletion() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      db.execute("CREATE TABLE projects (id bigint PRIMARY KEY, name varchar, path varchar, namespace_id bigint NOT NULL,"
          + " pending_delete boolean DEFAULT false, archived boolean DEFAULT false NOT NULL)");
      db.execute("INSERT INTO projects (id, name, path, namespace_id, pending_delete) SELECT g, 'p' || g, 'p' || g,"
          + " g, g % 4 = 0 FROM generate_series(1, 50) g");
      db.execute("CREATE TABLE notes (id bigint PRIMARY KEY, note text, noteable_type varchar, author_id bigint,"
          + " created_at timestamp, updated_at timestamp, project_id bigint, noteable_id bigint,"
          + " system boolean DEFAULT false NOT NULL)");
      db.execute("INSERT INTO notes (id, note, noteable_type, project_id, noteable_id) SELECT g, 'note ' || g, 'Issue',"
          + " CASE WHEN g % 17 = 0 THEN NULL ELSE g % 50 + 1 END, g FROM generate_series(1, 2000) g WHERE g % 23 <> 0");
      db.execute("CREATE TABLE expected AS SELECT id, xmin::text AS x FROM notes n WHERE n.id > 1800 OR NOT EXISTS"
          + " (SELECT 1 FROM projects p WHERE p.id = n.project_id AND p.pending_delete)");
      long deleted = db.count("SELECT count(*) FROM notes") - db.count("SELECT count(*) FROM expected");
      Path jobs = dir("DeleteNotesOfProjectsPendingDelete.yml", """
          job_class_name: DeleteNotesOfProjectsPendingDelete
          statement: >-
            DELETE FROM notes USING projects
            WHERE projects.id = notes.project_id AND projects.pending_delete
            AND notes.id >= :sub_batch_start AND notes.id <= :sub_batch_end
          """);
      long id = f.migration("DeleteNotesOfProjectsPendingDelete", "notes", "id", "[]", 1, 1_800, 400, 50, 1);

      // --fast: sub-batches are key ranges, whose ends are the statement's bounds
      CliRunner.Result r = finalize(db, id, jobs, "--fast");

      assertFinished(db, f, id, "notes", r);
      assertEquals(0, db.count("SELECT count(*) FROM (SELECT id FROM notes EXCEPT SELECT id FROM expected"
          + " UNION ALL SELECT id FROM expected EXCEPT SELECT id FROM notes) d"), "exactly the expected rows remain");
      assertEquals(0, db.count("SELECT count(*) FROM notes n JOIN expected e USING (id) WHERE n.xmin::text <> e.x"),
          "the rows that remain are untouched");
      assertTrue(deleted > 300, "a realistic share: " + deleted);
      assertEquals(deleted, affectedRows(db, id));
      assertEquals(50, db.count("SELECT count(*) FROM projects"));
    }
  }

  @Test
  void deleteWhereNotExistsRemovesOrphanedStagesAndReadsQuotesAndCommentsAsText() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      db.execute("CREATE TABLE ci_pipelines (id bigint NOT NULL, partition_id bigint NOT NULL, project_id bigint,"
          + " status varchar, PRIMARY KEY (id, partition_id))");
      db.execute("CREATE TABLE ci_stages (id bigint NOT NULL PRIMARY KEY, pipeline_id bigint, created_at timestamp,"
          + " updated_at timestamp, name varchar, status integer, lock_version integer DEFAULT 0,"
          + " \"position\" integer, partition_id bigint NOT NULL, project_id bigint)");
      db.execute("INSERT INTO ci_pipelines SELECT g, 100, g % 30, 'success' FROM generate_series(1, 400) g"
          + " WHERE g % 3 <> 0");
      db.execute("INSERT INTO ci_stages (id, pipeline_id, name, partition_id, project_id) SELECT g, g % 400 + 1,"
          + " CASE WHEN g % 10 = 0 THEN ':keep' ELSE 'build' END, CASE WHEN g % 11 = 0 THEN 101 ELSE 100 END,"
          + " g % 30 FROM generate_series(1, 1500) g");
      db.execute("CREATE TABLE expected AS SELECT id, xmin::text AS x FROM ci_stages s WHERE s.id < 100 OR s.id > 1400"
          + " OR s.name = ':keep' OR EXISTS (SELECT 1 FROM ci_pipelines p WHERE p.id = s.pipeline_id"
          + " AND p.partition_id = s.partition_id)");
      long deleted = db.count("SELECT count(*) FROM ci_stages") - db.count("SELECT count(*) FROM expected");
      Path jobs = dir("DeleteOrphanedStageRecords.json", """
          {"job_class_name": "DeleteOrphanedStageRecords",
           "description": "stages whose pipeline is gone, as GitLab's class of that name",
           "statement": "-- :not_a_parameter in a comment\\nDELETE FROM ci_stages /* nor :this */\\nWHERE ci_stages.id BETWEEN :sub_batch_start AND :sub_batch_end\\n  AND ci_stages.name <> ':keep'\\n  AND NOT EXISTS (SELECT 1 FROM ci_pipelines WHERE ci_pipelines.id = ci_stages.pipeline_id\\n    AND ci_pipelines.partition_id = ci_stages.partition_id::bigint);\\n-- the end"}
          """);
      long id = f.migration("DeleteOrphanedStageRecords", "ci_stages", "id", "[]", 100, 1_400, 300, 40, 1);

      CliRunner.Result dry = finalize(db, id, jobs, "--dry-run");
      assertThat(dry).exitedWith(OK);
      assertTrue(dry.out().contains("ci_stages.name <> ':keep'") && dry.out().contains("BETWEEN ? AND ?")
          && dry.out().contains("partition_id::bigint") && !dry.out().contains("not_a_parameter"), dry.out());
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs"));
      CliRunner.Result r = finalize(db, id, jobs, "--pause-ms", "0");

      assertFinished(db, f, id, "ci_stages", r);
      assertEquals(0, db.count("SELECT count(*) FROM (SELECT id FROM ci_stages EXCEPT SELECT id FROM expected"
          + " UNION ALL SELECT id FROM expected EXCEPT SELECT id FROM ci_stages) d"), "exactly the expected rows remain");
      assertEquals(0, db.count("SELECT count(*) FROM ci_stages s JOIN expected e USING (id) WHERE s.xmin::text <> e.x"));
      assertTrue(db.count("SELECT count(*) FROM ci_stages WHERE name = ':keep' AND id BETWEEN 100 AND 1400 AND NOT"
          + " EXISTS (SELECT 1 FROM ci_pipelines p WHERE p.id = pipeline_id AND p.partition_id = ci_stages.partition_id)")
          > 10, "the literal ':keep' is text, not a parameter");
      assertTrue(deleted > 300, "a realistic share: " + deleted);
      assertEquals(deleted, affectedRows(db, id));
      assertEquals(0, subBatchesOver(db, id, 40));
    }
  }
}
