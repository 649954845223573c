package dev.bbm.engine;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** bbm pause and resume: GitLab 18's rake tasks, their refusals, dry run and JSON. */
class PauseResumeTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  private static final String PAUSE_ONLY = "You can pause only `active` background migrations.";
  private static final String RESUME_ONLY = "You can resume only `paused` background migrations.";

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void pauseAndResumeRoundTrip(GitlabLayout layout) throws Exception {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      long id = f.migration(COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 1000, 100, 10, 1);
      CliRunner cli = CliRunner.against(db);

      CliRunner.Result paused = cli.run("pause", "main_" + id);
      assertThat(paused).exitedWith(OK);
      assertEquals(0, f.status(id));
      assertTrue(paused.out().startsWith("Done. main_" + id + " (" + COPY + ",events,id,")
          && paused.out().contains("is now paused (was active)"), paused.out());

      CliRunner.Result resumed = cli.run("resume", COPY + ",events,id,[[\"id\"]\\, [\"id_convert_to_bigint\"]]");
      assertThat(resumed).exitedWith(OK);
      assertEquals(1, f.status(id));
      assertTrue(resumed.out().contains("is now active (was paused)"), resumed.out());
      // GitLab's execute event sets started_at (the fixture's was a day ago)
      assertEquals(1L, db.count("SELECT count(*) FROM batched_background_migrations WHERE id = ?"
          + " AND started_at > now() - interval '1 minute'", id));

      JsonNode json = new ObjectMapper().readTree(cli.run("pause", "main_" + id, "--json").out());
      assertEquals("paused", json.get("outcome").asText());
      assertEquals("paused", json.get("status").asText());
      assertEquals("active", json.get("previous_status").asText());
      assertEquals("main_" + id, json.get("id").asText());
      assertEquals(0, f.status(id));
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void refusalsUseGitlabsMessagesAndChangeNothing(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      long paused = f.migration(COPY, "events", "id", "[[\"id\"],[\"a\"]]", 1, 100, 100, 10, 0);
      long active = f.migration(COPY, "events", "id", "[[\"id\"],[\"b\"]]", 1, 100, 100, 10, 1);
      long failed = f.migration(COPY, "events", "id", "[[\"id\"],[\"c\"]]", 1, 100, 100, 10, 4);
      long finished = f.migration(COPY, "events", "id", "[[\"id\"],[\"d\"]]", 1, 100, 100, 10, 3);
      long finalizing = f.migration(COPY, "events", "id", "[[\"id\"],[\"e\"]]", 1, 100, 100, 10, 5);
      CliRunner cli = CliRunner.against(db);
      String before = rows(db);

      for (long id : new long[] {paused, failed, finished, finalizing}) {
        CliRunner.Result r = cli.run("pause", "main_" + id);
        assertThat(r).exitedWith(USAGE);
        assertTrue(r.err().startsWith("bbm: " + PAUSE_ONLY), r.err());
        assertEquals("", r.out());
      }
      for (long id : new long[] {active, failed, finished, finalizing}) {
        CliRunner.Result r = cli.run("resume", "main_" + id);
        assertThat(r).exitedWith(USAGE);
        assertTrue(r.err().startsWith("bbm: " + RESUME_ONLY), r.err());
      }
      CliRunner.Result dry = cli.run("pause", "main_" + paused, "--dry-run");
      assertThat(dry).withContext("a dry run is refused like the real thing").exitedWith(USAGE);
      assertEquals(before, rows(db));
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void dryRunShowsTheStatementAndNotFoundIsSix(GitlabLayout layout) throws Exception {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      long id = f.migration(COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 1000, 100, 10, 1);
      CliRunner cli = CliRunner.against(db);
      String before = rows(db);

      CliRunner.Result dry = cli.run("pause", "main_" + id, "--dry-run");
      assertThat(dry).exitedWith(OK);
      assertTrue(dry.out().contains("Would pause main_" + id) && dry.out().contains("active -> paused"), dry.out());
      assertTrue(dry.out().contains("UPDATE batched_background_migrations SET status = 0, updated_at = now()"
          + " WHERE id = " + id + " AND status = 1"), dry.out());
      assertTrue(dry.out().contains("nothing was changed"), dry.out());
      JsonNode json = new ObjectMapper().readTree(cli.run("pause", "main_" + id, "--dry-run", "--json").out());
      assertEquals("dry_run", json.get("outcome").asText());
      assertEquals("active", json.get("status").asText());
      assertEquals(before, rows(db));

      db.execute("UPDATE batched_background_migrations SET status = 0");
      CliRunner.Result dryResume = cli.run("resume", "main_" + id, "--dry-run");
      assertTrue(dryResume.out().contains("SET status = 1, updated_at = now(), started_at = now() WHERE id = " + id
          + " AND status = 0"), dryResume.out());
      assertEquals(0, f.status(id));

      for (String cmd : new String[] {"pause", "resume"}) {
        CliRunner.Result missing = cli.run(cmd, "main_999");
        assertThat(missing).exitedWith(NOT_FOUND);
        assertTrue(missing.err().contains("no batched background migration matches main_999"), missing.err());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
      }
      assertThat(cli.run("pause")).exitedWith(USAGE);
    }
  }

  /** Every migration row as text: equal strings mean nothing changed. */
  static String rows(TestDatabase db) {
    return (String) db.scalar("SELECT string_agg(m::text, E'\\n' ORDER BY id) FROM batched_background_migrations m");
  }
}
