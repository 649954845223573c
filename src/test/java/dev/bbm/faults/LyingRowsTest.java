package dev.bbm.faults;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Item 5: bookkeeping rows that lie. Each is refused by finalize (and its dry run) with exit 2
 * and one sentence, before anything changes: the data table and the three bookkeeping tables
 * are digested before and after and must be equal.
 */
@Tag("faults")
class LyingRowsTest {
  private static final int ITEM = 5;

  /** A lie: how to plant it (table, column, job arguments, min, max, extra SQL), and what the sentence says. */
  record Lie(String name, GitlabLayout layout, String table, String column, String args, long min, long max,
      String plant, String says) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> lies() {
    String a = Faults.ARGS;
    GitlabLayout old = GitlabLayout.BEFORE_17_6;
    GitlabLayout now = GitlabLayout.SINCE_17_6;
    return Stream.of(
        new Lie("table that does not exist", now, "no_such_table", "id", a, 1, 500, null,
            "works on table no_such_table, which does not exist in this database"),
        new Lie("batch column that does not exist", old, "events", "no_such_column", a, 1, 500, null,
            "batches over column no_such_column, which table events does not have"),
        new Lie("table name that is an injection", now, "events; DROP TABLE events", "id", a, 1, 500, null,
            "names table \"events; DROP TABLE events\", which is not a valid SQL identifier"),
        new Lie("column name that is an injection", old, "events", "id; DROP TABLE events", a, 1, 500, null,
            "names column \"id; DROP TABLE events\", which is not a valid SQL identifier"),
        new Lie("copy column that is an injection", now, "events", "id",
            "[[\"id\"],[\"x\\\"; DROP TABLE events; --\"]]", 1, 500, null, "which is not a valid SQL identifier"),
        new Lie("job_arguments not an array", old, "events", "id", "{\"copy_from\": \"id\"}", 1, 500, null,
            "job arguments of CopyColumnUsingBackgroundMigrationJob must be [copy_from, copy_to]"),
        new Lie("job_arguments of the wrong count", now, "events", "id", "[[\"id\"]]", 1, 500, null,
            "job arguments of CopyColumnUsingBackgroundMigrationJob must be [copy_from, copy_to]"),
        new Lie("job_arguments with a number for a column", old, "events", "id", "[[1],[\"id_convert_to_bigint\"]]",
            1, 500, null, "copy_from must list column names, got 1"),
        new Lie("job_arguments with columns that do not pair", now, "events", "id",
            "[[\"id\",\"id\"],[\"id_convert_to_bigint\"]]", 1, 500, null,
            "number of source and destination columns must match"),
        new Lie("max_value below min_value (pre-17.6, its CHECK dropped)", old, "events", "id", a, 400, 100,
            "ALTER TABLE batched_background_migrations DROP CONSTRAINT check_max_value_in_range",
            "has max_value 100 below min_value 400"),
        new Lie("max_value below min_value (17.6, its CHECK dropped)", now, "events", "id", a, 400, 100,
            "ALTER TABLE batched_background_migrations DROP CONSTRAINT check_max_value_in_range",
            "has max_value 100 below min_value 400"),
        new Lie("jobs overlapping each other", old, "events", "id", a, 1, 500, "JOBS 1..200:3 150..300:0",
            "has jobs whose ranges overlap: job 1 (1..200, succeeded) and job 2 (150..300, pending); bbm will not"
                + " run keys twice"),
        new Lie("a pending job inside a succeeded one", now, "events", "id", a, 1, 500, "JOBS 1..300:3 101..200:2",
            "has jobs whose ranges overlap: job 1 (1..300, succeeded) and job 2 (101..200, failed)"))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lies")
  void refusedInOneSentenceBeforeAnythingChanges(Lie lie) {
    FaultLedger.caseRun(ITEM);
    try (TestDatabase db = TestDatabase.create(lie.layout())) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 500, Faults.ID, Faults.ID_TO);
      if (lie.plant() != null && !lie.plant().startsWith("JOBS")) {
        db.execute(lie.plant());
      }
      long id = f.migration(Faults.COPY, lie.table(), lie.column(), lie.args(), 1, 500, 100, 50, 1);
      db.execute("UPDATE batched_background_migrations SET min_value = " + lie.min() + ", max_value = " + lie.max());
      if (lie.plant() != null && lie.plant().startsWith("JOBS")) {
        for (String job : lie.plant().substring(5).split(" ")) {
          String[] range = job.split(":")[0].split("\\.\\.");
          int status = Integer.parseInt(job.split(":")[1]);
          f.job(id, Long.parseLong(range[0]), Long.parseLong(range[1]), status, status == 0 ? 0 : 1, "1 hour");
        }
        db.execute("UPDATE events SET id_convert_to_bigint = id WHERE id <= 200");
      }
      FaultLedger.faults(ITEM, 1);
      String before = Faults.snapshot(db, "events", "batched_background_migrations",
          "batched_background_migration_jobs", "batched_background_migration_job_transition_logs");

      for (String[] args : new String[][] {{"finalize", "main_" + id, "--pause-ms", "0"},
          {"finalize", "main_" + id, "--dry-run"}}) {
        CliRunner.Result r = CliRunner.against(db).run(args);
        assertThat(r).withContext(lie.toString()).exitedWith(USAGE);
        assertTrue(r.err().contains(lie.says()), lie + ": " + r.err());
        assertEquals(1, r.err().strip().lines().count(), "one sentence: " + r.err());
        assertTrue(r.err().startsWith("bbm: ") && r.err().strip().endsWith(r.err().strip().substring(
            r.err().strip().length() - 1)), r.err());
      }

      String after = Faults.snapshot(db, "events", "batched_background_migrations",
          "batched_background_migration_jobs", "batched_background_migration_job_transition_logs");
      FaultLedger.rowsChecked(ITEM, 500);
      if (!before.equals(after)) {
        FaultLedger.lost(ITEM, 1);
      }
      assertEquals(before, after, lie + ": nothing may change");
      assertEquals(500, db.count("SELECT count(*) FROM events"), "events is still there");
    }
  }
}
