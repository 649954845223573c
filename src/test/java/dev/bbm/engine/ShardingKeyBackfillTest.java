package dev.bbm.engine;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * GitLab's BackfillDesiredShardingKeyJob through a thin subclass of the shipped index,
 * BackfillApprovalMergeRequestRulesProjectId (job arguments as its queueing migration gives them):
 * rows with a NULL project_id take their merge request's target_project_id; rows already set, and
 * rows whose merge request is gone, keep what they have, as the Ruby's UPDATE ... FROM leaves them.
 */
class ShardingKeyBackfillTest {
  private static final String CLASS = "BackfillApprovalMergeRequestRulesProjectId";
  private static final String ARGS = "[\"project_id\",\"merge_requests\",\"target_project_id\",\"merge_request_id\"]";

  /** The columns of GitLab's tables that the job reads and writes, with their types. */
  private static void tables(TestDatabase db) {
    db.execute("CREATE TABLE merge_requests (id integer NOT NULL PRIMARY KEY, target_branch character varying NOT NULL,"
        + " source_branch character varying NOT NULL, source_project_id integer, target_project_id integer NOT NULL,"
        + " iid integer, title character varying, created_at timestamp without time zone,"
        + " updated_at timestamp without time zone)");
    db.execute("CREATE TABLE approval_merge_request_rules (id bigint NOT NULL PRIMARY KEY,"
        + " created_at timestamp with time zone NOT NULL, updated_at timestamp with time zone NOT NULL,"
        + " merge_request_id bigint NOT NULL, approvals_required smallint DEFAULT 0 NOT NULL,"
        + " name character varying NOT NULL, rule_type smallint DEFAULT 1 NOT NULL, report_type smallint,"
        + " project_id bigint)");
    db.execute("CREATE INDEX index_approval_merge_request_rules_on_merge_request_id"
        + " ON approval_merge_request_rules (merge_request_id)");
    // merge requests 1..400 in projects 1000 + id % 37; every 50th merge request is gone
    db.execute("INSERT INTO merge_requests (id, target_branch, source_branch, source_project_id, target_project_id, iid)"
        + " SELECT g, 'main', 'feature-' || g, 1000 + g % 37, 1000 + g % 37, g FROM generate_series(1, 400) g"
        + " WHERE g % 50 <> 0");
    // three rules per merge request, ids with gaps; every 7th rule already has a project_id (9)
    db.execute("INSERT INTO approval_merge_request_rules (id, created_at, updated_at, merge_request_id, name,"
        + " project_id) SELECT g * 2, now(), now(), (g - 1) / 3 + 1, 'rule ' || g, CASE WHEN g % 7 = 0 THEN 9 END"
        + " FROM generate_series(1, 1200) g");
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void theThinSubclassRunsAsItsParent(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      tables(db);
      long id = f.migration(CLASS, "approval_merge_request_rules", "id", ARGS, 1, 2400, 1000, 100, 1);

      CliRunner.Result dry = CliRunner.against(db).run("finalize", "main_" + id, "--dry-run");
      assertThat(dry).exitedWith(OK);
      assertTrue(dry.out().contains(CLASS + " is a thin subclass of BackfillDesiredShardingKeyJob (GitLab's"
          + " lib/gitlab/background_migration/backfill_approval_merge_request_rules_project_id.rb, in bbm's shipped"
          + " index)"), dry.out());
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs"));

      CliRunner.Result r = CliRunner.against(db).run("finalize",
          CLASS + ",approval_merge_request_rules,id," + ARGS.replace(",", "\\,"), "--pause-ms", "0");

      assertThat(r).exitedWith(OK);
      assertEquals(3, f.status(id));
      assertEquals(0, db.count("SELECT count(*) FROM approval_merge_request_rules r JOIN merge_requests m"
          + " ON m.id = r.merge_request_id WHERE r.project_id IS DISTINCT FROM m.target_project_id"
          + " AND r.id / 2 % 7 <> 0"), "each NULL project_id takes its merge request's target project");
      assertEquals(171, db.count("SELECT count(*) FROM approval_merge_request_rules WHERE project_id = 9"),
          "rules that had a project_id keep it");
      assertEquals(db.count("SELECT count(*) FROM approval_merge_request_rules r WHERE r.id / 2 % 7 <> 0"
          + " AND NOT EXISTS (SELECT 1 FROM merge_requests m WHERE m.id = r.merge_request_id)"),
          db.count("SELECT count(*) FROM approval_merge_request_rules WHERE project_id IS NULL"),
          "rules whose merge request is gone stay NULL");
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs"
          + " WHERE batched_background_migration_id = " + id + " AND status <> 3"));
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void aViaTableThatDoesNotExistIsRefusedBeforeAnythingChanges(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      tables(db);
      long id = f.migration(CLASS, "approval_merge_request_rules", "id",
          "[\"project_id\",\"no_such_table\",\"target_project_id\",\"merge_request_id\"]", 1, 2400, 1000, 100, 1);

      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id);

      assertThat(r).exitedWith(USAGE);
      assertTrue(r.err().contains("relation \"no_such_table\" does not exist"), r.err());
      assertEquals(1, f.status(id));
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs"));
      assertEquals(0, db.count("SELECT count(*) FROM approval_merge_request_rules WHERE project_id IS NOT NULL"
          + " AND project_id <> 9"));
    }
  }

  /**
   * BackfillDesiredShardingKeyPartitionJob through BackfillCiPipelineMessagesProjectId: the via table
   * is partitioned (p_ci_pipelines, by list of partition_id, as GitLab's CI tables are), and a message
   * whose partition_id does not match its pipeline's stays NULL, as the Ruby's join leaves it.
   */
  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void thePartitionVariantJoinsOnThePartitionToo(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      db.execute("CREATE TABLE p_ci_pipelines (id bigint NOT NULL, partition_id bigint NOT NULL,"
          + " project_id integer, ref character varying, sha character varying, status character varying,"
          + " PRIMARY KEY (id, partition_id)) PARTITION BY LIST (partition_id)");
      db.execute("CREATE TABLE ci_pipelines PARTITION OF p_ci_pipelines FOR VALUES IN (100)");
      db.execute("CREATE TABLE ci_pipelines_101 PARTITION OF p_ci_pipelines FOR VALUES IN (101)");
      db.execute("CREATE TABLE ci_pipeline_messages (id bigint NOT NULL PRIMARY KEY, severity smallint DEFAULT 0"
          + " NOT NULL, content text NOT NULL, pipeline_id bigint NOT NULL, partition_id bigint NOT NULL,"
          + " project_id bigint)");
      db.execute("INSERT INTO p_ci_pipelines (id, partition_id, project_id, status) SELECT g,"
          + " CASE WHEN g <= 150 THEN 100 ELSE 101 END, 2000 + g % 11, 'success' FROM generate_series(1, 300) g");
      // two messages a pipeline; every 10th message names the wrong partition; every 9th is already set
      db.execute("INSERT INTO ci_pipeline_messages (id, content, pipeline_id, partition_id, project_id)"
          + " SELECT g, 'message ' || g, (g + 1) / 2, CASE WHEN g % 10 = 0 THEN 999"
          + " WHEN (g + 1) / 2 <= 150 THEN 100 ELSE 101 END, CASE WHEN g % 9 = 0 THEN 7 END"
          + " FROM generate_series(1, 600) g");
      long id = f.migration("BackfillCiPipelineMessagesProjectId", "ci_pipeline_messages", "id",
          "[\"project_id\",\"p_ci_pipelines\",\"project_id\",\"pipeline_id\",\"partition_id\"]",
          1, 600, 200, 50, 1);

      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0");

      assertThat(r).exitedWith(OK);
      assertEquals(3, f.status(id));
      assertEquals(0, db.count("SELECT count(*) FROM ci_pipeline_messages m JOIN p_ci_pipelines p"
          + " ON p.id = m.pipeline_id AND p.partition_id = m.partition_id"
          + " WHERE m.id % 9 <> 0 AND m.project_id IS DISTINCT FROM p.project_id"), "matched messages take the project");
      assertEquals(66, db.count("SELECT count(*) FROM ci_pipeline_messages WHERE project_id = 7"), "set ones kept");
      assertEquals(db.count("SELECT count(*) FROM ci_pipeline_messages WHERE partition_id = 999 AND id % 9 <> 0"),
          db.count("SELECT count(*) FROM ci_pipeline_messages WHERE project_id IS NULL"),
          "a message in another partition than its pipeline stays NULL");
    }
  }
}
