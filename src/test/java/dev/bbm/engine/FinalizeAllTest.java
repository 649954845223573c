package dev.bbm.engine;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** bbm finalize --all and several selections in one command: resolved first, run in turn, summed up. */
class FinalizeAllTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  private static final String ARGS = "[[\"id\"],[\"id_convert_to_bigint\"]]";
  private static final String[] ID = {"id"};
  private static final String[] ID_TO = {"id_convert_to_bigint"};

  private static int jobs(TestDatabase db, long migration) {
    return (int) db.count("SELECT count(*) FROM batched_background_migration_jobs WHERE batched_background_migration_id = "
        + migration);
  }

  @Test
  void allFinishesWhatItCanSkipsAClassItCannotRunAndLeavesFinishedOnes() throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 1_200, ID, ID_TO);
      f.copyTable("issues", 300, ID, ID_TO);
      long runs = f.migration(COPY, "events", "id", ARGS, 1, 1_200, 500, 250, 1);
      long unknown = f.migration("BackfillSomethingInRuby", "issues", "id", "[]", 1, 300, 100, 50, 1);
      long done = f.migration(COPY, "issues", "id", ARGS, 1, 300, 100, 50, 3);

      CliRunner.Result r = CliRunner.against(db).run("finalize", "--all", "--pause-ms", "0");

      assertThat(r).withContext("a skip is the refusal's exit code, the worst of the parts").exitedWith(USAGE);
      assertEquals(3, f.status(runs));
      assertEquals(0, f.uncopied("events", ID, ID_TO));
      assertNull(f.invariantProblem(runs));
      assertEquals(1, f.status(unknown), "the skipped one is left as it was");
      assertEquals(0, jobs(db, unknown));
      assertEquals(3, f.status(done));
      assertEquals(0, jobs(db, done), "a finished migration is not touched");
      assertTrue(r.err().contains("skipped: bbm cannot execute job class BackfillSomethingInRuby of migration main_"
          + unknown), r.err());
      assertTrue(r.err().contains("Ways out:") && r.err().contains("bbm finalize main_" + unknown + " --via-rake")
          && r.err().contains("bbm mark-finished main_" + unknown), r.err());
      assertTrue(r.out().contains("Summary: 2 migrations: 1 finished, 1 skipped."), r.out());
      assertTrue(r.out().matches("(?s).*\\nmain_" + runs + " +" + COPY + " / events +finished +\\S+ +3\\n.*"), r.out());
      assertTrue(r.out().matches("(?s).*\\nmain_" + unknown + " +BackfillSomethingInRuby / issues +skipped: bbm cannot"
          + " execute job class BackfillSomethingInRuby +- +-\\n.*"), r.out());
      assertFalse(r.out().contains("main_" + done), "only unfinished migrations are taken: " + r.out());
      assertTrue(r.out().indexOf("main_" + runs) < r.out().indexOf("main_" + unknown), "by id");

      CliRunner.Result again = CliRunner.against(db).run("finalize", "--all", "--json");
      assertThat(again).exitedWith(USAGE);
      JsonNode doc = new ObjectMapper().readTree(again.out());
      assertEquals(2, doc.get("exit_code").asInt());
      assertEquals(1, doc.get("migrations").size());
      JsonNode skipped = doc.get("migrations").get(0);
      assertEquals("main_" + unknown, skipped.get("id").asText());
      assertEquals("skipped", skipped.get("outcome").asText());
      assertEquals(3, skipped.get("ways_out").size());
      assertTrue(skipped.get("result").isNull());
    }
  }

  @Test
  void severalSelectionsRunOnceEachInTheOrderGiven() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.BEFORE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 600, ID, ID_TO);
      f.copyTable("notes", 400, ID, ID_TO);
      f.copyTable("issues", 200, ID, ID_TO);
      long events = f.migration(COPY, "events", "id", ARGS, 1, 600, 200, 100, 1);
      long notes = f.migration(COPY, "notes", "id", ARGS, 1, 400, 200, 100, 0);
      long issues = f.migration(COPY, "issues", "id", ARGS, 1, 200, 200, 100, 1);

      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + notes,
          COPY + ",events,id,[[\"id\"]\\, [\"id_convert_to_bigint\"]]", "main_" + events, "--pause-ms", "0");

      assertThat(r).exitedWith(OK);
      assertEquals(3, f.status(events));
      assertEquals(3, f.status(notes));
      assertEquals(1, f.status(issues), "not selected, not run");
      assertEquals(200, f.uncopied("issues", ID, ID_TO));
      assertEquals(3, jobs(db, events), "the migration named twice ran once");
      assertTrue(r.out().contains("Summary: 2 migrations: 2 finished."), r.out());
      assertTrue(r.out().indexOf("Finalized main_" + notes) < r.out().indexOf("Finalized main_" + events), r.out());
      assertTrue(r.err().contains("[1/2] main_" + notes + " " + COPY + " on notes, paused"), r.err());
    }
  }

  @Test
  void aSelectionThatMatchesNothingStopsEverythingBeforeItRuns() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 300, ID, ID_TO);
      long events = f.migration(COPY, "events", "id", ARGS, 1, 300, 100, 50, 1);
      CliRunner cli = CliRunner.against(db);

      CliRunner.Result r = cli.run("finalize", "main_" + events, "main_" + (events + 100), "--pause-ms", "0");
      assertThat(r).exitedWith(NOT_FOUND);
      assertTrue(r.err().contains("Could not find batched background migration") && r.err().contains("nothing was"
          + " finalized"), r.err());

      CliRunner.Result far = cli.run("finalize", "main_" + events, COPY + ",events,id,[[\"created_at\"]\\,[\"x\"]]");
      assertThat(far).withContext("among several, a configuration far from all is exit 6 too").exitedWith(NOT_FOUND);
      CliRunner.Result bad = cli.run("finalize", "main_" + events, "main_x1");
      assertThat(bad).exitedWith(USAGE);
      assertTrue(bad.err().contains("selection 2 of 2"), bad.err());
      CliRunner.Result both = cli.run("finalize", "main_" + events, "--all");
      assertThat(both).exitedWith(USAGE);

      assertEquals(1, f.status(events));
      assertEquals(0, jobs(db, events), "nothing ran");
      assertEquals(300, f.uncopied("events", ID, ID_TO));
    }
  }

  @Test
  void aFailingMigrationDoesNotStopTheNext() throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 600, ID, ID_TO);
      f.copyTable("notes", 300, ID, ID_TO);
      long events = f.migration(COPY, "events", "id", ARGS, 1, 600, 200, 100, 1);
      long notes = f.migration(COPY, "notes", "id", ARGS, 1, 300, 100, 50, 1);
      try (Connection c = db.connect(); Statement s = c.createStatement()) {
        s.execute("CREATE FUNCTION refuse_450() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
            + " IF NEW.id = 450 THEN RAISE EXCEPTION 'row 450 refuses to be copied'; END IF; RETURN NEW; END $$");
        s.execute("CREATE TRIGGER refuse BEFORE UPDATE ON events FOR EACH ROW EXECUTE FUNCTION refuse_450()");
      }

      CliRunner.Result r = CliRunner.against(db).run("finalize", "--all", "--pause-ms", "0");

      assertThat(r).exitedWith(FAILED);
      assertEquals(4, f.status(events));
      assertEquals(3, f.status(notes), "the next migration still ran");
      assertEquals(0, f.uncopied("notes", ID, ID_TO));
      assertTrue(r.err().contains("row 450 refuses to be copied"), r.err());
      assertTrue(r.out().contains("Summary: 2 migrations: 1 finished, 1 failed."), r.out());
    }
  }

  @Test
  void ctrlCStopsTheCurrentMigrationAndStartsNoOther() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 2_000, ID, ID_TO);
      f.copyTable("notes", 300, ID, ID_TO);
      long events = f.migration(COPY, "events", "id", ARGS, 1, 2_000, 100, 50, 1);
      long notes = f.migration(COPY, "notes", "id", ARGS, 1, 300, 100, 50, 1);
      AtomicBoolean stop = new AtomicBoolean();
      CliRunner cli = CliRunner.against(db).stopWhen(() -> stop.get()
          || db.count("SELECT count(*) FROM batched_background_migration_jobs WHERE status = 3") >= 2 && stop.compareAndSet(false, true));

      CliRunner.Result r = cli.run("finalize", "--all", "--pause-ms", "10");

      assertThat(r).exitedWith(UNFINISHED);
      assertEquals(1, f.status(events), "given back, active");
      assertEquals(1, f.status(notes));
      assertEquals(0, jobs(db, notes), "the next one was not started");
      assertNull(f.invariantProblem(events));
      assertTrue(r.out().contains("1 interrupted, 1 not started"), r.out());
      assertTrue(r.out().contains("not started: main_" + notes), r.out());
      assertTrue(r.out().matches("(?s).*\\nmain_" + notes + " +" + COPY + " / notes +not started +- +-\\n.*"), r.out());
    }
  }
}
