package dev.bbm.cli;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bbm.testing.BbmProcess;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.JsonSchemas;
import dev.bbm.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * finalize --via-rake against a stand-in {@code gitlab-rake}: a bash script this test writes and puts
 * first on PATH. It records the argv it gets, then does to the tables with psql what GitLab's
 * gitlab:background_migrations:finalize would (jobs run and the migration finished; or a job failed,
 * the migration failed and rake's "rake aborted!" on stderr, exit 1), or refuses, or hangs until stopped.
 */
class ViaRakeTest {
  private static final String CLASS = "BackfillSomethingInRubyJob";
  private static final String ARGS = "[[\"id\"],[\"id_convert_to_bigint\"]]";
  private static final String TRICKY = "[\"a,b\",\"it's\",\"back\\\\slash\",{\"k\":[1,2]}]";
  private static final String SCRIPT = """
      #!/bin/bash
      # stand-in for GitLab's gitlab-rake: records its argv, then does what finalize would to the tables
      printf '%s\\0' "$@" > "$RAKE_ARGV"
      sql() { psql "$RAKE_DB" -X -q -v ON_ERROR_STOP=1 -c "$1" > /dev/null || exit 9; }
      job() {
        sql "INSERT INTO batched_background_migration_jobs (created_at, updated_at, started_at, finished_at,
          batched_background_migration_id, min_value, max_value, batch_size, sub_batch_size, status, attempts,
          metrics, pause_ms) VALUES (now(), now(), now(), now(), $RAKE_MIGRATION, $1, $2, 100, 50, $3, $4, '{}', 100)"
      }
      case "$RAKE_MODE" in
        finish)
          sql "UPDATE batched_background_migrations SET status = 5 WHERE id = $RAKE_MIGRATION"
          for r in 1 2 3; do job $(( r * 100 - 99 )) $(( r * 100 )) 3 1; sleep 0.5; done
          sql "UPDATE batched_background_migrations SET status = 3, finished_at = now() WHERE id = $RAKE_MIGRATION"
          echo "Done." ;;
        fail)
          sql "UPDATE batched_background_migrations SET status = 5 WHERE id = $RAKE_MIGRATION"
          job 1 100 2 3
          sql "UPDATE batched_background_migrations SET status = 4 WHERE id = $RAKE_MIGRATION"
          echo "rake aborted!" >&2
          echo "Gitlab::Database::BackgroundMigration::BatchedMigrationRunner::FailedToFinalize: boom" >&2
          echo "/opt/gitlab/embedded/service/gitlab-rails/lib/gitlab/database/background_migration/x.rb:83" >&2
          echo "Tasks: TOP => gitlab:background_migrations:finalize" >&2
          echo "(See full trace by running task with --trace)" >&2
          exit 1 ;;
        refuse)
          echo "Please specify the database"
          exit 1 ;;
        hang)
          sql "UPDATE batched_background_migrations SET status = 5 WHERE id = $RAKE_MIGRATION"
          touch "$RAKE_ARGV.started"
          sleep 60 ;;
      esac
      """;

  private static TestDatabase db;

  @TempDir
  Path dir;

  private Path bin;
  private Path argvFile;
  private long migration;

  @BeforeAll
  static void database() {
    db = TestDatabase.create(GitlabLayout.SINCE_17_6);
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @BeforeEach
  void standIn() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/psql")) || Files.isExecutable(Path.of("/bin/psql")),
        "the stand-in gitlab-rake needs psql");
    db.execute("TRUNCATE batched_background_migrations CASCADE");
    migration = new GitlabFixture(db).migration(CLASS, "events", "id", ARGS, 1, 300, 100, 50, 1);
    bin = Files.createDirectories(dir.resolve("bin"));
    Path rake = bin.resolve("gitlab-rake");
    Files.writeString(rake, SCRIPT);
    Files.setPosixFilePermissions(rake, PosixFilePermissions.fromString("rwxr-xr-x"));
    argvFile = dir.resolve("argv");
  }

  private Map<String, String> env(String mode) {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", bin + ":/usr/bin:/bin");
    env.put("RAKE_ARGV", argvFile.toString());
    env.put("RAKE_DB", db.uri());
    env.put("RAKE_MIGRATION", Long.toString(migration));
    env.put("RAKE_MODE", mode);
    return env;
  }

  private CliRunner cli(String mode) {
    CliRunner cli = CliRunner.against(db);
    env(mode).forEach(cli::env);
    return cli;
  }

  private List<String> argv() throws Exception {
    String raw = Files.readString(argvFile, StandardCharsets.UTF_8);
    return List.of(raw.substring(0, raw.length() - 1).split("\0", -1));
  }

  private int status() {
    return (int) db.count("SELECT status FROM batched_background_migrations WHERE id = ?", migration);
  }

  @Test
  void aRealBbmProcessRunsTheStandInFromPathAndFinishes() throws Exception {
    Path run = dir.resolve("run");
    Map<String, String> env = env("finish");
    env.put("BBM_DATABASE_URL", db.uri());
    Process p = BbmProcess.start(run, env, "finalize", CLASS + ",events,id," + ARGS.replace(",", "\\,"),
        "--via-rake", "--progress-interval", "0s");
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    String err = Files.readString(run.resolve("err.txt"));
    String out = Files.readString(run.resolve("out.txt"));
    assertEquals(0, p.exitValue(), err);
    assertEquals(List.of("gitlab:background_migrations:finalize[" + CLASS + ",events,id,[[\"id\"]\\,"
        + "[\"id_convert_to_bigint\"]]]"), argv());
    assertTrue(err.contains("running: gitlab-rake 'gitlab:background_migrations:finalize[" + CLASS
        + ",events,id,[[\"id\"]\\,[\"id_convert_to_bigint\"]]]'\n"), err);
    assertTrue(out.contains("Done.\n"), "the rake's stdout is passed through: " + out);
    assertTrue(out.contains("Finalized main_" + migration + " (" + CLASS + ",events,id," + ARGS
        + ") with GitLab's rake in"), out);
    assertTrue(err.contains("main_" + migration + ": 100.0% (300/300 keys), 3 job(s)"),
        "progress read from the job table: " + err);
    assertEquals(3, status());
  }

  @Test
  void jsonSaysViaRakeWithTheArgvAndExitCodeAndKeepsTheRakesOutputOffStdout() throws Exception {
    CliRunner.Result r = cli("finish").run("finalize", "main_" + migration, "--via-rake", "--json");
    assertThat(r).exitedWith(OK);
    JsonNode n = new ObjectMapper().readTree(r.out());
    assertEquals(List.of(), JsonSchemas.problems("finalize.json", n));
    assertEquals("finished", n.get("outcome").asText());
    assertEquals("rake", n.get("via").asText());
    assertEquals(0, n.get("rake").get("exit_code").asInt());
    assertEquals("gitlab-rake", n.get("rake").get("command").get(0).asText());
    assertEquals(argv().get(0), n.get("rake").get("command").get(1).asText());
    assertEquals(3, n.get("jobs_run").asInt());
    assertTrue(r.err().contains("Done.\n"), r.err());
  }

  @Test
  void jobArgumentsWithCommasQuotesAndBackslashesReachRakeEscaped() throws Exception {
    db.execute("UPDATE batched_background_migrations SET job_arguments = '" + TRICKY.replace("'", "''")
        + "'::jsonb WHERE id = " + migration);
    CliRunner.Result r = cli("finish").run("finalize", "main_" + migration, "--via-rake", "--database", "main");
    assertThat(r).exitedWith(OK);
    assertEquals(List.of("gitlab:background_migrations:finalize[" + CLASS + ",events,id,"
        + "[\"a\\,b\"\\,\"it's\"\\,\"back\\\\\\\\slash\"\\,{\"k\":[1\\,2]}]]"), argv());
    assertTrue(r.err().contains("running: gitlab-rake 'gitlab:background_migrations:finalize[" + CLASS
        + ",events,id,[\"a\\,b\"\\,\"it'\\''s\"\\,\"back\\\\\\\\slash\"\\,{\"k\":[1\\,2]}]]'"), r.err());
  }

  @Test
  void aSourceInstallsCommandAndANonMainDatabaseNameTheTask() throws Exception {
    db.execute("UPDATE batched_background_migrations SET gitlab_schema = 'gitlab_ci'");
    CliRunner.Result r = cli("finish").env("BBM_RAKE_COMMAND", "gitlab-rake RAILS_ENV=production")
        .run("finalize", "ci_" + migration, "--database", "ci", "--via-rake");
    assertThat(r).exitedWith(OK);
    assertEquals(List.of("RAILS_ENV=production", "gitlab:background_migrations:finalize:ci[" + CLASS
        + ",events,id,[[\"id\"]\\,[\"id_convert_to_bigint\"]]]"), argv());
  }

  @Test
  void aFailedMigrationExitsFourWithRakesReasonAndTheFailedJob() {
    CliRunner.Result r = cli("fail").run("finalize", "main_" + migration, "--via-rake");
    assertThat(r).exitedWith(FAILED);
    assertTrue(r.err().contains("gitlab-rake exited 1 (\"Gitlab::Database::BackgroundMigration::"
        + "BatchedMigrationRunner::FailedToFinalize: boom\") and migration main_" + migration + " is failed"),
        r.err());
    assertTrue(r.err().contains("1..100"), "the failed job is listed: " + r.err());
    assertTrue(r.err().contains("run GitLab's rake again") && r.err().contains(" --via-rake\n"), r.err());
    assertFalse(r.err().contains("bbm retry"), "retry needs a class bbm can run; the rake resets attempts: " + r.err());
    assertEquals(4, status());
  }

  @Test
  void aRakeThatFailsWithoutFailingTheMigrationExitsFourQuotingItsLastLine() {
    CliRunner.Result r = cli("refuse").run("finalize", "main_" + migration, "--via-rake");
    assertThat(r).exitedWith(FAILED);
    assertTrue(r.err().contains("gitlab-rake exited 1 (\"Please specify the database\") and migration main_"
        + migration + " is active, not finished"), r.err());
  }

  @Test
  void noGitlabRakeOnPathIsExitTwoInOneSentence() {
    CliRunner.Result r = cli("finish").env("PATH", dir.resolve("empty").toString())
        .run("finalize", "main_" + migration, "--via-rake");
    assertThat(r).exitedWith(USAGE);
    assertTrue(r.err().contains("gitlab-rake was not found on PATH; on a source install give GitLab's rake with"
        + " --rake-command"), r.err());
    assertFalse(Files.exists(argvFile));
    assertEquals(1, status());
  }

  @Test
  void dryRunPrintsTheCommandAndRunsNothing() {
    CliRunner.Result r = cli("finish").run("finalize", "main_" + migration, "--via-rake", "--dry-run");
    assertThat(r).exitedWith(OK);
    assertTrue(r.out().contains("gitlab-rake 'gitlab:background_migrations:finalize[" + CLASS
        + ",events,id,[[\"id\"]\\,[\"id_convert_to_bigint\"]]]'"), r.out());
    assertFalse(Files.exists(argvFile), "the rake did not run");
    assertTrue(r.out().contains("dry run: nothing was run or changed"), r.out());
    assertEquals(1, status());
    assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs"));
  }

  @Test
  void optionsOfBbmsOwnRunnerAreRefused() {
    CliRunner.Result r = cli("finish").run("finalize", "main_" + migration, "--via-rake", "--parallel", "2",
        "--fast");
    assertThat(r).exitedWith(USAGE);
    assertTrue(r.err().contains("--parallel, --fast belong to bbm's own runner and cannot be used with --via-rake"),
        r.err());
    assertFalse(Files.exists(argvFile));
    assertThat(cli("finish").run("finalize", "main_" + migration, "--rake-command", "rake")).exitedWith(USAGE);
  }

  @Test
  void notFoundAndAlreadyDoneBehaveAsFinalize() {
    assertThat(cli("finish").run("finalize", "main_999", "--via-rake", "--strict")).exitedWith(NOT_FOUND);
    db.execute("UPDATE batched_background_migrations SET status = 3");
    assertThat(cli("finish").run("finalize", "main_" + migration, "--via-rake")).exitedWith(OK);
    assertFalse(Files.exists(argvFile));
  }

  @Test
  void stoppingBbmStopsTheRakeAndExitsThree() {
    Path started = Path.of(argvFile + ".started");
    long t0 = System.nanoTime();
    CliRunner.Result r = cli("hang").stopWhen(() -> Files.exists(started))
        .run("finalize", "main_" + migration, "--via-rake");
    assertThat(r).exitedWith(UNFINISHED);
    assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(30), "the rake was stopped, not waited for");
    assertTrue(r.err().contains("stopped on request; gitlab-rake was stopped and migration main_" + migration
        + " is finalizing"), r.err());
  }
}
