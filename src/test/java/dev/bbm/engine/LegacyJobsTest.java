package dev.bbm.engine;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Legacy background migrations tracked in background_migration_jobs: pending-count and steal. */
class LegacyJobsTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  private static final String[] ID = {"id"};
  private static final String[] ID_TO = {"id_convert_to_bigint"};

  private static void track(TestDatabase db, String cls, String args) {
    db.execute("INSERT INTO background_migration_jobs (created_at, updated_at, status, class_name, arguments)"
        + " VALUES (now(), now(), 0, '" + cls + "', '" + args + "')");
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void pendingJobsAreCountedStolenAndGone(GitlabLayout layout) throws Exception {
    try (TestDatabase db = TestDatabase.create(layout)) {
      new GitlabFixture(db).copyTable("events", 1_000, ID, ID_TO);
      for (int start = 1; start <= 1_000; start += 250) {
        track(db, COPY, "[" + start + ", " + (start + 249) + ", \"events\", \"id\", \"id\", \"id_convert_to_bigint\", 100]");
      }
      track(db, "::" + COPY, "[1, 250, \"events\", \"id\", \"id\", \"id_convert_to_bigint\", 100]");
      track(db, "BackfillSomethingInRuby", "[1, 10]");
      CliRunner cli = CliRunner.against(db);

      CliRunner.Result count = cli.run("pending-count");
      assertThat(count).exitedWith(UNFINISHED);
      assertEquals("6\n", count.out());
      assertEquals("5\n", cli.run("pending-count", "--class", COPY).out());
      assertEquals("1\tBackfillSomethingInRuby\n5\t" + COPY + "\n", cli.run("pending-count", "--by-class").out());

      CliRunner.Result unknown = cli.run("steal", "BackfillSomethingInRuby");
      assertThat(unknown).exitedWith(USAGE);
      assertTrue(unknown.err().contains("cannot run legacy job class BackfillSomethingInRuby")
          && unknown.err().contains(COPY), unknown.err());
      assertEquals("1\n", cli.run("pending-count", "--class", "BackfillSomethingInRuby").out());

      CliRunner.Result steal = cli.run("steal", COPY, "--pause-ms", "0");
      assertThat(steal).exitedWith(OK);
      assertTrue(steal.out().contains("Ran 4 pending"), steal.out());
      assertEquals(0, new GitlabFixture(db).uncopied("events", ID, ID_TO));
      CliRunner.Result after = cli.run("pending-count", "--class", COPY);
      assertEquals("0\n", after.out());
      assertThat(after).exitedWith(OK);
      assertEquals(5, db.count("SELECT count(*) FROM background_migration_jobs WHERE status = 1"),
          "mark_all_as_succeeded also marks the duplicate row with the same arguments");
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void aFailingJobStaysPendingAndALockedOneIsLeftToItsOwner(GitlabLayout layout) throws Exception {
    try (TestDatabase db = TestDatabase.create(layout)) {
      new GitlabFixture(db).copyTable("events", 300, ID, ID_TO);
      track(db, COPY, "[1, 100, \"events\", \"id\", \"id\", \"id_convert_to_bigint\", 50]");
      track(db, COPY, "[101, 200, \"no_such_table\", \"id\", \"id\", \"id_convert_to_bigint\", 50]");
      track(db, COPY, "[201, 300, \"events\", \"id\", \"id\", \"id_convert_to_bigint\", 50]");
      long lockedId = db.count("SELECT max(id) FROM background_migration_jobs");
      try (Connection other = db.connect()) {
        other.setAutoCommit(false);
        try (Statement s = other.createStatement()) {
          s.execute("SELECT 1 FROM background_migration_jobs WHERE id = " + lockedId + " FOR UPDATE");
        }
        CliRunner.Result r = CliRunner.against(db).run("steal", COPY, "--pause-ms", "0");
        assertThat(r).exitedWith(FAILED);
        assertTrue(r.err().contains("no_such_table does not exist"), r.err());
        assertTrue(r.out().contains("1 succeeded, 1 failed and stay pending, 1 taken by another process"), r.out());
        other.rollback();
      }
      assertEquals(2, db.count("SELECT count(*) FROM background_migration_jobs WHERE status = 0"));
      assertEquals(100, db.count("SELECT count(*) FROM events WHERE id_convert_to_bigint = id"));
    }
  }
}
