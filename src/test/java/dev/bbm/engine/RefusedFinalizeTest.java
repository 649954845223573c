package dev.bbm.engine;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.MigrationStatus;
import dev.bbm.store.Database;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A finalize refused busy (exit 5: a job runs elsewhere, no --wait) leaves the migration's row
 * byte for byte as it was (status and updated_at), and its jobs too (no blocked attempts reset).
 */
class RefusedFinalizeTest {
  private static final String ROW = "SELECT t::text FROM batched_background_migrations t WHERE id = ?";
  private static final String JOBS = "SELECT string_agg(t::text, '|' ORDER BY id) FROM batched_background_migration_jobs t";

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void aBusyRefusalChangesNothing(int status) {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 3_000, new String[] {"id"}, new String[] {"id_convert_to_bigint"});
      long id = f.migration("CopyColumnUsingBackgroundMigrationJob", "events", "id",
          "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 3_000, 1_000, 500, status);
      f.job(id, 1, 1_000, 2, 3, "10 minutes");
      long live = f.job(id, 1_001, 2_000, 1, 1, "1 minute");
      String row = String.valueOf(db.scalar(ROW, id));
      String jobs = String.valueOf(db.scalar(JOBS));

      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id);

      assertThat(r).exitedWith(BUSY);
      assertTrue(r.err().contains("job " + live + " of migration main_" + id + " is running elsewhere"), r.err());
      assertEquals(row, String.valueOf(db.scalar(ROW, id)), "the migration's row, byte for byte");
      assertEquals(jobs, String.valueOf(db.scalar(JOBS)), "the job rows, byte for byte");
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_job_transition_logs"));
    }
  }

  /** The look after the commit (a job started between the fencing look and the commit) puts back status and updated_at. */
  @Test
  void unfencingPutsBackStatusAndUpdatedAt() throws Exception {
    try (TestDatabase t = TestDatabase.create(GitlabLayout.BEFORE_17_6); Database db = new Database("main", t::connect)) {
      long id = new GitlabFixture(t).migration("CopyColumnUsingBackgroundMigrationJob", "events", "id",
          "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 3_000, 1_000, 500, 1);
      String row = String.valueOf(t.scalar(ROW, id));
      BatchedMigration m = db.stores().migrations().findById(db.session(), id).orElseThrow();
      boolean fenced = db.inTransaction(c -> db.stores().migrations().transition(c, id, MigrationStatus.Event.FINALIZE));
      assertTrue(fenced);
      assertTrue(!row.equals(String.valueOf(t.scalar(ROW, id))), "fenced");
      boolean unfenced = db.inTransaction(c -> db.stores().migrations().unfence(c, id, MigrationStatus.FINALIZING,
          m.status(), m.updatedAt()));
      assertTrue(unfenced);
      assertEquals(row, String.valueOf(t.scalar(ROW, id)));
    }
  }
}
