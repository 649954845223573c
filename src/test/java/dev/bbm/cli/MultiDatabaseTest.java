package dev.bbm.cli;

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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    assertThat(r).withContext("ci has a failed migration").exitedWith(FAILED);
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
    assertEquals(FAILED.code(), json.get("exit_code").asInt());

    CliRunner.Result onlyMain = cli().run("status", "--database", "main");
    assertThat(onlyMain).exitedWith(UNFINISHED);
    assertFalse(onlyMain.out().contains("Database ci"), onlyMain.out());

    CliRunner.Result one = cli().run("status", "ci_" + ciFailed);
    assertThat(one).exitedWith(FAILED);
    assertTrue(one.out().contains("ci_" + ciFailed) && one.out().contains("gitlab_ci"), one.out());
    CliRunner.Result byConfig = cli().run("status", COPY, "events", "id", ARGS);
    assertThat(byConfig).withContext("a configuration is looked for in each database").exitedWith(UNFINISHED);
    assertTrue(byConfig.out().contains("main_" + mainActive), byConfig.out());
    CliRunner.Result hidden = cli().run("status", "ci_" + ciHidden);
    assertThat(hidden).withContext("a gitlab_main row of the ci database is not ci's").exitedWith(NOT_FOUND);
  }

  @Test
  void waitAllGoesThroughEachDatabaseAndStopsAtCisFailedMigration() throws Exception {
    Thread sidekiq = new Thread(() -> {
      try {
        // until bbm wait has connected (on a loaded machine its start can take longer than any fixed sleep)
        for (int i = 0; i < 300 && main.count("SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'bbm%'"
            + " AND pid <> pg_backend_pid()") == 0; i++) {
          Thread.sleep(50);
        }
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      main.execute("UPDATE batched_background_migrations SET status = 3 WHERE id = " + mainActive);
    });
    sidekiq.start();

    CliRunner.Result r = cli().run("wait", "--all", "--interval", "100ms", "--timeout", "30s", "--json");
    sidekiq.join();

    assertThat(r).exitedWith(FAILED);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals("ci_" + ciFailed, json.get("failed_migration").asText());
    List<String> ids = new ArrayList<>();
    json.get("migrations").forEach(m -> ids.add(m.get("id").asText()));
    assertEquals(List.of("main_" + mainActive, "ci_" + ciFailed), ids, "rows another database serves are not waited for");
    assertEquals("finished", json.get("migrations").get(0).get("status").asText());
    assertTrue(json.get("waited_seconds").asDouble() >= 0.3, "it waited for the update, made 0.5 s after it connected: " + r.out());
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
    assertThat(count).exitedWith(UNFINISHED);
    assertEquals("3\n", count.out());
    CliRunner.Result byClass = cli().run("pending-count", "--by-class");
    assertEquals("2\tA\tmain\n1\tB\tci\n", byClass.out());
    JsonNode pc = new ObjectMapper().readTree(cli().run("pending-count", "--json").out());
    assertEquals(3, pc.get("pending").asInt());
    assertEquals("ci", pc.get("databases").get(1).get("database").asText());

    CliRunner.Result remaining = cli().run("remaining");
    assertThat(remaining).exitedWith(UNFINISHED);
    assertTrue(remaining.out().contains("background_migration_jobs (database main): 2 pending")
        && remaining.out().contains("background_migration_jobs (database ci): 1 pending")
        && remaining.out().contains("remaining: 3 (PostgreSQL only)"), remaining.out());
    assertEquals(1, remaining.out().lines().filter(l -> l.startsWith("Sidekiq")).count(), remaining.out());

    CliRunner.Result check = cli().run("check", "--migrations-dir", dir.resolve("none").toString());
    assertThat(check).exitedWith(FAILED);
    assertTrue(check.out().contains("Database main (") && check.out().contains("Database ci ("), check.out());
    JsonNode cj = new ObjectMapper().readTree(cli().run("check", "--json", "--migrations-dir",
        dir.resolve("none").toString()).out());
    assertEquals(2, cj.get("databases").size());
    assertEquals(FAILED.code(), cj.get("exit_code").asInt());

    Path migrate = Files.createDirectories(dir.resolve("migrate"));
    Files.writeString(migrate.resolve("20240101000000_create_widgets.sql"), "CREATE TABLE widgets (id bigint);\n");
    CliRunner.Result st = cli().run("db", "migrate:status", "--migrations-dir", migrate.toString());
    assertThat(st).exitedWith(UNFINISHED);
    assertTrue(st.out().contains("database: " + main.name()) && st.out().contains("database: " + ci.name()), st.out());
  }

  @Test
  void writeCommandsNeedOneDatabase() {
    String config = COPY + ",events,id," + ARGS.replace(",", "\\,");
    CliRunner.Result pause = cli().run("pause", config);
    assertThat(pause).exitedWith(USAGE);
    assertEquals("bbm: this GitLab has several databases (main, ci); name one with --database\n", pause.err());

    CliRunner.Result bare = cli().run("finalize", Long.toString(mainActive));
    assertThat(bare).exitedWith(USAGE);
    assertTrue(bare.err().contains("main_" + mainActive + " or ci_" + mainActive), bare.err());

    CliRunner.Result migrate = cli().run("db", "migrate", "--migrations-dir", dir.toString());
    assertThat(migrate).exitedWith(USAGE);
    assertTrue(migrate.err().contains("name one with --database"), migrate.err());

    CliRunner.Result geo = cli().run("pause", "--database", "geo", config);
    assertThat(geo).exitedWith(USAGE);
    assertTrue(geo.err().contains("skips"), geo.err());

    CliRunner.Result clash = cli().run("pause", "--database", "main", "ci_" + ciFailed);
    assertThat(clash).exitedWith(USAGE);

    CliRunner.Result pauseMain = cli().run("pause", "--database", "main", config);
    assertThat(pauseMain).exitedWith(OK);
    assertEquals(0L, main.count("SELECT status FROM batched_background_migrations WHERE id = ?", mainActive));
    CliRunner.Result resumeById = cli().run("resume", "main_" + mainActive);
    assertThat(resumeById).exitedWith(OK);

    CliRunner.Result retryCi = cli().run("retry", "ci_" + ciFailed);
    assertThat(retryCi).withContext("an id's database picks the database").exitedWith(OK);
    assertEquals(1L, ci.count("SELECT status FROM batched_background_migrations WHERE id = ?", ciFailed));
    CliRunner.Result pauseCi = cli().run("pause", "--database", "ci", COPY, "ci_builds", "id", ARGS);
    assertThat(pauseCi).exitedWith(OK);
    assertEquals(0L, ci.count("SELECT status FROM batched_background_migrations WHERE id = ?", ciFailed));

    CliRunner.Result fin = cli().run("finalize", "main_" + mainActive, "--pause-ms", "0");
    assertThat(fin).exitedWith(OK);
    assertEquals(3L, main.count("SELECT status FROM batched_background_migrations WHERE id = ?", mainActive));
    assertEquals(0, new GitlabFixture(main).uncopied("events", ID, ID_TO));
  }

  @Test
  void anExplicitConnectionWinsAndDatabaseYmlIsFoundWhereGitlabKeepsIt() {
    CliRunner.Result explicit = cli().env("BBM_DATABASE_URL", ci.uri()).run("status", "--gitlab-config", yml.toString());
    assertThat(explicit).withContext("one database, labelled main, unfiltered").exitedWith(FAILED);
    assertTrue(explicit.out().contains("main_" + ciFailed) && explicit.out().contains("main_" + ciHidden)
        && !explicit.out().contains("Database ci"), explicit.out());

    CliRunner.Result labelled = cli().run("status", "--url", ci.uri(), "--database", "ci");
    assertThat(labelled).exitedWith(FAILED);
    assertTrue(labelled.out().contains("ci_" + ciFailed) && !labelled.out().contains("ci_" + ciHidden), labelled.out());

    CliRunner.Result auto = new CliRunner().gitlabConfigDirs(dir.resolve("absent"), dir).run("status");
    assertThat(auto).exitedWith(FAILED);
    assertTrue(auto.out().contains("Database ci"), auto.out());

    CliRunner.Result option = new CliRunner().run("status", "--gitlab-config", dir.toString(), "--database", "ci");
    assertThat(option).exitedWith(FAILED);
    assertFalse(option.out().contains("Database main"), option.out());
  }

  @Test
  void aCiEntrySharingMainsDatabaseIsListedOnce() throws IOException {
    Files.writeString(yml, "production:\n" + entry("main", main) + entry("ci", main).replace("encoding: unicode",
        "database_tasks: false"));
    CliRunner.Result r = cli().run("status");
    assertThat(r).withContext("one database, so main shows its gitlab_ci row too").exitedWith(FAILED);
    assertFalse(r.out().contains("Database ci"), r.out());
    assertTrue(r.out().contains("main_" + mainHidden), r.out());
    assertTrue(r.err().contains("ci") && r.err().contains("once, as main"), r.err());
    CliRunner.Result pause = cli().run("pause", "ci_" + mainActive);
    assertThat(pause).withContext("ci names main's database").exitedWith(OK);
    assertTrue(pause.out().contains("main_" + mainActive), pause.out());
    CliRunner.Result bare = cli().run("resume", Long.toString(mainActive));
    assertThat(bare).withContext("one database: a bare id is enough").exitedWith(OK);
  }
}
