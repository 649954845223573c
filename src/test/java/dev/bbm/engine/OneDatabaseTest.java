package dev.bbm.engine;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * one_database: a definition whose statement joins tables of several GitLab schemas runs where they
 * share one database, and is refused, before any change, where GitLab has write-locked another
 * database's tables (lock_writes' triggers).
 */
class OneDatabaseTest {
  private static final String CLASS = "BackfillPlanNameOfPendingBuilds";

  @TempDir
  Path tmp;

  private Path definition(String oneDatabase) throws IOException {
    Path dir = tmp.resolve("jobs-" + oneDatabase.hashCode());
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(CLASS + ".yml"), """
        job_class_name: BackfillPlanNameOfPendingBuilds
        description: copies each pending build's plan name from plans (gitlab_main) to ci_pending_builds (gitlab_ci)
        one_database: %s
        statement: |
          UPDATE ci_pending_builds SET plan_name = plans.name FROM plans
          WHERE plans.id = ci_pending_builds.plan_id AND ci_pending_builds.id BETWEEN :sub_batch_start AND :sub_batch_end
        """.formatted(oneDatabase), StandardCharsets.UTF_8);
    return dir;
  }

  /** plans and ci_pending_builds in one database; returns the migration's id. */
  private static long tables(TestDatabase db) {
    db.execute("CREATE TABLE plans (id bigint PRIMARY KEY, name text)");
    db.execute("INSERT INTO plans VALUES (1, 'free'), (2, 'premium'), (3, 'ultimate')");
    db.execute("CREATE TABLE ci_pending_builds (id bigint PRIMARY KEY, plan_id bigint, plan_name text)");
    db.execute("INSERT INTO ci_pending_builds (id, plan_id) SELECT g, 1 + g % 3 FROM generate_series(1, 500) g");
    return new GitlabFixture(db).migration(CLASS, "ci_pending_builds", "id", "[]", 1, 500, 200, 50, 1);
  }

  @Test
  void runsWhereGitlabHasOneDatabase() throws IOException {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      long id = tables(db);
      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id, "--jobs-dir", definition("true").toString(),
          "--pause-ms", "0");
      assertThat(r).exitedWith(OK);
      assertEquals(0, db.count("SELECT count(*) FROM ci_pending_builds b JOIN plans p ON p.id = b.plan_id"
          + " WHERE b.plan_name IS DISTINCT FROM p.name"));
    }
  }

  @Test
  void isRefusedBeforeAnyChangeWhereAnotherDatabasesTablesAreWriteLocked() throws IOException {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      long id = tables(db);
      // as GitLab's lock_writes leaves the ci database's copy of a gitlab_main table
      db.execute("CREATE FUNCTION gitlab_schema_prevent_write() RETURNS trigger LANGUAGE plpgsql AS"
          + " $$ BEGIN RAISE EXCEPTION 'write protected'; END $$");
      db.execute("CREATE TRIGGER gitlab_schema_write_trigger_for_plans BEFORE INSERT OR DELETE OR UPDATE OR TRUNCATE"
          + " ON plans FOR EACH STATEMENT EXECUTE FUNCTION gitlab_schema_prevent_write()");
      CliRunner cli = CliRunner.against(db);
      CliRunner.Result r = cli.run("finalize", "main_" + id, "--jobs-dir", definition("true").toString());
      assertThat(r).exitedWith(USAGE);
      assertTrue(r.err().contains("this database is one of several GitLab databases (GitLab has write-locked its copy"
          + " of plans)") && r.err().contains("--via-rake"), r.err());
      assertEquals(1, new GitlabFixture(db).status(id), "the migration is untouched");
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs"));
      assertEquals(0, db.count("SELECT count(*) FROM ci_pending_builds WHERE plan_name IS NOT NULL"));

      CliRunner.Result without = cli.run("finalize", "main_" + id, "--jobs-dir", definition("false").toString(),
          "--dry-run");
      assertThat(without).withContext("a definition that does not say one_database is not checked").exitedWith(OK);

      CliRunner.Result bad = cli.run("finalize", "main_" + id, "--jobs-dir", definition("\"yes\"").toString());
      assertThat(bad).exitedWith(USAGE);
      assertTrue(bad.err().contains("has one_database \"yes\"; give true"), bad.err());
    }
  }

  @Test
  void retryWithoutFinalizeIsNotRefusedWhereAnotherDatabasesTablesAreWriteLocked() throws IOException {
    // Sidekiq, not bbm, runs the retried jobs: the one-database check concerns only bbm running the statement
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      long id = tables(db);
      GitlabFixture f = new GitlabFixture(db);
      db.execute("UPDATE batched_background_migrations SET status = 4 WHERE id = " + id);
      long job = f.job(id, 1, 200, 2, 3, "1 hour");
      db.execute("CREATE FUNCTION gitlab_schema_prevent_write() RETURNS trigger LANGUAGE plpgsql AS"
          + " $$ BEGIN RAISE EXCEPTION 'write protected'; END $$");
      db.execute("CREATE TRIGGER gitlab_schema_write_trigger_for_plans BEFORE INSERT OR DELETE OR UPDATE OR TRUNCATE"
          + " ON plans FOR EACH STATEMENT EXECUTE FUNCTION gitlab_schema_prevent_write()");
      CliRunner cli = CliRunner.against(db);
      String jobs = definition("true").toString();
      CliRunner.Result r = cli.run("retry", "main_" + id, "--jobs-dir", jobs);
      assertThat(r).exitedWith(OK);
      assertEquals(1, f.status(id), "the migration is active again");
      assertEquals(0, db.count("SELECT attempts FROM batched_background_migration_jobs WHERE id = " + job));

      db.execute("UPDATE batched_background_migrations SET status = 4 WHERE id = " + id);
      db.execute("UPDATE batched_background_migration_jobs SET status = 2, attempts = 3 WHERE id = " + job);
      CliRunner.Result fin = cli.run("retry", "main_" + id, "--finalize", "--jobs-dir", jobs);
      assertThat(fin).withContext("bbm itself would run the statement").exitedWith(USAGE);
      assertEquals(3, db.count("SELECT attempts FROM batched_background_migration_jobs WHERE id = " + job));
    }
  }

  @Test
  void checkRecommendsGitlabsRakeNotAFinalizeBbmWouldRefuse() throws IOException {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      long id = tables(db);
      db.execute("CREATE FUNCTION gitlab_schema_prevent_write() RETURNS trigger LANGUAGE plpgsql AS"
          + " $$ BEGIN RAISE EXCEPTION 'write protected'; END $$");
      db.execute("CREATE TRIGGER gitlab_schema_write_trigger_for_plans BEFORE INSERT OR DELETE OR UPDATE OR TRUNCATE"
          + " ON plans FOR EACH STATEMENT EXECUTE FUNCTION gitlab_schema_prevent_write()");
      CliRunner cli = CliRunner.against(db);
      String jobs = definition("true").toString();
      CliRunner.Result r = cli.run("check", "--url", db.uri(), "--jobs-dir", jobs);
      assertTrue(r.out().contains("bbm finalize main_" + id + " --via-rake"), r.out());
      assertFalse(r.out().contains("bbm finalize " + CLASS + ","), "bbm finalize is refused here: " + r.out());
      assertThat(cli.run("finalize", "main_" + id, "--jobs-dir", jobs)).exitedWith(USAGE);
    }
  }
}
