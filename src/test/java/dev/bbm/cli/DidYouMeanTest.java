package dev.bbm.cli;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** A selection that nearly matches a migration gets "did you mean" and exit 6; the database is unchanged. */
class DidYouMeanTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  private static final String ARGS = "[[\"id\"],[\"id_convert_to_bigint\"]]";
  private static final String[] ID = {"id"};
  private static final String[] ID_TO = {"id_convert_to_bigint"};
  private static final String HINT = "did you mean main_412 (" + COPY + ",events,id," + ARGS + ")?";

  private static TestDatabase database() {
    TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6);
    GitlabFixture f = new GitlabFixture(db);
    f.copyTable("events", 50, ID, ID_TO);
    long id = f.migration(COPY, "events", "id", ARGS, 1, 50, 100, 100, 1);
    db.execute("UPDATE batched_background_migrations SET id = 412 WHERE id = " + id);
    return db;
  }

  private static String state(TestDatabase db) {
    return db.count("SELECT count(*) FROM batched_background_migration_jobs") + "/"
        + db.count("SELECT status FROM batched_background_migrations WHERE id = 412") + "/"
        + db.count("SELECT count(*) FROM events WHERE id_convert_to_bigint = id");
  }

  @Test
  void nearMissesSayDidYouMeanAndExitSixForEveryCommand() {
    try (TestDatabase db = database()) {
      String before = state(db);
      CliRunner cli = CliRunner.against(db);
      String[][] near = {
          {"finalize", "main_421"},
          {"finalize", "CopyColumnUsingBackgroundMigrationJb,events,id," + ARGS},
          {"finalize", COPY, "evnets", "id", ARGS},
          {"finalize", COPY, "events", "di", ARGS},
          {"finalize", COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigin\"]]"},
          {"finalize", COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"],[\"other\"]]"},
          {"finalize", COPY, "events", "id", "[\"id\",\"id_convert_to_bigint\"]"},
          {"finalize", COPY + ",events,id," + ARGS.replace("id_", "id_x")},
          {"retry", "main_421"},
          {"mark-finished", "main_413", "--yes"},
          {"pause", COPY, "events", "ids", ARGS},
          {"resume", "main_42"},
          {"status", COPY, "event", "id", ARGS},
      };
      for (String[] args : near) {
        CliRunner.Result r = cli.run(args);
        assertThat(r).withContext(String.join(" ", args)).exitedWith(NOT_FOUND);
        assertTrue(r.err().contains(HINT), String.join(" ", args) + ": " + r.err());
      }
      assertEquals(before, state(db));
    }
  }

  @Test
  void anIdThatDoesNotExistIsSixEvenForFinalize() {
    try (TestDatabase db = database()) {
      String before = state(db);
      CliRunner cli = CliRunner.against(db);
      CliRunner.Result r = cli.run("finalize", "main_98765");
      assertThat(r).exitedWith(NOT_FOUND);
      assertTrue(r.err().contains("Could not find batched background migration for the given configuration: "
          + "{:id=>98765}"), r.err());
      assertFalse(r.err().contains("did you mean"), r.err());
      assertEquals(before, state(db));
    }
  }

  @Test
  void aConfigurationFarFromEveryMigrationKeepsGitlabsWarning() {
    try (TestDatabase db = database()) {
      String before = state(db);
      CliRunner cli = CliRunner.against(db);
      CliRunner.Result far = cli.run("finalize", COPY, "projects", "id", ARGS);
      assertThat(far).exitedWith(OK);
      assertTrue(far.err().contains("Could not find batched background migration"), far.err());
      assertFalse(far.err().contains("did you mean"), far.err());
      assertThat(cli.run("finalize", COPY, "projects", "id", ARGS, "--strict")).exitedWith(NOT_FOUND);
      CliRunner.Result otherArgs = cli.run("finalize", COPY, "events", "id", "[[\"a\"],[\"b\"]]");
      assertThat(otherArgs).withContext("two arguments differ: not near").exitedWith(OK);
      assertEquals(before, state(db));
    }
  }
}
