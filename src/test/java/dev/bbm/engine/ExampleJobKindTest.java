package dev.bbm.engine;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.jobs.FillNullTestJob;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The job kind added as one class and one registration line (docs/architecture.md): finalize
 * runs it with a bound value and its scope, and refuses arguments it cannot run.
 */
class ExampleJobKindTest {
  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void aNewKindRunsWithItsScopeAndBoundValue(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      db.execute("CREATE TABLE project_settings (project_id bigint PRIMARY KEY, legacy_open_source_license_available"
          + " boolean, show_default_award_emojis boolean)");
      db.execute("INSERT INTO project_settings SELECT g, CASE WHEN g % 4 = 0 THEN false END,"
          + " CASE WHEN g % 5 = 0 THEN false END FROM generate_series(1, 1000) g WHERE g % 13 <> 0");
      long untouched = db.count("SELECT count(*) FROM project_settings WHERE show_default_award_emojis IS NOT NULL");
      long id = f.migration(FillNullTestJob.NAME, "project_settings", "project_id",
          "[\"show_default_award_emojis\", true]", 1, 1000, 300, 50, 1);

      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0");

      assertThat(r).exitedWith(OK);
      assertEquals(3, f.status(id));
      assertEquals(0, db.count("SELECT count(*) FROM project_settings WHERE show_default_award_emojis IS NULL"));
      assertEquals(untouched, db.count("SELECT count(*) FROM project_settings WHERE NOT show_default_award_emojis"),
          "rows outside the scope keep their value");
      assertEquals(db.count("SELECT count(*) FROM project_settings") - untouched,
          db.count("SELECT count(*) FROM project_settings WHERE show_default_award_emojis"));
      assertEquals(db.count("SELECT count(*) FROM project_settings WHERE legacy_open_source_license_available IS NULL"),
          db.count("SELECT count(*) FROM project_settings WHERE project_id % 4 <> 0"), "other columns untouched");
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void argumentsTheKindCannotRunAreRefusedBeforeAnythingChanges(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      db.execute("CREATE TABLE project_settings (project_id bigint PRIMARY KEY, show_default_award_emojis boolean)");
      db.execute("INSERT INTO project_settings SELECT g, NULL FROM generate_series(1, 100) g");
      long id = f.migration(FillNullTestJob.NAME, "project_settings", "project_id", "[\"no_such_column\", true]",
          1, 100, 50, 10, 1);

      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id);

      assertThat(r).exitedWith(USAGE);
      assertTrue(r.err().contains("FillNullTestJob fills column no_such_column, which table project_settings"
          + " does not have"), r.err());
      assertEquals(1, f.status(id));
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs"));
      assertEquals(100, db.count("SELECT count(*) FROM project_settings WHERE show_default_award_emojis IS NULL"));
    }
  }
}
