package dev.bbm.engine;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** bbm mark-finished: guarded by --yes, one transaction, a transition log per skipped job. */
class MarkFinishedTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  private static final String LOGS = "batched_background_migration_job_transition_logs";

  /** A failed migration over 1..1000: 1..250 succeeded, 251..500 failed for good, 501..750 pending, 751.. no job. */
  private static long failedMigration(GitlabFixture f) {
    long id = f.migration(COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 1000, 250, 50, 4);
    f.job(id, 1, 250, 3, 1, "3 hours");
    long failed = f.job(id, 251, 500, 2, 3, "2 hours");
    f.failureLog(failed, "ActiveRecord::StatementInvalid", "PG::UndefinedColumn: ERROR:  column does not exist");
    f.job(id, 501, 750, 0, 0, "2 hours");
    return id;
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void withoutYesOffATerminalNothingChanges(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      long id = failedMigration(new GitlabFixture(db));
      String before = snapshot(db);
      CliRunner cli = CliRunner.against(db);

      for (String[] args : new String[][] {{"mark-finished", "main_" + id},
          {"mark-finished", "main_" + id, "--reason", "dropped column"}}) {
        CliRunner.Result r = cli.run(args);
        assertThat(r).exitedWith(USAGE);
        assertTrue(r.err().startsWith("bbm: ") && r.err().contains("add --yes"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertEquals("", r.out());
      }
      assertEquals(before, snapshot(db));
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void withYesEveryJobSucceedsInOneTransactionWithATransitionLogEach(GitlabLayout layout) throws Exception {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      long id = failedMigration(f);
      long logsBefore = db.count("SELECT count(*) FROM " + LOGS);
      CliRunner cli = CliRunner.against(db);

      CliRunner.Result r = cli.run("mark-finished", "main_" + id, "--yes", "--reason", "column dropped in 17.1");

      assertThat(r).exitedWith(OK);
      assertTrue(r.err().contains("warning: mark-finished does not run main_" + id)
          && r.err().contains("Take a database backup first"), r.err());
      assertTrue(r.err().contains("1 failed job(s), 251..500 -> succeeded")
          && r.err().contains("1 pending job(s), 501..750 -> succeeded"), r.err());
      assertTrue(r.out().startsWith("Done. main_" + id) && r.out().contains("2 job(s) marked succeeded (1 pending,"
          + " 1 failed), 2 transition log row(s) with bbm.MarkedFinished"), r.out());
      assertTrue(r.out().contains("\nNo job covered id 751..1000 (250 of 1000 keys)"), r.out());

      assertEquals(3, f.status(id));
      assertNotNull(db.scalar("SELECT finished_at FROM batched_background_migrations WHERE id = ?", id));
      assertEquals(0L, db.count("SELECT count(*) FROM batched_background_migration_jobs WHERE status <> 3"));
      assertEquals(0L, db.count("SELECT count(*) FROM batched_background_migration_jobs WHERE finished_at IS NULL"));
      assertEquals(0L, db.count("SELECT attempts FROM batched_background_migration_jobs WHERE min_value = 501"),
          "a skipped job did not run");
      assertEquals(logsBefore + 2, db.count("SELECT count(*) FROM " + LOGS));
      assertEquals("0->3 bbm.MarkedFinished column dropped in 17.1 501\n2->3 bbm.MarkedFinished column dropped in 17.1 251",
          db.scalar("SELECT string_agg(l.previous_status || '->' || l.next_status || ' ' || l.exception_class || ' '"
              + " || l.exception_message || ' ' || j.min_value, E'\\n' ORDER BY l.previous_status) FROM " + LOGS
              + " l JOIN batched_background_migration_jobs j ON j.id = l.batched_background_migration_job_id"
              + " WHERE l.exception_class = 'bbm.MarkedFinished'"));
      // GitLab's documented "all done" query is empty, and bbm status agrees
      assertEquals(0L, db.count("SELECT count(*) FROM batched_background_migrations WHERE status NOT IN (3, 6)"));
      assertThat(cli.run("status")).exitedWith(OK);

      String after = snapshot(db);
      CliRunner.Result again = cli.run("mark-finished", "main_" + id, "--yes");
      assertThat(again).exitedWith(OK);
      assertTrue(again.err().contains("is already finished; nothing was changed"), again.err());
      assertFalse(again.err().contains("warning"), again.err());
      assertEquals(after, snapshot(db));
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void dryRunListsTheChangesAndWritesNothing(GitlabLayout layout) throws Exception {
    try (TestDatabase db = TestDatabase.create(layout)) {
      long id = failedMigration(new GitlabFixture(db));
      String before = snapshot(db);
      CliRunner cli = CliRunner.against(db);

      CliRunner.Result dry = cli.run("mark-finished", "main_" + id, "--dry-run");
      assertThat(dry).exitedWith(OK);
      String out = dry.out();
      assertTrue(out.contains("Would mark main_" + id) && out.contains("migration: failed -> finished"), out);
      assertTrue(out.contains("1 failed job(s), 251..500 -> succeeded") && out.contains("1 pending job(s), 501..750"),
          out);
      assertTrue(out.contains("1 succeeded job(s) stay as they are"), out);
      assertTrue(out.contains("no job covered id 751..1000"), out);
      assertTrue(out.contains("UPDATE batched_background_migrations SET status = 3, updated_at = now(),"
          + " finished_at = now() WHERE id = " + id + " AND status = 4"), out);
      assertTrue(out.contains("dry run: nothing was changed"), out);

      JsonNode json = new ObjectMapper().readTree(cli.run("mark-finished", "main_" + id, "--dry-run", "--json").out());
      assertEquals("dry_run", json.get("outcome").asText());
      assertEquals(250, json.get("uncovered").get("keys").asLong());
      assertEquals(751, json.get("uncovered").get("first_ranges").get(0).get("min_value").asLong());
      assertEquals(3, json.get("jobs").size());
      assertEquals("marked finished by bbm without running it", json.get("reason").asText());
      assertEquals(before, snapshot(db));
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void busyWhileAnotherSessionHoldsTheMigrationsLock(GitlabLayout layout) throws Exception {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      long id = f.migration(COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 500, 250, 50, 5);
      f.job(id, 1, 250, 3, 1, "3 hours");
      f.job(id, 251, 500, 1, 1, "2 hours");
      String before = snapshot(db);
      CliRunner cli = CliRunner.against(db);

      int holder;
      try (Connection c = db.connect(); Statement s = c.createStatement()) {
        try (ResultSet rs = s.executeQuery("SELECT pg_backend_pid(), pg_advisory_lock(1650617649, " + id + ")")) {
          rs.next();
          holder = rs.getInt(1);
        }
        CliRunner.Result busy = cli.run("mark-finished", "main_" + id, "--yes");
        assertThat(busy).exitedWith(BUSY);
        assertTrue(busy.err().contains("is locked by pid " + holder), busy.err());
        assertEquals(before, snapshot(db));

        CliRunner.Result dry = cli.run("mark-finished", "main_" + id, "--dry-run");
        assertThat(dry).exitedWith(OK);
        assertTrue(dry.out().contains("locked by pid " + holder), dry.out());
      }

      CliRunner.Result r = cli.run("mark-finished", "main_" + id, "--yes");
      assertThat(r).exitedWith(OK);
      assertTrue(r.err().contains("1 job(s) are marked running"), r.err());
      assertEquals(3, f.status(id));
      assertEquals(1L, db.count("SELECT count(*) FROM " + LOGS + " WHERE previous_status = 1 AND next_status = 3"
          + " AND exception_message = 'marked finished by bbm without running it'"));
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void migrationWithoutJobsSaysNoRowWasProcessed(GitlabLayout layout) throws Exception {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      long id = f.migration("BackfillSomethingRuby", "events", "id", "[]", 1, 1000, 250, 50, 1);
      CliRunner cli = CliRunner.against(db);

      CliRunner.Result r = cli.run("mark-finished", "main_" + id, "--yes", "--json");
      assertThat(r).exitedWith(OK);
      JsonNode json = new ObjectMapper().readTree(r.out());
      assertEquals("marked_finished", json.get("outcome").asText());
      assertEquals("finished", json.get("status").asText());
      assertEquals("active", json.get("previous_status").asText());
      assertEquals(0, json.get("jobs_changed").asInt());
      assertEquals(1000, json.get("uncovered").get("keys").asLong());
      assertTrue(r.err().contains("the migration has no jobs: no job covered id 1..1000"), r.err());
      assertEquals(3, f.status(id));
      assertEquals(0L, db.count("SELECT count(*) FROM " + LOGS));
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void onATerminalTheOperatorIsAsked(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      long id = failedMigration(f);
      String before = snapshot(db);

      CliRunner.Result no = CliRunner.against(db).terminal(true).stdin("n\n").run("mark-finished", "main_" + id);
      assertThat(no).exitedWith(USAGE);
      assertTrue(no.err().contains("Take a database backup first")
          && no.err().contains("Mark main_" + id + " finished without running it? [y/N]")
          && no.err().contains("not confirmed; nothing was changed"), no.err());
      assertEquals(before, snapshot(db));

      CliRunner.Result eof = CliRunner.against(db).terminal(true).run("mark-finished", "main_" + id);
      assertThat(eof).exitedWith(USAGE);
      assertEquals(before, snapshot(db));

      CliRunner.Result yes = CliRunner.against(db).terminal(true).stdin("yes\n").run("mark-finished", "main_" + id);
      assertThat(yes).exitedWith(OK);
      assertEquals(3, f.status(id));
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void notFoundIsSix(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      CliRunner cli = CliRunner.against(db);
      CliRunner.Result r = cli.run("mark-finished", "main_999", "--yes");
      assertThat(r).exitedWith(NOT_FOUND);
      assertTrue(r.err().contains("no batched background migration matches main_999"), r.err());
      assertThat(cli.run("mark-finished", COPY + ",events,id,[]", "--dry-run")).exitedWith(NOT_FOUND);
    }
  }

  /** The migrations, jobs and transition logs as text: equal strings mean not one byte changed. */
  private static String snapshot(TestDatabase db) {
    return db.scalar("SELECT string_agg(m::text, E'\\n' ORDER BY id) FROM batched_background_migrations m") + "\n"
        + db.scalar("SELECT string_agg(j::text, E'\\n' ORDER BY id) FROM batched_background_migration_jobs j") + "\n"
        + db.scalar("SELECT string_agg(l::text, E'\\n' ORDER BY id) FROM " + LOGS + " l");
  }
}
