package dev.bbm.engine;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Health checks between jobs on a real database: a long transaction holds finalize back and says why. */
class HealthCheckTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  private static final String ARGS = "[[\"id\"],[\"id_convert_to_bigint\"]]";
  private static final String[] ID = {"id"};
  private static final String[] ID_TO = {"id_convert_to_bigint"};

  @Test
  void anOldTransactionMakesFinalizeWaitAndSayWhyUntilItEnds() throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 3_000, ID, ID_TO);
      long id = f.migration(COPY, "events", "id", ARGS, 1, 3_000, 1_000, 500, 1);
      try (Connection open = db.connect()) {
        open.setAutoCommit(false);
        int pid;
        try (Statement s = open.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
          rs.next();
          pid = rs.getInt(1);
        }
        Thread.sleep(1_100);
        CompletableFuture<CliRunner.Result> run = CompletableFuture.supplyAsync(() -> CliRunner.against(db)
            .run("finalize", "main_" + id, "--max-xact-age", "1s", "--pause-ms", "0"));
        Thread.sleep(1_500);
        assertFalse(run.isDone(), "finalize waits");
        assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs"), "no job ran meanwhile");
        open.commit();

        CliRunner.Result r = run.get(20, TimeUnit.SECONDS);
        assertThat(r).exitedWith(OK);
        assertTrue(r.err().contains("throttled: a transaction has been open since")
            && r.err().contains("(pid " + pid + ",") && r.err().contains("idle in transaction")
            && r.err().contains("longer than 1s (--max-xact-age)"), r.err());
        assertEquals(0, f.uncopied("events", ID, ID_TO));
        assertNull(f.invariantProblem(id));
      }
    }
  }

  @Test
  void zeroMaxAgeAndNoThrottleLeaveTheOldTransactionAlone() throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.BEFORE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 2_000, ID, ID_TO);
      f.copyTable("notes", 2_000, ID, ID_TO);
      long events = f.migration(COPY, "events", "id", ARGS, 1, 2_000, 1_000, 500, 1);
      long notes = f.migration(COPY, "notes", "id", ARGS, 1, 2_000, 1_000, 500, 1);
      try (Connection open = db.connect()) {
        open.setAutoCommit(false);
        try (Statement s = open.createStatement()) {
          s.execute("SELECT 1");
        }
        Thread.sleep(1_100);
        CliRunner cli = CliRunner.against(db);
        CliRunner.Result off = cli.run("finalize", "main_" + events, "--max-xact-age", "0s", "--pause-ms", "0");
        CliRunner.Result none = cli.run("finalize", "main_" + notes, "--max-xact-age", "1s", "--no-throttle",
            "--pause-ms", "0");
        open.rollback();

        assertThat(off).exitedWith(OK);
        assertThat(none).exitedWith(OK);
        assertFalse(off.err().contains("throttled"), off.err());
        assertFalse(none.err().contains("throttled"), none.err());
        assertEquals(0, f.uncopied("events", ID, ID_TO));
        assertEquals(0, f.uncopied("notes", ID, ID_TO));
      }
    }
  }
}
