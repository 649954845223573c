package dev.bbm.schema;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.schema.DbMigrateTest.ARGS;
import static dev.bbm.schema.DbMigrateTest.COPY;
import static dev.bbm.schema.DbMigrateTest.ID;
import static dev.bbm.schema.DbMigrateTest.ID_TO;
import static dev.bbm.schema.DbMigrateTest.applied;
import static dev.bbm.schema.DbMigrateTest.tableExists;
import static dev.bbm.schema.DbMigrateTest.versions;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bbm.schema.DbMigrateTest.App;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * db migrate's other rules: bookkeeping tables on an empty database, the migration lock, the first
 * error, SKIP_POST_DEPLOYMENT_MIGRATIONS, directive validation, GitLab's queue and delete helpers.
 */
class DbMigrateRulesTest {
  private static final String QUEUE_NOTES = "-- bbm:queue_batched_background_migration {\"job_class_name\": \"" + COPY
      + "\", \"table_name\": \"notes\", \"column_name\": \"id\", \"job_arguments\": " + ARGS + ", \"job_interval\": 60}";

  @Test
  void emptyDatabaseGetsGitlabs176TablesFirstAndQueuedMigrationsFinalize(@TempDir Path root) throws Exception {
    try (TestDatabase db = TestDatabase.createEmpty(); TestDatabase gitlab = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      App app = new App(root);
      app.regular("20240101000000_create_notes.sql",
          "CREATE TABLE notes (id bigint PRIMARY KEY, id_convert_to_bigint bigint);",
          "INSERT INTO notes (id) SELECT g FROM generate_series(1, 250) g;");
      app.post("20240102000000_queue_notes_backfill.sql", QUEUE_NOTES);
      CliRunner cli = CliRunner.against(db);

      CliRunner.Result r = cli.run(app.args("db", "migrate"));

      assertThat(r).exitedWith(OK);
      assertTrue(r.out().contains("Created the missing bookkeeping tables"), r.out());
      assertEquals(columns(gitlab), columns(db), "the tables bbm creates have GitLab's 17.6+ columns");
      assertEquals(constraints(gitlab), constraints(db), "... and GitLab's constraints");
      assertEquals(1L, db.count("SELECT count(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'gitlab_partitions_dynamic'"
          + " AND c.relname = 'batched_background_migration_job_transition_logs_' || to_char(now(), 'YYYYMM')"),
          "a partition covering now, named GitLab's way");
      assertEquals(1L, db.count("SELECT count(*) FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partdefid"
          + " WHERE c.relname = 'batched_background_migration_job_transition_logs_default'"),
          "a default partition for every later month");
      assertEquals(2, versions(db));
      // GitLab's queue defaults: interval raised to 2 minutes, max_value = MAX(id), active, this file's version
      assertEquals("1|1|250|120|1000|100|100|gitlab_main|20240102000000|PrimaryKeyBatchingStrategy|t", db.scalar(
          "SELECT concat_ws('|', status, min_value, max_value, \"interval\", batch_size, sub_batch_size, pause_ms,"
              + " gitlab_schema, queued_migration_version, batch_class_name, started_at IS NOT NULL)"
              + " FROM batched_background_migrations"));

      CliRunner.Result finalize = cli.run("finalize", "main_1", "--pause-ms", "0");
      assertThat(finalize).exitedWith(OK);
      assertEquals(0, new GitlabFixture(db).uncopied("notes", ID, ID_TO));
      assertTrue(db.count("SELECT count(*) FROM batched_background_migration_job_transition_logs") > 0,
          "transition logs land in the partitions bbm created");
      assertFalse(finalize.err().contains("warning"), finalize.err());

      CliRunner.Result again = cli.run(app.args("db", "migrate"));
      assertThat(again).exitedWith(OK);
      assertTrue(again.out().contains("Nothing to migrate"), again.out());
    }
  }

  @Test
  void existingTablesAreNeverAltered(@TempDir Path root) throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.BEFORE_17_6)) {
      String before = columns(db);
      App app = new App(root);
      app.regular("20240101000000_create_notes.sql", "CREATE TABLE notes (id bigint PRIMARY KEY);");
      CliRunner.Result r = CliRunner.against(db).run(app.args("db", "migrate"));
      assertThat(r).exitedWith(OK);
      assertEquals(before, columns(db), "the pre-17.6 layout stays as it is");
      assertFalse(r.out().contains("Created"), r.out());
    }
  }

  @Test
  void concurrentRunsAreSerializedByTheMigrationLock(@TempDir Path root) throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      App app = new App(root);
      app.regular("20240101000000_slow.sql", "CREATE TABLE runs (n int);", "INSERT INTO runs VALUES (1);",
          "SELECT pg_sleep(2);");
      CompletableFuture<CliRunner.Result> first = CompletableFuture.supplyAsync(
          () -> CliRunner.against(db).run(app.args("db", "migrate")));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (db.count("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 1 AND granted") == 0) {
        assertTrue(System.nanoTime() < deadline, "the first db migrate never took the lock");
        Thread.sleep(20);
      }

      CliRunner.Result busy = CliRunner.against(db).run(app.args("db", "migrate", "--no-wait"));
      assertThat(busy).exitedWith(BUSY);
      assertTrue(busy.err().contains("another schema migration is running") && busy.err().contains("(bbm process "
          + ProcessHandle.current().pid() + " on ") && busy.err().contains("PostgreSQL backend pid "), busy.err());
      CliRunner.Result waited = CliRunner.against(db).run(app.args("db", "migrate"));

      CliRunner.Result done = first.get(30, TimeUnit.SECONDS);
      assertThat(done).exitedWith(OK);
      assertThat(waited).exitedWith(OK);
      assertTrue(waited.err().contains("waiting for the schema migration lock"), waited.err());
      assertTrue(waited.out().contains("Nothing to migrate"), waited.out());
      assertEquals(1L, db.count("SELECT count(*) FROM runs"), "the file ran once");
      assertEquals(1, versions(db));
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void badSqlStopsWithTheCauseAndIsNotRecorded(GitlabLayout layout, @TempDir Path root) throws Exception {
    try (TestDatabase db = TestDatabase.create(layout)) {
      App app = new App(root);
      app.regular("20240101000000_create_notes.sql", "CREATE TABLE notes (id bigint PRIMARY KEY);");
      app.regular("20240102000000_add_body.sql", "CREATE TABLE half_done (id int);", "", "SELEC 1;");
      app.regular("20240103000000_add_author.sql", "CREATE TABLE authors (id int);");
      CliRunner.Result r = CliRunner.against(db).run(app.args("db", "migrate"));

      assertThat(r).exitedWith(FAILURE);
      assertTrue(r.err().contains("bbm: An error has occurred, all later migrations canceled:\n\n"
          + "PG::SyntaxError: ERROR:  syntax error at or near \"SELEC\"\n\nin "
          + app.migrate.resolve("20240102000000_add_body.sql") + ":3: SELEC 1"), r.err());
      assertTrue(r.err().contains("== 20240102000000 AddBody: failed, not recorded, rolled back"), r.err());
      assertTrue(applied(db, "20240101000000"));
      assertFalse(applied(db, "20240102000000"));
      assertFalse(tableExists(db, "half_done"), "the file's transaction was rolled back");
      assertFalse(tableExists(db, "authors"), "later migrations were canceled");
      assertTrue(r.out().contains("Migrated 1 file(s)") && r.out().contains("before the error"), r.out());

      // without a transaction, what ran before the error stays, and the file is still not recorded
      app.regular("20240102000000_add_body.sql", "-- bbm:disable_ddl_transaction", "CREATE TABLE half_done (id int);",
          "SELEC 1;");
      CliRunner.Result again = CliRunner.against(db).run(app.args("db", "migrate", "--json"));
      assertThat(again).exitedWith(FAILURE);
      assertTrue(tableExists(db, "half_done"));
      assertFalse(applied(db, "20240102000000"));
      JsonNode json = new ObjectMapper().readTree(again.out());
      assertEquals("20240102000000", json.get("error").get("version").asText());
      assertTrue(json.get("error").get("message").asText().startsWith("An error has occurred"), again.out());
      assertEquals(FAILURE.code(), json.get("exit_code").asInt());
    }
  }

  @Test
  void skipPostDeploymentMigrationsLeavesThemDown(@TempDir Path root) throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      App app = new App(root);
      app.regular("20240101000000_create_notes.sql", "CREATE TABLE notes (id bigint PRIMARY KEY);");
      app.post("20240102000000_drop_old_column.sql", "CREATE TABLE post_ran (id int);");
      app.regular("20240103000000_create_authors.sql", "CREATE TABLE authors (id int);");

      CliRunner.Result r = CliRunner.against(db).env("SKIP_POST_DEPLOYMENT_MIGRATIONS", "true")
          .run(app.args("db", "migrate"));

      assertThat(r).exitedWith(OK);
      assertTrue(applied(db, "20240101000000") && applied(db, "20240103000000"));
      assertFalse(applied(db, "20240102000000"));
      assertFalse(tableExists(db, "post_ran"));
      assertTrue(r.out().contains("1 post-deployment migration(s) left down (SKIP_POST_DEPLOYMENT_MIGRATIONS is set):"
          + " 20240102000000"), r.out());
      CliRunner.Result status = CliRunner.against(db).run(app.args("db", "migrate:status"));
      assertThat(status).exitedWith(UNFINISHED);
      assertTrue(status.out().contains("  down    20240102000000  Drop old column\n"), status.out());

      assertThat(CliRunner.against(db).run(app.args("db", "migrate"))).exitedWith(OK);
      assertTrue(tableExists(db, "post_ran"));
      assertThat(CliRunner.against(db).run(app.args("db", "migrate:status"))).exitedWith(OK);
    }
  }

  @Test
  void directiveErrorsAreOneSentenceAndNothingIsApplied(@TempDir Path root) throws Exception {
    List<String[]> cases = List.of(
        new String[] {"-- bbm:queue_batched_background_migration {\"job_class_name\": \"X\", \"table_name\": \"notes\"",
            "queue_batched_background_migration: the payload is not valid JSON at character"},
        new String[] {"-- bbm:queue_batched_background_migration {\"job_class_name\": \"" + COPY + "\","
            + " \"table_name\": \"notes\", \"column_name\": \"id\", \"job_arguments\": [[\"id\"]], \"job_interval\": 120}",
            "Wrong number of job arguments for " + COPY + " (given 1, expected 2)"},
        new String[] {"-- bbm:ensure_batched_background_migration_is_finished {\"job_class_name\": \"X\","
            + " \"table_name\": \"notes\", \"column_name\": \"id\", \"job_arguments\": []}",
            "The `ensure_batched_background_migration_is_finished` cannot be run inside a transaction."},
        new String[] {"-- bbm:finalize_batched_background_migration {}", "unknown directive"},
        new String[] {"-- bbm:delete_batched_background_migration {\"job_class_name\": \"X\", \"table_name\": \"notes\","
            + " \"column_name\": 5, \"job_arguments\": []}", "column_name is a number, expected a string"});
    int i = 0;
    for (String[] c : cases) {
      try (TestDatabase db = TestDatabase.createEmpty()) {
        App app = new App(root.resolve("app" + i++));
        app.regular("20240101000000_create_notes.sql", "CREATE TABLE notes (id bigint PRIMARY KEY);");
        Path bad = app.post("20240102000000_bad_directive.sql", "SELECT 1;", c[0]);

        CliRunner.Result r = CliRunner.against(db).run(app.args("db", "migrate"));

        assertThat(r).exitedWith(USAGE);
        assertTrue(r.err().startsWith("bbm: " + bad + ":2: "), r.err());
        assertTrue(r.err().contains(c[1]), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(tableExists(db, "notes"), "nothing applied, not even the valid file before it");
        assertFalse(tableExists(db, "schema_migrations"), "not even the bookkeeping tables");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void queueAndDeleteFollowGitlabsHelpers(GitlabLayout layout, @TempDir Path root) throws Exception {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 100, ID, ID_TO);
      long existing = f.migration(COPY, "events", "id", ARGS, 1, 100, 100, 10, 1);
      f.job(existing, 1, 100, 3, 1, "1 hour");
      db.execute("CREATE TABLE notes (id bigint PRIMARY KEY, id_convert_to_bigint bigint)");
      App app = new App(root);
      app.regular("20240101000000_queue_events_again.sql", "-- bbm:queue_batched_background_migration {\"job_class_name\":"
          + " \"" + COPY + "\", \"table_name\": \"events\", \"column_name\": \"id\", \"job_arguments\": " + ARGS
          + ", \"job_interval\": 120}");
      app.regular("20240102000000_queue_notes.sql", QUEUE_NOTES.replace("\"job_interval\": 60",
          "\"job_interval\": 300, \"batch_size\": 500, \"sub_batch_size\": 50, \"max_batch_size\": 2000"));
      app.post("20240103000000_delete_events_migration.sql", "-- bbm:delete_batched_background_migration {\"job_class_name\":"
          + " \"::" + COPY + "\", \"table_name\": \"events\", \"column_name\": \"id\", \"job_arguments\": " + ARGS + "}");

      CliRunner.Result r = CliRunner.against(db).run(app.args("db", "migrate"));

      assertThat(r).exitedWith(OK);
      assertTrue(r.err().contains("warning: Batched background migration not enqueued because it already exists:"
          + " job_class_name: " + COPY + ", table_name: events, column_name: id, job_arguments: [[\"id\"],"
          + " [\"id_convert_to_bigint\"]]"), r.err());
      // empty table: finished at once, max_value = min_value
      assertEquals("3|1|1|300|500|50|t|f", db.scalar("SELECT concat_ws('|', status, min_value, max_value, \"interval\","
          + " batch_size, sub_batch_size, finished_at IS NOT NULL, started_at IS NOT NULL)"
          + " FROM batched_background_migrations WHERE table_name = 'notes'"));
      if (layout == GitlabLayout.SINCE_17_6) {
        assertEquals(2000L, db.count("SELECT max_batch_size FROM batched_background_migrations WHERE table_name = 'notes'"));
      }
      assertEquals(0L, db.count("SELECT count(*) FROM batched_background_migrations WHERE id = ?", existing));
      assertEquals(0L, db.count("SELECT count(*) FROM batched_background_migration_jobs"), "its jobs went with it");
      assertEquals(3, versions(db));
    }
  }

  @Test
  void dryRunShowsThePlanAndChangesNothing(@TempDir Path root) throws Exception {
    try (TestDatabase db = TestDatabase.createEmpty()) {
      App app = new App(root);
      app.regular("20240101000000_create_notes.sql", "CREATE TABLE notes (id bigint PRIMARY KEY, id_convert_to_bigint bigint);");
      app.post("20240102000000_queue_notes_backfill.sql", QUEUE_NOTES);
      app.post("20240103000000_finalize_notes_backfill.sql", "-- bbm:disable_ddl_transaction",
          QUEUE_NOTES.replace("queue_batched_background_migration", "ensure_batched_background_migration_is_finished")
              .replace(", \"job_interval\": 60", ""));

      CliRunner.Result r = CliRunner.against(db).run(app.args("db", "migrate", "--dry-run"));

      assertThat(r).exitedWith(OK);
      assertTrue(r.out().contains("Would create the missing bookkeeping tables"), r.out());
      assertTrue(r.out().contains("CREATE TABLE notes (id bigint PRIMARY KEY, id_convert_to_bigint bigint);"), r.out());
      assertTrue(r.out().contains("would queue it (batch_size 1000, sub_batch_size 100, pause_ms 100, interval 120s"),
          r.out());
      assertTrue(r.out().contains("queued by 20240102000000 earlier in this run; would finalize it inline"), r.out());
      assertTrue(r.out().contains("would run without a transaction"), r.out());
      assertFalse(tableExists(db, "schema_migrations"));
      assertFalse(tableExists(db, "notes"));
    }
  }

  @Test
  void gitlabsRubyMigrationsAreListedButNotRun(@TempDir Path root) throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      App app = new App(root);
      app.regular("20240101000000_create_notes.rb", "class CreateNotes < Gitlab::Database::Migration[2.2]; end");
      app.regular("20240102000000_create_authors.sql", "CREATE TABLE authors (id int);");
      db.execute("INSERT INTO schema_migrations (version) VALUES ('20240101000000')");
      CliRunner cli = CliRunner.against(db);

      CliRunner.Result status = cli.run(app.args("db", "migrate:status"));
      assertThat(status).exitedWith(UNFINISHED);
      assertTrue(status.out().contains("   up     20240101000000  Create notes\n"
          + "  down    20240102000000  Create authors\n"), status.out());
      assertThat(cli.run(app.args("db", "migrate"))).withContext("an applied .rb file is no obstacle").exitedWith(OK);

      app.regular("20240103000000_add_index.rb", "class AddIndex < Gitlab::Database::Migration[2.2]; end");
      app.regular("20240104000000_create_labels.sql", "CREATE TABLE labels (id int);");
      CliRunner.Result r = cli.run(app.args("db", "migrate"));
      assertThat(r).exitedWith(USAGE);
      assertTrue(r.err().contains("20240103000000_add_index.rb is a Ruby migration, which bbm cannot run"), r.err());
      assertFalse(tableExists(db, "labels"), "nothing applied");
    }
  }

  @Test
  void checkSuggestsDbMigrateForSqlMigrationFiles(@TempDir Path root) throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      App app = new App(root);
      app.regular("20240101000000_create_notes.sql", "CREATE TABLE notes (id bigint PRIMARY KEY);");
      CliRunner.Result r = CliRunner.against(db).run(app.args("check"));
      assertThat(r).exitedWith(UNFINISHED);
      assertTrue(r.out().contains("schema migrations: 1 down"), r.out());
      assertTrue(r.out().contains("bbm db migrate --migrations-dir " + app.migrate), r.out());
      assertThat(CliRunner.against(db).run(app.args("db", "migrate"))).exitedWith(OK);
      assertThat(CliRunner.against(db).run(app.args("check"))).exitedWith(OK);
    }
  }

  /** The bookkeeping tables' columns: name, type, nullability and default, as text. */
  private static String columns(TestDatabase db) {
    Object v = db.scalar("SELECT string_agg(table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable"
        + " || ' ' || coalesce(column_default, '-'), E'\\n' ORDER BY table_name, column_name)"
        + " FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN ('batched_background_migrations',"
        + " 'batched_background_migration_jobs', 'batched_background_migration_job_transition_logs',"
        + " 'background_migration_jobs', 'schema_migrations')");
    assertNotNull(v);
    return (String) v;
  }

  private static String constraints(TestDatabase db) {
    Object v = db.scalar("SELECT string_agg(c.conrelid::regclass || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid),"
        + " E'\\n' ORDER BY c.conrelid::regclass::text, c.conname) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid"
        + " WHERE t.relnamespace = 'public'::regnamespace AND t.relname IN ('batched_background_migrations',"
        + " 'batched_background_migration_jobs', 'batched_background_migration_job_transition_logs',"
        + " 'background_migration_jobs', 'schema_migrations')");
    assertNotNull(v);
    return (String) v;
  }
}
