package dev.bbm.engine;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A job row bbm cannot trust, met by a worker after fencing: exit 2 with the row named, and the
 * migration given back the status it had, not left finalizing with nobody on it.
 */
class UntrustedJobRowTest {
  @Test
  void aCursorJobMetWhileClaimingGivesTheStatusBack() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 300, new String[] {"id"}, new String[] {"id_convert_to_bigint"});
      long id = f.migration("CopyColumnUsingBackgroundMigrationJob", "events", "id",
          "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 300, 100, 50, 1);
      long job = f.job(id, 1, 100, 0, 0, "1 minute");
      db.execute("UPDATE batched_background_migration_jobs SET min_value = NULL, max_value = NULL,"
          + " min_cursor = '[1]', max_cursor = '[100]' WHERE id = " + job);

      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0");

      assertThat(r).exitedWith(USAGE);
      assertTrue(r.err().contains("batched job " + job + " has min_cursor/max_cursor (a cursor job)"), r.err());
      assertEquals(1, f.status(id), "the migration is active again, as it was found");
      assertEquals(0, db.count("SELECT count(*) FROM events WHERE id_convert_to_bigint IS NOT NULL"));
    }
  }
}
