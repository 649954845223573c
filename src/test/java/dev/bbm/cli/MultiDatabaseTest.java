package dev.bbm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decomposed GitLab: two databases configured as main and ci in a database.yml. Read commands
 * cover both and label each; write commands need to be told which one.
 */
class MultiDatabaseTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  private static final String ARGS = "[[\"id\"],[\"id_convert_to_bigint\"]]";
  private static final String[] ID = {"id"};
  private static final String[] ID_TO = {"id_convert_to_bigint"};

  private static TestDatabase main;
  private static TestDatabase ci;

  @TempDir
  Path dir;

  private Path yml;
  private long mainActive;
  private long mainHidden;
  private long ciFailed;
  private long ciHidden;

  @BeforeAll
  static void databases() {
    main = TestDatabase.create(GitlabLayout.SINCE_17_6);
    ci = TestDatabase.create(GitlabLayout.SINCE_17_6);
  }

  @AfterAll
  static void drop() {
    main.close();
    ci.close();
  }

  @BeforeEach
  void rows() throws IOException {
    for (TestDatabase db : new TestDatabase[] {main, ci}) {
      db.execute("DROP TABLE IF EXISTS events, ci_builds; TRUNCATE batched_background_migrations CASCADE;"
          + " TRUNCATE background_migration_jobs");
    }
    GitlabFixture m = new GitlabFixture(main);
    m.copyTable("events", 300, ID, ID_TO);
    mainActive = m.migration(COPY, "events", "id", ARGS, 1, 300, 100, 50, 1);
    // a CI row in the main database: GitLab's main connection does not serve gitlab_ci on a decomposed GitLab
    mainHidden = m.migration(COPY, "ci_builds", "id", "[[\"a\"]]", 1, 10, 10, 10, 4);
    main.execute("UPDATE batched_background_migrations SET gitlab_schema = 'gitlab_ci' WHERE id = " + mainHidden);
    GitlabFixture c = new GitlabFixture(ci);
    c.copyTable("ci_builds", 300, ID, ID_TO);
    ciFailed = c.migration(COPY, "ci_builds", "id", ARGS, 1, 300, 100, 50, 4);
    ci.execute("UPDATE batched_background_migrations SET gitlab_schema = 'gitlab_ci'");
    // and a main row in the ci database, which the ci connection does not serve
    ciHidden = c.migration(COPY, "users", "id", ARGS, 1, 10, 10, 10, 1);
    yml = dir.resolve("database.yml");
    Files.writeString(yml, "production:\n" + entry("main", main) + entry("ci", ci)
        + "  geo:\n    adapter: postgresql\n    database: gitlabhq_geo_production\n    host: /nonexistent\n");
  }

  private static String entry(String name, TestDatabase db) {
    var s = db.server();
    return "  " + name + ":\n    adapter: postgresql\n    encoding: unicode\n    database: " + db.name() + "\n"
        + "    host: " + s.host() + "\n    port: " + s.port() + "\n    username: \"" + s.user() + "\"\n"
        + (s.password() == null ? "" : "    password: \"" + s.password() + "\"\n");
  }

  private CliRunner cli() {
    return new CliRunner().env("BBM_GITLAB_CONFIG", yml.toString());
  }

  @Test
  void statusCoversBothDatabasesLabelledWithTheWorstExitCode() throws IOException {
    CliRunner.Result r = cli().run("status");
    assertEquals(4, r.exitCode(), "ci has a failed migration: " + r);
    assertTrue(r.out().contains("main_" + mainActive) && r.out().contains("ci_" + ciFailed), r.out());
    assertTrue(r.out().contains("Database main: 1 unfinished of 1 shown.")
        && r.out().contains("Database ci: 1 unfinished, 1 failed of 1 shown."), r.out());
    assertFalse(r.out().contains("main_" + mainHidden) || r.out().contains("ci_" + ciHidden),
        "rows of another database's gitlab_schema are not shown: " + r.out());
    assertTrue(r.out().indexOf("Database main") < r.out().indexOf("Database ci"), r.out());

    CliRunner.Result rake = cli().run("status", "--format", "rake");
    assertEquals("Database: main\n"
        + "active     | " + COPY + ",events,id," + ARGS + "\n"
        + "Database: ci\n"
        + "failed     | " + COPY + ",ci_builds,id," + ARGS + "\n", rake.out());

    JsonNode json = new ObjectMapper().readTree(cli().run("status", "--json").out());
    assertEquals(2, json.get("databases").size());
    assertEquals("main", json.get("databases").get(0).get("database").asText());
    assertEquals("ci_" + ciFailed, json.get("databases").get(1).get("migrations").get(0).get("id").asText());
    assertEquals(4, json.get("exit_code").asInt());

    CliRunner.Result onlyMain = cli().run("status", "--database", "main");
    assertEquals(3, onlyMain.exitCode(), onlyMain.toString());
    assertFalse(onlyMain.out().contains("Database ci"), onlyMain.out());

    CliRunner.Result one = cli().run("status", "ci_" + ciFailed);
    assertEquals(4, one.exitCode(), one.toString());
    assertTrue(one.out().contains("ci_" + ciFailed) && one.out().contains("gitlab_ci"), one.out());
    CliRunner.Result byConfig = cli().run("status", COPY, "events", "id", ARGS);
    assertEquals(3, byConfig.exitCode(), "a configuration is looked for in each database: " + byConfig);
    assertTrue(byConfig.out().contains("main_" + mainActive), byConfig.out());
    CliRunner.Result hidden = cli().run("status", "ci_" + ciHidden);
    assertEquals(6, hidden.exitCode(), "a gitlab_main row of the ci database is not ci's: " + hidden);
  }

  @Test
  void completionIdsCoverEveryDatabaseLabelledAsStatusShowsThem() {
    CliRunner.Result ids = cli().run("__complete", "migration-ids");
    assertEquals(new CliRunner.Result(0, "main_" + mainActive + "\nci_" + ciFailed + "\n", ""), ids);
    CliRunner.Result ci = cli().run("__complete", "migration-ids", "--database", "ci");
    assertEquals(new CliRunner.Result(0, "ci_" + ciFailed + "\n", ""), ci);
  }

  @Test
  void completionIdsSkipADatabaseThatDoesNotAnswer() throws IOException {
    Files.writeString(yml, "production:\n" + entry("main", main)
        + "  ci:\n    adapter: postgresql\n    database: gitlabhq_ci\n    host: /nonexistent\n");
    CliRunner.Result ids = cli().run("__complete", "migration-ids");
    assertEquals(new CliRunner.Result(0, "main_" + mainActive + "\n", ""), ids);
  }

  @Test
  void readCommandsCoverEveryDatabase() throws IOException {
    main.execute("INSERT INTO background_migration_jobs (created_at, updated_at, status, class_name, arguments)"
        + " VALUES (now(), now(), 0, 'A', '[1]'), (now(), now(), 0, 'A', '[2]')");
    ci.execute("INSERT INTO background_migration_jobs (created_at, updated_at, status, class_name, arguments)"
        + " VALUES (now(), now(), 0, 'B', '[1]')");
    CliRunner.Result count = cli().run("pending-count");
    assertEquals(3, count.exitCode(), count.toString());
    assertEquals("3\n", count.out());
    CliRunner.Result byClass = cli().run("pending-count", "--by-class");
    assertEquals("2\tA\tmain\n1\tB\tci\n", byClass.out());
    JsonNode pc = new ObjectMapper().readTree(cli().run("pending-count", "--json").out());
    assertEquals(3, pc.get("pending").asInt());
    assertEquals("ci", pc.get("databases").get(1).get("database").asText());

    CliRunner.Result remaining = cli().run("remaining");
    assertEquals(3, remaining.exitCode(), remaining.toString());
    assertTrue(remaining.out().contains("background_migration_jobs (database main): 2 pending")
        && remaining.out().contains("background_migration_jobs (database ci): 1 pending")
        && remaining.out().contains("remaining: 3 (PostgreSQL only)"), remaining.out());
    assertEquals(1, remaining.out().lines().filter(l -> l.startsWith("Sidekiq")).count(), remaining.out());

    CliRunner.Result check = cli().run("check", "--migrations-dir", dir.resolve("none").toString());
    assertEquals(4, check.exitCode(), check.toString());
    assertTrue(check.out().contains("Database main (") && check.out().contains("Database ci ("), check.out());
    JsonNode cj = new ObjectMapper().readTree(cli().run("check", "--json", "--migrations-dir",
        dir.resolve("none").toString()).out());
    assertEquals(2, cj.get("databases").size());
    assertEquals(4, cj.get("exit_code").asInt());

    Path migrate = Files.createDirectories(dir.resolve("migrate"));
    Files.writeString(migrate.resolve("20240101000000_create_widgets.sql"), "CREATE TABLE widgets (id bigint);\n");
    CliRunner.Result st = cli().run("db", "migrate:status", "--migrations-dir", migrate.toString());
    assertEquals(3, st.exitCode(), st.toString());
    assertTrue(st.out().contains("database: " + main.name()) && st.out().contains("database: " + ci.name()), st.out());
  }

  @Test
  void writeCommandsNeedOneDatabase() {
    String config = COPY + ",events,id," + ARGS.replace(",", "\\,");
    CliRunner.Result pause = cli().run("pause", config);
    assertEquals(2, pause.exitCode(), pause.toString());
    assertEquals("bbm: this GitLab has several databases (main, ci); name one with --database\n", pause.err());

    CliRunner.Result bare = cli().run("finalize", Long.toString(mainActive));
    assertEquals(2, bare.exitCode(), bare.toString());
    assertTrue(bare.err().contains("main_" + mainActive + " or ci_" + mainActive), bare.err());

    CliRunner.Result migrate = cli().run("db", "migrate", "--migrations-dir", dir.toString());
    assertEquals(2, migrate.exitCode(), migrate.toString());
    assertTrue(migrate.err().contains("name one with --database"), migrate.err());

    CliRunner.Result geo = cli().run("pause", "--database", "geo", config);
    assertEquals(2, geo.exitCode(), geo.toString());
    assertTrue(geo.err().contains("skips"), geo.err());

    CliRunner.Result clash = cli().run("pause", "--database", "main", "ci_" + ciFailed);
    assertEquals(2, clash.exitCode(), clash.toString());

    CliRunner.Result pauseMain = cli().run("pause", "--database", "main", config);
    assertEquals(0, pauseMain.exitCode(), pauseMain.toString());
    assertEquals(0L, main.count("SELECT status FROM batched_background_migrations WHERE id = ?", mainActive));
    CliRunner.Result resumeById = cli().run("resume", "main_" + mainActive);
    assertEquals(0, resumeById.exitCode(), resumeById.toString());

    CliRunner.Result retryCi = cli().run("retry", "ci_" + ciFailed);
    assertEquals(0, retryCi.exitCode(), "an id's database picks the database: " + retryCi);
    assertEquals(1L, ci.count("SELECT status FROM batched_background_migrations WHERE id = ?", ciFailed));
    CliRunner.Result pauseCi = cli().run("pause", "--database", "ci", COPY, "ci_builds", "id", ARGS);
    assertEquals(0, pauseCi.exitCode(), pauseCi.toString());
    assertEquals(0L, ci.count("SELECT status FROM batched_background_migrations WHERE id = ?", ciFailed));

    CliRunner.Result fin = cli().run("finalize", "main_" + mainActive, "--pause-ms", "0");
    assertEquals(0, fin.exitCode(), fin.toString());
    assertEquals(3L, main.count("SELECT status FROM batched_background_migrations WHERE id = ?", mainActive));
    assertEquals(0, new GitlabFixture(main).uncopied("events", ID, ID_TO));
  }

  @Test
  void anExplicitConnectionWinsAndDatabaseYmlIsFoundWhereGitlabKeepsIt() {
    CliRunner.Result explicit = cli().env("BBM_DATABASE_URL", ci.uri()).run("status", "--gitlab-config", yml.toString());
    assertEquals(4, explicit.exitCode(), "one database, labelled main, unfiltered: " + explicit);
    assertTrue(explicit.out().contains("main_" + ciFailed) && explicit.out().contains("main_" + ciHidden)
        && !explicit.out().contains("Database ci"), explicit.out());

    CliRunner.Result labelled = cli().run("status", "--url", ci.uri(), "--database", "ci");
    assertEquals(4, labelled.exitCode(), labelled.toString());
    assertTrue(labelled.out().contains("ci_" + ciFailed) && !labelled.out().contains("ci_" + ciHidden), labelled.out());

    CliRunner.Result auto = new CliRunner().gitlabConfigDirs(dir.resolve("absent"), dir).run("status");
    assertEquals(4, auto.exitCode(), auto.toString());
    assertTrue(auto.out().contains("Database ci"), auto.out());

    CliRunner.Result option = new CliRunner().run("status", "--gitlab-config", dir.toString(), "--database", "ci");
    assertEquals(4, option.exitCode(), option.toString());
    assertFalse(option.out().contains("Database main"), option.out());
  }

  @Test
  void aCiEntrySharingMainsDatabaseIsListedOnce() throws IOException {
    Files.writeString(yml, "production:\n" + entry("main", main) + entry("ci", main).replace("encoding: unicode",
        "database_tasks: false"));
    CliRunner.Result r = cli().run("status");
    assertEquals(4, r.exitCode(), "one database, so main shows its gitlab_ci row too: " + r);
    assertFalse(r.out().contains("Database ci"), r.out());
    assertTrue(r.out().contains("main_" + mainHidden), r.out());
    assertTrue(r.err().contains("ci") && r.err().contains("once, as main"), r.err());
    CliRunner.Result pause = cli().run("pause", "ci_" + mainActive);
    assertEquals(0, pause.exitCode(), "ci names main's database: " + pause);
    assertTrue(pause.out().contains("main_" + mainActive), pause.out());
    CliRunner.Result bare = cli().run("resume", Long.toString(mainActive));
    assertEquals(0, bare.exitCode(), "one database: a bare id is enough: " + bare);
  }
}
