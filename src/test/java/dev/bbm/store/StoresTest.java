package dev.bbm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.JobStatus;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The stores of a database: built once without connecting, and rows they cannot trust refused with exit 2. */
class StoresTest {
  @Test
  void builtOnceWithoutConnecting() {
    AtomicInteger opened = new AtomicInteger();
    try (Database db = new Database("main", () -> {
      opened.incrementAndGet();
      throw new IllegalStateException("no connection expected");
    })) {
      Stores stores = db.stores();
      assertSame(stores, db.stores());
      assertSame(stores.claims(), db.stores().claims());
      assertEquals(0, opened.get());
    }
  }

  @Test
  void aRowBbmCannotTrustIsAUsageErrorThatRollsTheTransactionBack() throws Exception {
    try (TestDatabase t = TestDatabase.create(GitlabLayout.SINCE_17_6); Database db = new Database("main", t::connect)) {
      GitlabFixture f = new GitlabFixture(t);
      long m = f.migration("CopyColumnUsingBackgroundMigrationJob", "events", "id", "[[\"id\"],[\"id_to\"]]",
          1, 500, 100, 10, 1);
      long job = f.job(m, 1, 100, 0, 0, "1 hour");
      t.execute("UPDATE batched_background_migration_jobs SET status = 9 WHERE id = " + job);

      BbmException read = assertThrows(BbmException.class,
          () -> db.stores().jobRows().find(db.session(), job));
      assertEquals(ExitCode.USAGE, read.exitCode());
      assertEquals("batched job " + job + " has status 9, which is not one of GitLab's job status codes (0 to 3)",
          read.getMessage());

      BbmException inTx = assertThrows(BbmException.class, () -> db.inTransaction(c -> {
        db.stores().repairs().resetBlockedAttempts(c, m);
        c.createStatement().execute("UPDATE batched_background_migration_jobs SET attempts = 7");
        return db.stores().statistics().statusGroups(c, m);
      }));
      assertEquals(ExitCode.USAGE, inTx.exitCode());
      assertEquals("batched background migration " + m + " has jobs with status 9, which is not one of GitLab's job"
          + " status codes (0 to 3)", inTx.getMessage());
      assertEquals(0, t.count("SELECT count(*) FROM batched_background_migration_jobs WHERE attempts = 7"),
          "rolled back");
      assertTrue(db.session().getAutoCommit(), "back in autocommit");

      t.execute("UPDATE batched_background_migrations SET status = 2 WHERE id = " + m);
      BbmException migration = assertThrows(BbmException.class,
          () -> db.stores().migrations().findById(db.session(), m));
      assertEquals(ExitCode.USAGE, migration.exitCode());
      assertEquals("batched background migration " + m + " has status 2, which is not one of GitLab's status codes"
          + " (0, 1, 3, 4, 5, 6)", migration.getMessage());
      assertFalse(db.stores().claims().markFinished(db.session(), job, JobStatus.SUCCEEDED, "{}"),
          "only a running job finishes");
    }
  }
}
