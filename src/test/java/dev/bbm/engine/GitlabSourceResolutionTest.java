package dev.bbm.engine;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Job classes resolved through GitLab's source on the machine (--gitlab-rails-root): a fake Rails root
 * holding only class declarations. A thin subclass runs as its parent, through one or two levels; a class
 * with a body of its own is refused, naming the file and the line, even when the shipped index lists it.
 */
class GitlabSourceResolutionTest {
  private static final String ARGS = "[\"project_id\",\"merge_requests\",\"target_project_id\",\"merge_request_id\"]";
  private static final String TABLE = "approval_merge_request_rules";

  @TempDir
  Path tmp;
  private Path root;
  private Path dir;

  @BeforeEach
  void railsRoot() throws Exception {
    root = tmp.resolve("gitlab-rails");
    dir = Files.createDirectories(root.resolve("lib/gitlab/background_migration"));
  }

  private void declare(String file, String classLine, String... body) throws Exception {
    StringBuilder s = new StringBuilder("# frozen_string_literal: true\n\nmodule Gitlab\n  module BackgroundMigration\n"
        + "    " + classLine + "\n      feature_category :code_review_workflow\n");
    for (String line : body) {
      s.append("      ").append(line).append('\n');
    }
    Files.writeString(dir.resolve(file), s.append("    end\n  end\nend\n").toString());
  }

  /** GitLab's approval_merge_request_rules and merge_requests, as ShardingKeyBackfillTest shapes them. */
  private static void tables(TestDatabase db) {
    db.execute("CREATE TABLE merge_requests (id integer NOT NULL PRIMARY KEY, target_branch character varying NOT NULL,"
        + " source_branch character varying NOT NULL, target_project_id integer NOT NULL)");
    db.execute("CREATE TABLE approval_merge_request_rules (id bigint NOT NULL PRIMARY KEY,"
        + " created_at timestamp with time zone NOT NULL, updated_at timestamp with time zone NOT NULL,"
        + " merge_request_id bigint NOT NULL, approvals_required smallint DEFAULT 0 NOT NULL,"
        + " name character varying NOT NULL, project_id bigint)");
    db.execute("INSERT INTO merge_requests SELECT g, 'main', 'f' || g, 1000 + g % 37 FROM generate_series(1, 100) g");
    db.execute("INSERT INTO approval_merge_request_rules (id, created_at, updated_at, merge_request_id, name)"
        + " SELECT g, now(), now(), (g - 1) / 3 + 1, 'rule ' || g FROM generate_series(1, 300) g");
  }

  private CliRunner cli(TestDatabase db) {
    return CliRunner.against(db).env("HOME", tmp.toString());
  }

  @Test
  void aThinSubclassTheIndexDoesNotKnowRunsAsItsParent() throws Exception {
    declare("backfill_approval_rules_sharding_key.rb", "class BackfillApprovalRulesShardingKey < BackfillDesiredShardingKeyJob",
        "operation_name :backfill_approval_rules_sharding_key # the column it fills");
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      tables(db);
      long id = f.migration("BackfillApprovalRulesShardingKey", TABLE, "id", ARGS, 1, 300, 100, 50, 1);

      CliRunner.Result without = cli(db).run("finalize", "main_" + id, "--dry-run");
      assertThat(without).exitedWith(USAGE);
      assertTrue(without.err().contains("GitLab's source: none on this machine (looked for"
          + " /opt/gitlab/embedded/service/gitlab-rails/lib/gitlab/background_migration"), without.err());

      CliRunner.Result dry = cli(db).run("finalize", "main_" + id, "--dry-run", "--gitlab-rails-root", root.toString());
      assertThat(dry).exitedWith(OK);
      assertTrue(dry.out().contains("BackfillApprovalRulesShardingKey is a thin subclass of BackfillDesiredShardingKeyJob ("
          + dir.resolve("backfill_approval_rules_sharding_key.rb") + ") in GitLab's source on this machine, so bbm runs"
          + " it as BackfillDesiredShardingKeyJob"), dry.out());
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs"));

      CliRunner.Result r = cli(db).env("BBM_GITLAB_RAILS_ROOT", root.toString()).run("finalize", "main_" + id,
          "--pause-ms", "0");
      assertThat(r).exitedWith(OK);
      assertEquals(3, f.status(id));
      assertEquals(0, db.count("SELECT count(*) FROM approval_merge_request_rules r JOIN merge_requests m"
          + " ON m.id = r.merge_request_id WHERE r.project_id IS DISTINCT FROM m.target_project_id"));
    }
  }

  @Test
  void aSubclassWithAScopeOfItsOwnIsRefusedNamingFileAndLine() throws Exception {
    declare("backfill_approval_rules_scoped.rb", "class BackfillApprovalRulesScoped < BackfillDesiredShardingKeyJob",
        "operation_name :backfill_approval_rules_scoped", "scope_to ->(relation) { relation.where(rule_type: 2) }");
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      tables(db);
      long id = f.migration("BackfillApprovalRulesScoped", TABLE, "id", ARGS, 1, 300, 100, 50, 1);

      CliRunner.Result r = cli(db).run("finalize", "main_" + id, "--gitlab-rails-root", root.toString());

      assertThat(r).exitedWith(USAGE);
      assertTrue(r.err().contains("bbm cannot execute job class BackfillApprovalRulesScoped of migration main_" + id),
          r.err());
      assertTrue(r.err().contains(dir.resolve("backfill_approval_rules_scoped.rb") + " gives BackfillApprovalRulesScoped"
          + " a body of its own at line 8 (scope_to ->(relation) { relation.where(rule_type: 2) })"), r.err());
      assertTrue(r.err().contains("job definitions: no BackfillApprovalRulesScoped.yml, .yaml or .json in "
          + tmp.resolve(".config/bbm/jobs") + " (which does not exist)"), r.err());
      assertTrue(r.err().contains("bbm jobs new BackfillApprovalRulesScoped " + TABLE
          + " > ~/.config/bbm/jobs/BackfillApprovalRulesScoped.yml"), r.err());
      assertTrue(r.err().contains("bbm finalize main_" + id + " --via-rake"), r.err());
      assertTrue(r.err().contains("bbm mark-finished main_" + id), r.err());
      assertEquals(1, f.status(id));
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs"));
      assertEquals(300, db.count("SELECT count(*) FROM approval_merge_request_rules WHERE project_id IS NULL"));
    }
  }

  @Test
  void aTwoLevelChainIsFollowedAndStatusCarriesIt() throws Exception {
    declare("backfill_approval_rules_leaf.rb", "class BackfillApprovalRulesLeaf < BackfillApprovalRulesMiddle");
    declare("backfill_approval_rules_middle.rb",
        "class BackfillApprovalRulesMiddle < ::Gitlab::BackgroundMigration::BackfillDesiredShardingKeyJob");
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      tables(db);
      long id = f.migration("BackfillApprovalRulesLeaf", TABLE, "id", ARGS, 1, 300, 100, 50, 1);
      String rails = root.toString();

      CliRunner.Result dry = cli(db).run("finalize", "main_" + id, "--dry-run", "--gitlab-rails-root", rails);
      assertThat(dry).exitedWith(OK);
      assertTrue(dry.out().contains("BackfillApprovalRulesLeaf is a thin subclass of BackfillApprovalRulesMiddle ("
          + dir.resolve("backfill_approval_rules_leaf.rb") + "), itself a thin subclass of BackfillDesiredShardingKeyJob"
          + " (" + dir.resolve("backfill_approval_rules_middle.rb") + ")"), dry.out());

      CliRunner.Result text = cli(db).run("status", "main_" + id, "--gitlab-rails-root", rails);
      assertThat(text).exitedWith(UNFINISHED);
      assertTrue(text.out().contains("runs as:       BackfillApprovalRulesLeaf is a thin subclass of"), text.out());

      CliRunner.Result json = cli(db).run("status", "main_" + id, "--json", "--gitlab-rails-root", rails);
      JsonNode res = new ObjectMapper().readTree(json.out()).get("resolution");
      assertEquals("gitlab source", res.get("how").asText());
      assertEquals("BackfillApprovalRulesLeaf", res.get("class").asText());
      assertEquals("BackfillDesiredShardingKeyJob", res.get("runs_as").asText());
      assertEquals(dir.resolve("backfill_approval_rules_leaf.rb").toString(), res.get("file").asText());
      assertEquals(2, res.get("chain").size());
      assertEquals("BackfillApprovalRulesMiddle", res.get("chain").get(1).get("class").asText());

      CliRunner.Result noSource = cli(db).run("status", "main_" + id, "--json");
      JsonNode none = new ObjectMapper().readTree(noSource.out()).get("resolution");
      assertEquals("none", none.get("how").asText());
      assertTrue(none.get("looked").toString().contains("none on this machine"), none.toString());

      assertThat(cli(db).run("finalize", "main_" + id, "--pause-ms", "0", "--gitlab-rails-root", rails)).exitedWith(OK);
      assertEquals(3, f.status(id));
    }
  }

  @Test
  void theSourceWinsOverTheShippedIndex() throws Exception {
    String cls = "BackfillApprovalMergeRequestRulesProjectId";
    declare("backfill_approval_merge_request_rules_project_id.rb", "class " + cls + " < BackfillDesiredShardingKeyJob",
        "operation_name :backfill_approval_merge_request_rules_project_id", "", "def perform", "  super", "end");
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      tables(db);
      long id = f.migration(cls, TABLE, "id", ARGS, 1, 300, 100, 50, 1);

      CliRunner.Result r = cli(db).run("finalize", "main_" + id, "--gitlab-rails-root", root.toString());

      assertThat(r).exitedWith(USAGE);
      assertTrue(r.err().contains("a body of its own at line 9 (def perform)"), r.err());
      assertTrue(r.err().contains("bbm's shipped index lists " + cls + " as a thin subclass of"
          + " BackfillDesiredShardingKeyJob, but GitLab's source on this machine wins over it"), r.err());
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs"));
      assertEquals(1, f.status(id));
      // without the source, the index answers
      assertThat(cli(db).run("finalize", "main_" + id, "--dry-run")).exitedWith(OK);
    }
  }

  @Test
  void jobsListShowsTheSourcesThinSubclassesAndNotThoseWithABody() throws Exception {
    declare("backfill_unindexed_rules_project_id.rb", "class BackfillUnindexedRulesProjectId"
        + " < BackfillDesiredShardingKeyJob", "operation_name :backfill_unindexed_rules_project_id");
    String indexed = "BackfillApprovalMergeRequestRulesProjectId";
    declare("backfill_approval_merge_request_rules_project_id.rb", "class " + indexed
        + " < BackfillDesiredShardingKeyJob", "scope_to ->(relation) { relation.where(project_id: nil) }");
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      CliRunner.Result r = cli(db).run("jobs", "list", "--json", "--gitlab-rails-root", root.toString());
      assertThat(r).exitedWith(OK);
      assertTrue(r.out().contains("\"name\" : \"BackfillUnindexedRulesProjectId\",\n    \"how\" : \"gitlab source\""),
          r.out());
      // a class whose file in the source has a body of its own is not listed, even though the index knows it
      assertFalse(r.out().contains("\"" + indexed + "\""), r.out());
      CliRunner.Result without = cli(db).run("jobs", "list", "--json");
      assertTrue(without.out().contains("\"" + indexed + "\""), without.out());
      assertFalse(without.out().contains("BackfillUnindexedRulesProjectId"), without.out());
    }
  }

  @Test
  void aParentNeitherInTheSourceNorRunByBbmIsRefused() throws Exception {
    declare("backfill_approval_rules_orphan.rb", "class BackfillApprovalRulesOrphan < BackfillSomethingElse");
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      tables(db);
      long id = f.migration("BackfillApprovalRulesOrphan", TABLE, "id", ARGS, 1, 300, 100, 50, 1);

      CliRunner.Result r = cli(db).run("finalize", "main_" + id, "--gitlab-rails-root", root.toString());

      assertThat(r).exitedWith(USAGE);
      assertTrue(r.err().contains("but BackfillSomethingElse is neither a class bbm runs nor in GitLab's source (no "
          + dir.resolve("backfill_something_else.rb")), r.err());
    }
  }

  @Test
  void aParentWithABodyOfItsOwnIsNotFollowedFurther() throws Exception {
    declare("backfill_approval_rules_child.rb", "class BackfillApprovalRulesChild < BatchedMigrationJob");
    declare("batched_migration_job.rb", "class BatchedMigrationJob", "def perform", "end");
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      tables(db);
      long id = f.migration("BackfillApprovalRulesChild", TABLE, "id", ARGS, 1, 300, 100, 50, 1);

      CliRunner.Result r = cli(db).run("finalize", "main_" + id, "--gitlab-rails-root", root.toString());

      assertThat(r).exitedWith(USAGE);
      assertTrue(r.err().contains(dir.resolve("backfill_approval_rules_child.rb") + " declares BackfillApprovalRulesChild"
          + " < BatchedMigrationJob, and BatchedMigrationJob is not a class bbm runs: "
          + dir.resolve("batched_migration_job.rb") + " gives it a body of its own at line 7 (def perform)"), r.err());
    }
  }

  @Test
  void aClassNameThatIsNotARubyConstantIsNeverAFileName() throws Exception {
    Files.writeString(root.resolve("lib/gitlab/evil.rb"), "class Evil < BackfillDesiredShardingKeyJob\nend\n");
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      tables(db);
      long id = f.migration("../evil", TABLE, "id", ARGS, 1, 300, 100, 50, 1);

      CliRunner.Result r = cli(db).run("finalize", "main_" + id, "--gitlab-rails-root", root.toString());

      assertThat(r).exitedWith(USAGE);
      assertTrue(r.err().contains("GitLab's source: not read, because ../evil is not a Ruby constant"), r.err());
      assertThat(cli(db).run("jobs", "new", "../evil", TABLE)).exitedWith(USAGE);
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs"));
    }
  }

  @Test
  void aRailsRootThatIsNotThereIsExitTwo() throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      tables(db);
      long id = f.migration("BackfillApprovalRulesShardingKey", TABLE, "id", ARGS, 1, 300, 100, 50, 1);
      Path empty = Files.createDirectories(tmp.resolve("empty"));

      CliRunner.Result missing = cli(db).run("finalize", "main_" + id, "--gitlab-rails-root", tmp.resolve("nope").toString());
      assertThat(missing).exitedWith(USAGE);
      assertTrue(missing.err().contains("--gitlab-rails-root " + tmp.resolve("nope") + " is not a directory"),
          missing.err());
      CliRunner.Result notRails = cli(db).run("status", "main_" + id, "--gitlab-rails-root", empty.toString());
      assertThat(notRails).exitedWith(USAGE);
      assertTrue(notRails.err().contains("has no lib/gitlab/background_migration directory"), notRails.err());
      CliRunner.Result env = cli(db).env("BBM_GITLAB_RAILS_ROOT", empty.toString()).run("jobs", "list");
      assertThat(env).exitedWith(USAGE);
      assertTrue(env.err().contains("BBM_GITLAB_RAILS_ROOT=" + empty), env.err());
      assertEquals(1, f.status(id));
    }
  }
}
