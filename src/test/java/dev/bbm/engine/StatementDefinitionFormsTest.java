package dev.bbm.engine;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.engine.StatementDefinitionsTest.affectedRows;
import static dev.bbm.engine.StatementDefinitionsTest.assertFinished;
import static dev.bbm.engine.StatementDefinitionsTest.dir;
import static dev.bbm.engine.StatementDefinitionsTest.runFinalize;
import static dev.bbm.engine.StatementDefinitionsTest.subBatchesOver;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statement definitions, continued: INSERT ... SELECT ... ON CONFLICT, a WITH, values computed
 * once per job, and job arguments as parameters.
 */
class StatementDefinitionFormsTest {
  @TempDir
  Path tmp;

  @Test
  void insertSelectOnConflictMirrorsGroupsWithTheScopeSizingSubBatches() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      db.execute("CREATE TABLE namespaces (id bigint PRIMARY KEY, name varchar NOT NULL, path varchar NOT NULL,"
          + " owner_id bigint, created_at timestamp, updated_at timestamp, type varchar DEFAULT 'User' NOT NULL,"
          + " parent_id bigint, traversal_ids bigint[] DEFAULT '{}' NOT NULL, organization_id bigint)");
      db.execute("INSERT INTO namespaces (id, name, path, type, traversal_ids) SELECT g, 'n' || g, 'n' || g,"
          + " CASE g % 3 WHEN 0 THEN 'Group' WHEN 1 THEN 'User' ELSE 'Project' END, ARRAY[g % 10 + 1, g]"
          + " FROM generate_series(1, 1000) g");
      db.execute("CREATE TABLE ci_namespace_mirrors (id bigserial PRIMARY KEY, namespace_id bigint NOT NULL,"
          + " traversal_ids bigint[] DEFAULT '{}' NOT NULL)");
      db.execute("CREATE UNIQUE INDEX index_ci_namespace_mirrors_on_namespace_id ON ci_namespace_mirrors (namespace_id)");
      db.execute("INSERT INTO ci_namespace_mirrors (namespace_id, traversal_ids) SELECT g, '{0}'"
          + " FROM generate_series(21, 1000, 21) g");
      db.execute("CREATE TABLE before AS SELECT id, xmin::text AS x FROM namespaces");
      db.execute("CREATE TABLE mirrors_before AS SELECT id, namespace_id, xmin::text AS x FROM ci_namespace_mirrors");
      long inserted = db.count("SELECT count(*) FROM namespaces WHERE type = 'Group' AND id <= 900 AND id % 21 <> 0");
      Path jobs = dir(tmp, "BackfillCiNamespaceMirrors.yml", """
          job_class_name: BackfillCiNamespaceMirrors
          scope: "type = 'Group'"
          statement: |
            INSERT INTO ci_namespace_mirrors (namespace_id, traversal_ids)
            SELECT id, traversal_ids FROM namespaces
            WHERE id BETWEEN :sub_batch_start AND :sub_batch_end AND type = 'Group'
            ON CONFLICT (namespace_id) DO NOTHING
          """);
      long id = f.migration("BackfillCiNamespaceMirrors", "namespaces", "id", "[]", 1, 900, 200, 25, 1);

      CliRunner.Result r = runFinalize(tmp, db, id, jobs, "--pause-ms", "0");

      assertThat(r).exitedWith(OK);
      assertEquals(3, f.status(id));
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs"
          + " WHERE batched_background_migration_id = ? AND status <> 3", id));
      assertEquals(0, db.count("SELECT count(*) FROM namespaces n WHERE n.type = 'Group' AND NOT EXISTS (SELECT 1"
          + " FROM batched_background_migration_jobs j WHERE j.batched_background_migration_id = ? AND n.id"
          + " BETWEEN j.min_value AND j.max_value) AND n.id <= 900", id), "every group lies in a job");
      assertEquals(0, db.count("SELECT count(*) FROM (SELECT namespace_id, traversal_ids FROM ci_namespace_mirrors"
          + " EXCEPT SELECT namespace_id, '{0}' FROM mirrors_before EXCEPT SELECT id, traversal_ids FROM namespaces"
          + " WHERE type = 'Group' AND id <= 900) d"), "only groups in the range are mirrored");
      assertEquals(inserted + db.count("SELECT count(*) FROM mirrors_before"),
          db.count("SELECT count(*) FROM ci_namespace_mirrors"));
      assertEquals(0, db.count("SELECT count(*) FROM ci_namespace_mirrors m JOIN mirrors_before b USING (id)"
          + " WHERE m.xmin::text <> b.x OR m.traversal_ids <> '{0}'"), "ON CONFLICT left the existing mirrors alone");
      assertEquals(0, db.count("SELECT count(*) FROM namespaces n JOIN before b USING (id) WHERE n.xmin::text <> b.x"),
          "the batch table is not written");
      assertEquals(inserted, affectedRows(db, id));
      assertEquals(0, subBatchesOver(db, id, 25));
      long widest = db.count("SELECT max(r::bigint) FROM batched_background_migration_jobs j,"
          + " jsonb_each(j.metrics->'affected_rows') e, jsonb_array_elements_text(e.value) r"
          + " WHERE j.batched_background_migration_id = ?", id);
      assertTrue(widest > 15, "the scope makes sub-batches of 25 groups, not 25 namespaces: " + widest);
    }
  }

  @Test
  void withDeleteReturningMovesOldEventsToTheArchive() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      String columns = "id bigint PRIMARY KEY, created_at timestamptz NOT NULL, user_id bigint, result smallint NOT NULL,"
          + " ip_address inet, provider text NOT NULL, user_name text NOT NULL";
      db.execute("CREATE TABLE authentication_events (" + columns + ")");
      db.execute("CREATE TABLE authentication_event_archived_records (" + columns
          + ", archived_at timestamptz DEFAULT now())");
      db.execute("INSERT INTO authentication_events SELECT g, timestamptz '2023-06-01 00:00+00' + g * interval '6 hours',"
          + " g % 40, g % 2, ('10.0.0.' || g % 250)::inet, 'standard', 'user' || g % 40"
          + " FROM generate_series(1, 1600) g WHERE g % 29 <> 0");
      db.execute("CREATE TABLE original AS SELECT e.*, e.xmin::text AS x FROM authentication_events e");
      long moved = db.count("SELECT count(*) FROM original WHERE id BETWEEN 50 AND 1500"
          + " AND created_at < timestamptz '2024-01-01 00:00+00'");
      Path jobs = dir(tmp, "ArchiveAuthenticationEvents.yml", """
          job_class_name: ArchiveAuthenticationEvents
          statement: |
            WITH archived AS (
              DELETE FROM authentication_events
              WHERE id BETWEEN :sub_batch_start AND :sub_batch_end
                AND created_at < timestamptz '2024-01-01 00:00+00'
              RETURNING id, created_at, user_id, result, ip_address, provider, user_name)
            INSERT INTO authentication_event_archived_records
              (id, created_at, user_id, result, ip_address, provider, user_name)
            SELECT id, created_at, user_id, result, ip_address, provider, user_name FROM archived
            ON CONFLICT (id) DO NOTHING
          """);
      long id = f.migration("ArchiveAuthenticationEvents", "authentication_events", "id", "[]", 50, 1_500, 300, 60, 1);

      CliRunner.Result r = runFinalize(tmp, db, id, jobs, "--pause-ms", "0");

      assertFinished(db, f, id, "original", r);
      assertTrue(moved > 300 && moved < 1_000, "a realistic share: " + moved);
      assertEquals(0, db.count("SELECT count(*) FROM (SELECT id, created_at, user_id, result, ip_address, provider,"
          + " user_name FROM authentication_event_archived_records EXCEPT SELECT id, created_at, user_id, result,"
          + " ip_address, provider, user_name FROM original WHERE id BETWEEN 50 AND 1500"
          + " AND created_at < timestamptz '2024-01-01 00:00+00') d"));
      assertEquals(moved, db.count("SELECT count(*) FROM authentication_event_archived_records"), "each moved once");
      assertEquals(0, db.count("SELECT count(*) FROM authentication_events e WHERE e.id IN (SELECT id FROM"
          + " authentication_event_archived_records)"));
      assertEquals(db.count("SELECT count(*) FROM original") - moved, db.count("SELECT count(*) FROM"
          + " authentication_events e JOIN original o USING (id) WHERE e.xmin::text = o.x"),
          "the rows that stay, newer ones and those outside the range, are untouched");
      assertEquals(moved, affectedRows(db, id), "the INSERT's count is the sub-batch's");
    }
  }

  @Test
  void valuesAreComputedOncePerJobAndBoundByName() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      db.execute("CREATE TABLE issues (id bigint PRIMARY KEY, title varchar, project_id bigint,"
          + " created_at timestamp, updated_at timestamp, imported_from smallint DEFAULT 0 NOT NULL)");
      db.execute("INSERT INTO issues (id, title, project_id, created_at) SELECT g, 'issue ' || g, g % 20,"
          + " timestamp '2024-01-01' + g * interval '1 day' FROM generate_series(1, 1000) g WHERE g % 31 <> 0");
      db.execute("CREATE SEQUENCE job_marker");
      db.execute("CREATE TABLE before AS SELECT id, xmin::text AS x FROM issues");
      Path jobs = dir(tmp, "MarkOldIssues.yml", """
          job_class_name: MarkOldIssues
          values:
            marker: "SELECT nextval('job_marker')"
            cutoff: "SELECT max(created_at) - interval '100 days' FROM issues WHERE id <= :end_id"
          statement: >-
            UPDATE issues SET imported_from = :marker
            WHERE id BETWEEN :sub_batch_start AND :sub_batch_end AND created_at < :cutoff
          """);
      long id = f.migration("MarkOldIssues", "issues", "id", "[]", 1, 1_000, 250, 40, 1);

      CliRunner.Result r = runFinalize(tmp, db, id, jobs, "--pause-ms", "0");

      assertFinished(db, f, id, "issues", r);
      long jobCount = db.count("SELECT count(*) FROM batched_background_migration_jobs"
          + " WHERE batched_background_migration_id = ?", id);
      assertTrue(jobCount >= 4, "several jobs: " + jobCount);
      assertEquals(jobCount, db.count("SELECT last_value FROM job_marker"),
          "the value ran once per job: not at the check, not per sub-batch");
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs j"
          + " WHERE j.batched_background_migration_id = ? AND (SELECT count(DISTINCT imported_from) FROM issues i"
          + " WHERE i.id BETWEEN j.min_value AND j.max_value AND i.imported_from <> 0) <> 1", id),
          "every job's rows carry its own marker");
      // each job's cutoff: 100 days before the newest issue up to the job's end_id
      assertEquals(0, db.count("SELECT count(*) FROM issues i JOIN batched_background_migration_jobs j"
          + " ON j.batched_background_migration_id = ? AND i.id BETWEEN j.min_value AND j.max_value"
          + " WHERE (i.imported_from <> 0) <> (i.created_at < (SELECT max(created_at) - interval '100 days'"
          + " FROM issues WHERE id <= j.max_value))", id), "the cutoff bound row by row");
      assertEquals(0, db.count("SELECT count(*) FROM issues i JOIN before b USING (id)"
          + " WHERE i.imported_from = 0 AND i.xmin::text <> b.x"), "rows the statement skips are untouched");
      assertEquals(db.count("SELECT count(*) FROM issues WHERE imported_from <> 0"), affectedRows(db, id));
    }
  }

  @Test
  void jobArgumentsAndTheJobRangeAreBoundByName() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.BEFORE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      db.execute("CREATE TABLE work_item_types (id bigint PRIMARY KEY, base_type smallint DEFAULT 0 NOT NULL,"
          + " cached_markdown_version integer, name text NOT NULL, icon_name text)");
      db.execute("INSERT INTO work_item_types (id, base_type, name) VALUES (11, 0, 'Issue'), (12, 1, 'Incident'),"
          + " (13, 2, 'Test Case')");
      db.execute("CREATE TABLE issues (id bigint PRIMARY KEY, title varchar, project_id bigint,"
          + " issue_type smallint DEFAULT 0 NOT NULL, work_item_type_id bigint)");
      db.execute("INSERT INTO issues SELECT g, 'issue ' || g, g % 20, g % 3, CASE WHEN g % 11 = 0 THEN 99 END"
          + " FROM generate_series(1, 1200) g");
      db.execute("CREATE TABLE before AS SELECT id, xmin::text AS x, work_item_type_id AS w FROM issues");
      Path jobs = dir(tmp, "BackfillWorkItemTypeIdForIssues.yml", """
          job_class_name: BackfillWorkItemTypeIdForIssues
          job_arguments: [issue_type, base_type]
          statement: |
            UPDATE issues SET work_item_type_id = work_item_types.id
            FROM work_item_types
            WHERE work_item_types.base_type = :base_type AND issues.issue_type = :issue_type
              AND issues.work_item_type_id IS NULL
              AND issues.id BETWEEN :sub_batch_start AND :sub_batch_end
              AND issues.id BETWEEN :start_id AND :end_id
          """);
      long incidents = f.migration("BackfillWorkItemTypeIdForIssues", "issues", "id", "[1, 1]", 1, 1_200, 300, 50, 1);
      long tests = f.migration("BackfillWorkItemTypeIdForIssues", "issues", "id", "[\"2\", 2]", 1, 1_000, 300, 50, 1);

      CliRunner.Result dry = runFinalize(tmp, db, incidents, jobs, "--dry-run");
      assertThat(dry).exitedWith(OK);
      assertTrue(dry.out().contains("job arguments bound by name: :issue_type = 1, :base_type = 1"), dry.out());
      for (long id : new long[] {incidents, tests}) {
        assertFinished(db, f, id, "issues", runFinalize(tmp, db, id, jobs, "--pause-ms", "0"));
      }

      assertEquals(0, db.count("SELECT count(*) FROM issues i JOIN before b USING (id) WHERE i.work_item_type_id"
          + " IS DISTINCT FROM CASE WHEN b.w IS NOT NULL THEN b.w WHEN i.issue_type = 1 THEN 12"
          + " WHEN i.issue_type = 2 AND i.id <= 1000 THEN 13 END"), "every row as expected");
      assertEquals(0, db.count("SELECT count(*) FROM issues i JOIN before b USING (id) WHERE i.xmin::text <> b.x"
          + " AND (b.w IS NOT NULL OR i.issue_type = 0 OR i.issue_type = 2 AND i.id > 1000)"),
          "other types, rows already set and rows outside the range are untouched");
      assertEquals(db.count("SELECT count(*) FROM issues WHERE issue_type = 1 AND work_item_type_id = 12"),
          affectedRows(db, incidents));
    }
  }
}
