package dev.bbm.faults;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Item 4: statement timeouts inside a batch, from a slow trigger (25 ms a row, a 500 ms
 * statement_timeout: 20 rows fit). The job (60 rows, sub-batch 40) shrinks 40 -> 30 -> 22, times
 * out on its third attempt and is split into 1..30 and 31..60; each half shrinks 22 -> 16 and
 * succeeds. (engine/FailureModelTest has the same rules at other sizes, and should_stop?.)
 */
@Tag("faults")
class StatementTimeoutTest {
  private static final int ITEM = 4;

  @Test
  void slowTriggerShrinksThenSplitsThenSucceeds() {
    FaultLedger.caseRun(ITEM);
    try (TestDatabase db = TestDatabase.create(GitlabLayout.BEFORE_17_6)) {
      long id = Faults.copyMigration(db, 60, 60, 40);
      db.execute("CREATE FUNCTION slow_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
          + " PERFORM pg_sleep(0.025); RETURN NEW; END $$");
      db.execute("CREATE TRIGGER slow BEFORE UPDATE ON events FOR EACH ROW EXECUTE FUNCTION slow_row()");

      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0",
          "--statement-timeout", "500ms");

      long timeouts = db.count("SELECT count(*) FROM batched_background_migration_job_transition_logs"
          + " WHERE exception_class = 'ActiveRecord::QueryCanceled'");
      FaultLedger.faults(ITEM, timeouts);
      assertThat(r).exitedWith(OK);
      assertEquals(5, timeouts, r.err());
      assertTrue(r.err().contains("reduced from 40 to 30") && r.err().contains("reduced from 30 to 22"), r.err());
      assertTrue(r.err().contains("split into 1..30 and 31..60"), r.err());
      assertEquals(2, r.err().lines().filter(l -> l.contains("reduced from 22 to 16")).count(), r.err());
      assertEquals("1..30:3:16:2 31..60:3:16:2", db.scalar("SELECT string_agg(min_value || '..' || max_value || ':'"
          + " || status || ':' || sub_batch_size || ':' || attempts, ' ' ORDER BY min_value)"
          + " FROM batched_background_migration_jobs"));
      assertNull(Faults.verifyFinished(ITEM, db, id, "events", false));
    }
  }
}
