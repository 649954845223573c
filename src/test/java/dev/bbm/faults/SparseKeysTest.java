package dev.bbm.faults;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.BbmProcess;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Item 14: {@code --fast} on sparse keys. Ids 1..1000 and the 1001 ids up to 2^62 (or 2^63 - 1),
 * with jobs that span the empty stretch between them: sub-batches by key range must step over it
 * (time follows rows, not key span), and every row is still updated exactly once (a trigger counts).
 * bbm runs as its own process, so that a run that would walk the keys for years can be stopped.
 */
@Tag("faults")
class SparseKeysTest {
  private static final int ITEM = 14;
  /** Generous: the run takes about a second; walking 2^62 keys takes years. */
  private static final long CAP_SECONDS = 60;

  /** 2^62 and the largest bigint, 2^63 - 1, where a count of keys overflows a long. */
  @ParameterizedTest(name = "ids up to {0}, --parallel {1}")
  @CsvSource({"4611686018427387904, 1", "4611686018427387904, 2", "9223372036854775807, 1"})
  void fastFinalizeStepsOverEmptyKeysAndRunsEachRowOnce(long top, int parallel, @TempDir Path tmp)
      throws Exception {
    FaultLedger.caseRun(ITEM);
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 1000, Faults.ID, Faults.ID_TO);
      db.execute("INSERT INTO events (id) SELECT g FROM generate_series(" + (top - 1000) + "::int8, " + top
          + "::int8) g");
      CoverageGapTest.countUpdates(db, "events");
      // batch_size 1500: the first job spans 1 .. top - 501, nearly all of it without a row
      long id = f.migration(Faults.COPY, "events", "id", Faults.ARGS, 1, top, 1500, 100, 1);
      FaultLedger.faults(ITEM, 1);

      Process p = BbmProcess.start(tmp, Map.of("BBM_DATABASE_URL", db.uri()), "finalize", "main_" + id, "--fast",
          "--parallel", String.valueOf(parallel));
      boolean ended = p.waitFor(CAP_SECONDS, TimeUnit.SECONDS);
      if (!ended) {
        p.destroyForcibly().waitFor();
      }
      long uncopied = f.uncopied("events", Faults.ID, Faults.ID_TO);
      long notOnce = db.count("SELECT count(*) FROM events WHERE update_count <> 1");
      FaultLedger.rowsChecked(ITEM, 2001);
      FaultLedger.lost(ITEM, Math.max(uncopied, notOnce));
      assertTrue(ended, "finalize --fast ends within " + CAP_SECONDS + " s: " + Files.readString(tmp.resolve("err.txt")));
      assertThat(p, tmp).exitedWith(OK);
      assertEquals(0, uncopied, "every row copied");
      assertEquals(0, notOnce, "every row updated exactly once");
      assertEquals(3, f.status(id));
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs WHERE status <> 3"));
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs a"
          + " JOIN batched_background_migration_jobs b ON a.id < b.id AND a.min_value <= b.max_value"
          + " AND b.min_value <= a.max_value"), "no two jobs share a key");
      long subBatches = db.count("SELECT coalesce(sum(jsonb_array_length(metrics->'timings'->'update_all')), 0)"
          + " FROM batched_background_migration_jobs");
      assertTrue(subBatches > 0 && subBatches <= 100, "sub-batches follow the rows, not the keys: " + subBatches);
    }
  }
}
