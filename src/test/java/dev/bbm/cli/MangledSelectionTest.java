package dev.bbm.cli;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** Job arguments a shell mangled, and GitLab's rake command pasted whole: what bbm received and what to type. */
class MangledSelectionTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  private static final String ARGS = "[[\"id\"],[\"id_convert_to_bigint\"]]";
  private static final String[] ID = {"id"};
  private static final String[] ID_TO = {"id_convert_to_bigint"};

  private static String state(TestDatabase db) {
    return db.count("SELECT count(*) FROM batched_background_migration_jobs") + "/"
        + db.count("SELECT sum(status) FROM batched_background_migrations") + "/"
        + db.count("SELECT count(*) FROM events WHERE id_convert_to_bigint = id");
  }

  private static CliRunner.Result refused(TestDatabase db, String... args) {
    String before = state(db);
    CliRunner.Result r = CliRunner.against(db).run(args);
    assertThat(r).withContext(String.join(" ", args)).exitedWith(USAGE);
    assertEquals(before, state(db), "the database is unchanged");
    return r;
  }

  @Test
  void shellDamageIsShownWithTheSingleQuotedFormToType() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 20, ID, ID_TO);
      f.migration(COPY, "events", "id", ARGS, 1, 20, 100, 100, 1);

      CliRunner.Result bare = refused(db, "finalize", COPY + ",events,id,[[id]\\,[id_convert_to_bigint]]");
      assertTrue(bare.err().contains("bbm received [[id]\\,[id_convert_to_bigint]], JSON with bare words (id,"
          + " id_convert_to_bigint): the shell removed the double quotes; put the job arguments in single quotes: '"
          + ARGS + "'"), bare.err());

      CliRunner.Result backslashes = refused(db, "retry", COPY, "events", "id", "\\[\\[\\\"id\\\"\\]\\]");
      assertTrue(backslashes.err().contains("bbm received \\[\\[\\\"id\\\"\\]\\], with backslashes a shell left in")
          && backslashes.err().contains("without backslashes: '[[\"id\"]]'"), backslashes.err());

      CliRunner.Result cut = refused(db, "pause", COPY + ",events,id,[[\"id\"],[\"id_convert_to_bigint\"]");
      assertTrue(cut.err().contains("bbm received [[\"id\"],[\"id_convert_to_bigint\"], which has 1 more '[' than ']'"),
          cut.err());
    }
  }

  @Test
  void gitlabsRakeCommandPastedWholeIsRefusedWithTheBbmCommand() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 20, ID, ID_TO);
      f.migration(COPY, "events", "id", ARGS, 1, 20, 100, 100, 1);
      String task = "gitlab:background_migrations:finalize[" + COPY
          + ",events,id,[[\"id\"]\\, [\"id_convert_to_bigint\"]]]";

      CliRunner.Result sudo = refused(db, "finalize", "sudo", "gitlab-rake", task);
      assertTrue(sudo.err().contains("the selection starts with \"sudo gitlab-rake\", pasted from GitLab's rake"
          + " command; bbm takes only the migration, so type: bbm finalize '" + COPY
          + ",events,id,[[\"id\"]\\, [\"id_convert_to_bigint\"]]'"), sudo.err());
      CliRunner.Result rake = refused(db, "mark-finished", "gitlab-rake", task, "--yes");
      assertTrue(rake.err().contains("type: bbm mark-finished '" + COPY), rake.err());

      CliRunner.Result alone = CliRunner.against(db).run("finalize", task, "--dry-run");
      assertThat(alone).withContext("the task word alone is GitLab's documented form, accepted").exitedWith(OK);
    }
  }
}
