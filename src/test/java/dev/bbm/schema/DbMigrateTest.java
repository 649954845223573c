package dev.bbm.schema;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * bbm db migrate on GitLab's tables (both layouts): the "done when" list, with GitLab's
 * exact message for an unfinished batched migration and a finalize command that pastes.
 */
class DbMigrateTest {
  static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  static final String ARGS = "[[\"id\"],[\"id_convert_to_bigint\"]]";
  static final String[] ID = {"id"};
  static final String[] ID_TO = {"id_convert_to_bigint"};

  /** The migration directories of an application: db/migrate and db/post_migrate. */
  static final class App {
    final Path migrate;
    final Path postMigrate;

    App(Path root) throws IOException {
      migrate = Files.createDirectories(root.resolve("db/migrate"));
      postMigrate = Files.createDirectories(root.resolve("db/post_migrate"));
    }

    Path regular(String file, String... lines) throws IOException {
      return Files.writeString(migrate.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    Path post(String file, String... lines) throws IOException {
      return Files.writeString(postMigrate.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    String[] args(String... command) {
      List<String> out = new ArrayList<>(List.of(command));
      out.addAll(List.of("--migrations-dir", migrate.toString(), "--migrations-dir", postMigrate.toString()));
      return out.toArray(String[]::new);
    }
  }

  static String ensure(boolean finalize) {
    return "-- bbm:ensure_batched_background_migration_is_finished {\"job_class_name\": \"" + COPY + "\","
        + " \"table_name\": \"events\", \"column_name\": \"id\", \"job_arguments\": " + ARGS
        + (finalize ? "" : ", \"finalize\": false") + "}";
  }

  static long versions(TestDatabase db) {
    return db.count("SELECT count(*) FROM schema_migrations");
  }

  static boolean applied(TestDatabase db, String version) {
    return db.count("SELECT count(*) FROM schema_migrations WHERE version = ?", version) == 1;
  }

  static boolean tableExists(TestDatabase db, String table) {
    return db.scalar("SELECT to_regclass(?)", table) != null;
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void unfinishedMigrationStopsWithGitlabsMessageThenFinalizeLetsItThrough(GitlabLayout layout, @TempDir Path root)
      throws Exception {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 300, ID, ID_TO);
      long id = f.migration(COPY, "events", "id", "[[\"id\"], [\"id_convert_to_bigint\"]]", 1, 300, 100, 100, 1);
      App app = new App(root);
      app.regular("20240101000000_create_notes.sql", "CREATE TABLE notes (id bigint PRIMARY KEY, note text);");
      app.post("20240102000000_finalize_events_id_conversion.sql", "-- bbm:disable_ddl_transaction", ensure(false));
      app.post("20240103000000_drop_events_id.sql", "CREATE TABLE after_it (id int);");
      CliRunner cli = CliRunner.against(db);

      CliRunner.Result stopped = cli.run(app.args("db", "migrate"));

      assertThat(stopped).exitedWith(UNFINISHED);
      String gitlab = "Expected batched background migration for the given configuration to be marked as 'finished',"
          + " but it is 'active':\t{:job_class_name=>\"CopyColumnUsingBackgroundMigrationJob\", :table_name=>\"events\","
          + " :column_name=>\"id\", :job_arguments=>[[\"id\"], [\"id_convert_to_bigint\"]]}\n\n"
          + "Finalize it manually by running the following command in a `bash` or `sh` shell:\n\n"
          + "\tbbm finalize CopyColumnUsingBackgroundMigrationJob,events,id,'[[\"id\"]\\,[\"id_convert_to_bigint\"]]'\n\n"
          + "For more information, check the documentation\n\n"
          + "\thttps://docs.gitlab.com/ee/update/background_migrations.html"
          + "#database-migrations-failing-because-of-batched-background-migration-not-finished\n";
      assertTrue(stopped.err().endsWith("bbm: An error has occurred, all later migrations canceled:\n\n" + gitlab),
          stopped.err());
      assertTrue(applied(db, "20240101000000"), "the regular migration before it was applied");
      assertFalse(applied(db, "20240102000000"), "the failed migration is not recorded");
      assertFalse(tableExists(db, "after_it"), "later migrations were canceled");
      assertEquals(1, f.status(id), "finalize: false leaves the migration alone");

      // the operator pastes the command from the message into a shell
      String pasted = gitlab.lines().filter(l -> l.startsWith("\tbbm finalize ")).findFirst().orElseThrow().strip();
      List<String> words = shellWords(pasted);
      words.addAll(List.of("--pause-ms", "0"));
      CliRunner.Result finalized = cli.run(words.subList(1, words.size()).toArray(String[]::new));
      assertThat(finalized).exitedWith(OK);
      assertEquals(3, f.status(id));

      CliRunner.Result again = cli.run(app.args("db", "migrate"));
      assertThat(again).exitedWith(OK);
      assertEquals(6, f.status(id), "ensure confirms a finished migration as finalized");
      assertEquals(3, versions(db));
      assertTrue(tableExists(db, "after_it"));
      assertEquals(0, f.uncopied("events", ID, ID_TO));
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void finalizeTrueFinalizesInlineAndConfirmsInOneRun(GitlabLayout layout, @TempDir Path root) throws Exception {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 450, ID, ID_TO);
      long id = f.migration(COPY, "events", "id", ARGS, 1, 450, 200, 100, 1);
      f.job(id, 1, 200, 3, 1, "1 hour");
      db.execute("UPDATE events SET id_convert_to_bigint = id WHERE id <= 200");
      App app = new App(root);
      app.post("20240102000000_finalize_events_id_conversion.sql", "-- bbm:disable_ddl_transaction", ensure(true),
          "CREATE INDEX CONCURRENTLY index_events_on_id_convert_to_bigint ON events (id_convert_to_bigint);");

      CliRunner.Result r = CliRunner.against(db).run(app.args("db", "migrate"));

      assertThat(r).exitedWith(OK);
      assertEquals(6, f.status(id), "finalized inline, then confirmed as finalized");
      assertEquals(0, f.uncopied("events", ID, ID_TO));
      assertNull(f.invariantProblem(id));
      assertTrue(applied(db, "20240102000000"));
      assertTrue(tableExists(db, "index_events_on_id_convert_to_bigint"), "the SQL after the directive ran too");
      assertTrue(r.err().contains("== 20240102000000 FinalizeEventsIdConversion: migrating"), r.err());
      assertTrue(r.err().contains("-- ensure_batched_background_migration_is_finished({:job_class_name=>"), r.err());
      assertTrue(r.err().contains("confirmed as finalized"), r.err());
      assertTrue(r.out().contains("Migrated 1 file(s)"), r.out());
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void migrateStatusListsUpAndDownRowsExactly(GitlabLayout layout, @TempDir Path root) throws Exception {
    try (TestDatabase db = TestDatabase.create(layout)) {
      App app = new App(root);
      app.regular("20240101000000_create_notes.sql", "CREATE TABLE notes (id bigint PRIMARY KEY);");
      app.post("20240102000000_add_index_to_notes_author_id.sql", "CREATE INDEX ON notes (id);");
      db.execute("INSERT INTO schema_migrations (version) VALUES ('20240101000000'), ('20230101000000')");
      db.execute("CREATE TABLE notes (id bigint PRIMARY KEY)");
      CliRunner cli = CliRunner.against(db);

      CliRunner.Result r = cli.run(app.args("db", "migrate:status"));

      assertThat(r).exitedWith(UNFINISHED);
      assertEquals("\ndatabase: " + db.name() + "\n\n"
          + " Status   Migration ID    Migration Name\n"
          + "--------------------------------------------------\n"
          + "   up     20230101000000  ********** NO FILE **********\n"
          + "   up     20240101000000  Create notes\n"
          + "  down    20240102000000  Add index to notes author\n"
          + "\n", r.out());
      assertEquals("", r.err());

      JsonNode json = new ObjectMapper().readTree(cli.run(app.args("db", "migrate-status", "--json")).out());
      assertEquals(1, json.get("down").asInt());
      assertEquals("down", json.get("migrations").get(2).get("status").asText());
      assertTrue(json.get("migrations").get(2).get("post_deployment").asBoolean());
      assertTrue(json.get("migrations").get(0).get("file").isNull());

      assertThat(cli.run(app.args("db", "migrate"))).exitedWith(OK);
      CliRunner.Result up = cli.run(app.args("db", "migrate-status"));
      assertThat(up).exitedWith(OK);
      assertTrue(up.out().contains("   up     20240102000000  Add index to notes author\n"), up.out());
    }
  }

  /** Splits a command line as a POSIX shell would (the test runs on machines with bash). */
  static List<String> shellWords(String line) throws Exception {
    Process p = new ProcessBuilder("bash", "-c", "for w in " + line + "; do printf '%s\\0' \"$w\"; done")
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    List<String> words = new ArrayList<>(List.of(out.split("\0")));
    assertNotNull(words);
    return words;
  }
}
