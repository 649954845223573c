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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** bbm retry: GitLab's retry_failed_jobs! on a failed migration. */
class RetryTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  private static final String[] ID = {"id"};
  private static final String[] ID_TO = {"id_convert_to_bigint"};

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void failedMigrationsBlockedJobBecomesRetriable(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 500, ID, ID_TO);
      long id = f.migration(COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 500, 250, 100, 4);
      f.job(id, 251, 500, 3, 1, "1 day");
      long blocked = f.job(id, 1, 250, 2, 3, "1 day");
      CliRunner cli = CliRunner.against(db);

      CliRunner.Result dry = cli.run("retry", "main_" + id, "--dry-run");
      assertThat(dry).exitedWith(OK);
      assertEquals(4, f.status(id), "a dry run changes nothing");

      CliRunner.Result r = cli.run("retry", "main_" + id);
      assertThat(r).exitedWith(OK);
      assertEquals(1, f.status(id), "active again");
      assertEquals("1..125:2:0 126..250:2:0 251..500:3:1", db.scalar("SELECT string_agg(min_value || '..' || max_value"
          + " || ':' || status || ':' || attempts, ' ' ORDER BY min_value) FROM batched_background_migration_jobs"));
      assertTrue(r.out().contains("job " + blocked + " 1..250: split into 1..125"), r.out());

      CliRunner.Result again = cli.run("retry", "main_" + id);
      assertThat(again).exitedWith(USAGE);
      assertTrue(again.err().contains("You can retry only `failed` background migrations."), again.err());

      CliRunner.Result fin = cli.run("finalize", "main_" + id, "--pause-ms", "0");
      assertThat(fin).exitedWith(OK);
      db.execute("UPDATE events SET id_convert_to_bigint = id WHERE id > 250");
      assertEquals(0, f.uncopied("events", ID, ID_TO));
      assertNull(f.invariantProblem(id));
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void retryWithFinalizeRunsItToTheEnd(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 300, ID, ID_TO);
      long id = f.migration(COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 300, 300, 100, 4);
      f.job(id, 1, 300, 2, 3, "1 day");
      CliRunner.Result r = CliRunner.against(db).run("retry", "main_" + id, "--finalize", "--pause-ms", "0");
      assertThat(r).exitedWith(OK);
      assertEquals(3, f.status(id));
      assertEquals(0, f.uncopied("events", ID, ID_TO));
      assertNull(f.invariantProblem(id));
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void aClassBbmCannotRunIsRetriedForSidekiqWithoutSplittingButNotFinalized(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 500, ID, ID_TO);
      long id = f.migration("BackfillSomethingNobodyKnows", "events", "id", "[]", 1, 500, 250, 100, 4);
      f.job(id, 251, 500, 3, 1, "1 day");
      long blocked = f.job(id, 1, 250, 2, 3, "1 day");
      CliRunner cli = CliRunner.against(db);
      String jobs = "SELECT string_agg(min_value || '..' || max_value || ':' || status || ':' || attempts, ' '"
          + " ORDER BY min_value) FROM batched_background_migration_jobs";

      CliRunner.Result fin = cli.run("retry", "main_" + id, "--finalize");
      assertThat(fin).withContext("bbm would have to run the jobs itself").exitedWith(USAGE);
      assertEquals(4, f.status(id), "refused before any change");
      assertEquals("1..250:2:3 251..500:3:1", db.scalar(jobs));

      CliRunner.Result r = cli.run("retry", "main_" + id);
      assertThat(r).exitedWith(OK);
      assertEquals(1, f.status(id), "active again, for Sidekiq");
      assertEquals("1..250:2:0 251..500:3:1", db.scalar(jobs), "attempts reset, range kept: no split without the class");
      assertTrue(r.out().contains("job " + blocked + " 1..250: attempts reset, not split (bbm cannot run"
          + " BackfillSomethingNobodyKnows"), r.out());
    }
  }
}
