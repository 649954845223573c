package dev.bbm.cli;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.bbm.testing.BbmProcess;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * bbm __complete migration-ids, the hidden helper the completion scripts call: the ids, unfinished
 * first; and on any failure nothing at all, exit 0, so that TAB never prints an error.
 */
class MigrationIdsTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  private static final String ARGS = "[[\"id\"],[\"id_convert_to_bigint\"]]";

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void printsTheIdsUnfinishedFirst(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      CliRunner cli = CliRunner.against(db);
      CliRunner.Result none = cli.run("__complete", "migration-ids");
      assertEquals(new CliRunner.Result(0, "", ""), none, "no migrations, no ids: " + none);

      GitlabFixture f = new GitlabFixture(db);
      long finished = f.migration(COPY, "events", "id", ARGS, 1, 10, 10, 10, 3);
      long active = f.migration(COPY, "ci_stages", "id", ARGS, 1, 10, 10, 10, 1);
      long finalized = f.migration(COPY, "users", "id", ARGS, 1, 10, 10, 10, 6);
      long failed = f.migration(COPY, "deployments", "id", ARGS, 1, 10, 10, 10, 4);
      long paused = f.migration(COPY, "notes", "id", ARGS, 1, 10, 10, 10, 0);
      long finalizing = f.migration(COPY, "issues", "id", ARGS, 1, 10, 10, 10, 5);

      CliRunner.Result r = cli.run("__complete", "migration-ids");
      assertThat(r).exitedWith(OK);
      assertEquals("", r.err());
      assertEquals(lines("main_" + active, "main_" + failed, "main_" + paused, "main_" + finalizing,
          "main_" + finished, "main_" + finalized), r.out());

      // --database ci names the one database ci: only the rows GitLab's ci connection serves
      db.execute("UPDATE batched_background_migrations SET gitlab_schema = 'gitlab_ci' WHERE id IN (" + failed + ", "
          + finished + ")");
      CliRunner.Result labelled = cli.run("__complete", "migration-ids", "--database", "ci");
      assertEquals(lines("ci_" + failed, "ci_" + finished), labelled.out(), labelled.toString());

      // the options typed on the command line win over the environment, as for every command
      CliRunner.Result byOption = new CliRunner().env("BBM_DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none")
          .run("__complete", "migration-ids", "--url", db.uri());
      assertEquals(r.out(), byOption.out(), byOption.toString());
    }
  }

  @Test
  void aClosedPortPrintsNothingAndExitsZero() throws IOException {
    String url = "postgresql://gitlab@127.0.0.1:" + closedPort() + "/gitlabhq_production";
    assertEquals(new CliRunner.Result(0, "", ""),
        new CliRunner().env("BBM_DATABASE_URL", url).run("__complete", "migration-ids"));
    assertEquals(new CliRunner.Result(0, "", ""), new CliRunner().run("__complete", "migration-ids", "--url", url));
    // what 'bbm status' would report as errors stays silent too
    assertEquals(new CliRunner.Result(0, "", ""),
        new CliRunner().run("__complete", "migration-ids", "--url", "mysql://nowhere"));
    assertEquals(new CliRunner.Result(0, "", ""), new CliRunner().run("__complete", "migration-ids", "-p", "port"));
    assertEquals(new CliRunner.Result(0, "", ""), new CliRunner().run("__complete", "migration-ids", "--nonsense"));
    assertEquals(new CliRunner.Result(0, "", ""), new CliRunner().run("__complete", "no-such-question"));
    assertEquals(new CliRunner.Result(0, "", ""),
        new CliRunner().run("__complete", "migration-ids", "--gitlab-config", "/nonexistent/database.yml"));
  }

  @Test
  void aDatabaseWithoutGitlabsTablesHasNoIds() {
    try (TestDatabase db = TestDatabase.createEmpty()) {
      assertEquals(new CliRunner.Result(0, "", ""), CliRunner.against(db).run("__complete", "migration-ids"));
    }
  }

  /** As the completion scripts run it: a JVM of its own, whose stderr would land in the user's terminal. */
  @Test
  void aSeparateProcessWritesNothingToStderrEither(@TempDir Path dir) throws Exception {
    String url = "postgresql://gitlab@127.0.0.1:" + closedPort() + "/gitlabhq_production";
    CliRunner.Result r = BbmProcess.bash(dir, Map.of("BBM_DATABASE_URL", url, "HOME", dir.toString()),
        "bbm __complete migration-ids -v\n");
    assertEquals(new CliRunner.Result(0, "", ""), r);
  }

  /** The whole path: bash's completion function, this build's bbm (a shell function here), a real database. */
  @Test
  void bashCompletionOffersTheDatabasesIds(@TempDir Path dir) throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      long finished = f.migration(COPY, "events", "id", ARGS, 1, 10, 10, 10, 3);
      long active = f.migration(COPY, "ci_stages", "id", ARGS, 1, 10, 10, 10, 1);
      String script = "source " + Path.of("completions", "bbm.bash").toAbsolutePath() + "\n"
          + "compopt() { :; }\n" // the builtin works only inside a completion bash started
          + "COMP_LINE='bbm finalize main_'; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(bbm finalize main_); COMP_CWORD=2\n"
          + "COMPREPLY=()\n_complete_bbm\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n";
      CliRunner.Result r = BbmProcess.bash(dir, Map.of("BBM_DATABASE_URL", db.uri(), "HOME", dir.toString(),
          "XDG_CACHE_HOME", dir.resolve("cache").toString()), script);
      assertEquals(new CliRunner.Result(0, "main_" + active + "\nmain_" + finished + "\n", ""), r);
    }
  }

  @Test
  void theHelperIsHiddenFromHelp() {
    CliRunner.Result help = new CliRunner().run("--help");
    assertThat(help).exitedWith(OK);
    assertFalse(help.out().contains("__complete") || help.out().contains("migration-ids"), help.out());
  }

  private static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static String lines(String... ids) {
    return String.join("\n", ids) + "\n";
  }
}
