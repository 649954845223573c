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
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** bbm check: the pre-upgrade answer and the commands to run next. */
class CheckTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void reportsEveryBlockerThenAllClear(GitlabLayout layout, @TempDir Path dir) throws Exception {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      Files.writeString(dir.resolve("20240101000000_create_notes.rb"), "");
      Files.writeString(dir.resolve("20240102000000_add_index.rb"), "");
      Files.writeString(dir.resolve("README"), "");
      db.execute("INSERT INTO schema_migrations (version) VALUES ('20240101000000')");
      db.execute("INSERT INTO background_migration_jobs (created_at, updated_at, status, class_name, arguments)"
          + " VALUES (now(), now(), 0, '::BackfillFoo', '[1, 10]'), (now(), now(), 0, 'BackfillFoo', '[11, 20]'),"
          + " (now(), now(), 1, 'BackfillFoo', '[21, 30]')");
      f.copyTable("events", 100, new String[] {"id"}, new String[] {"id_convert_to_bigint"});
      long active = f.migration(COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 100, 100, 10, 1);
      long failed = f.migration(COPY, "events", "id", "[[\"id\"],[\"x\"]]", 1, 100, 100, 10, 4);
      CliRunner cli = CliRunner.against(db);

      CliRunner.Result r = cli.run("check", "--migrations-dir", dir.toString());
      assertThat(r).exitedWith(FAILED);
      assertTrue(r.out().contains("2 unfinished, 1 failed"), r.out());
      assertTrue(r.out().contains("legacy background migration jobs: 2 pending {BackfillFoo=2}"), r.out());
      assertTrue(r.out().contains("schema migrations: 1 down"), r.out());
      assertTrue(r.out().contains("bbm retry main_" + failed + " --finalize"), r.out());
      assertTrue(r.out().contains("bbm finalize " + COPY + ",events,id,'[[\"id\"]\\,[\"id_convert_to_bigint\"]]'"),
          r.out());
      assertTrue(r.out().contains("gitlab-rake db:migrate"), r.out());

      JsonNode json = new ObjectMapper().readTree(cli.run("check", "--json", "--migrations-dir", dir.toString()).out());
      assertEquals("20240102000000", json.get("schema_migrations_down").get(0).asText());
      assertEquals(2, json.get("pending_legacy_jobs").get("BackfillFoo").asInt());

      db.execute("UPDATE batched_background_migrations SET status = 3 WHERE id IN (" + active + ", " + failed + ")");
      db.execute("UPDATE background_migration_jobs SET status = 1");
      assertThat(cli.run("check", "--migrations-dir", dir.toString()))
          .withContext("one schema migration is down")
          .exitedWith(UNFINISHED);
      db.execute("INSERT INTO schema_migrations (version) VALUES ('20240102000000')");
      CliRunner.Result clear = cli.run("check", "--migrations-dir", dir.toString());
      assertThat(clear).exitedWith(OK);
      assertTrue(clear.out().contains("Ready: nothing blocks the upgrade."), clear.out());
    }
  }
}
