package dev.bbm.engine;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The batch column needs a btree index that starts with it and holds every row: a hash or BRIN
 * index cannot serve the range scans batching makes (each batch would read the whole table), nor
 * can a partial btree index (rows outside its predicate are not in it). Such a migration is refused
 * before anything changes; a plain btree index passes.
 */
class BatchIndexCheckTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";

  @ParameterizedTest
  @ValueSource(strings = {"USING hash (id)", "USING brin (id)", "USING btree (id) WHERE id > 100",
      "USING btree (id_convert_to_bigint, id)"})
  void anIndexThatCannotServeRangeScansOverEveryRowIsRefused(String index) {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      long id = migration(db, index);
      String before = String.valueOf(db.scalar("SELECT t::text FROM batched_background_migrations t WHERE id = ?",
          id));

      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id);

      assertThat(r).exitedWith(USAGE);
      assertTrue(r.err().contains("column id of table events has no btree index that starts with it (hash, BRIN and"
          + " partial indexes cannot serve range scans over every row)"), r.toString());
      assertEquals(before, String.valueOf(db.scalar(
          "SELECT t::text FROM batched_background_migrations t WHERE id = ?", id)), "nothing changed");
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"USING btree (id)", "(id, id_convert_to_bigint)"})
  void aWholeTableBtreeIndexPasses(String index) {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      long id = migration(db, index);
      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0");
      assertThat(r).exitedWith(OK);
      assertEquals(0, db.count("SELECT count(*) FROM events WHERE id_convert_to_bigint IS DISTINCT FROM id"));
    }
  }

  /** events without a primary key, its only index on id the one given; a copy migration over it. */
  private static long migration(TestDatabase db, String index) {
    db.execute("CREATE TABLE events (id bigint NOT NULL, id_convert_to_bigint bigint);"
        + " INSERT INTO events (id) SELECT g FROM generate_series(1, 500) g;"
        + " CREATE INDEX index_events_on_id ON events " + index);
    return new GitlabFixture(db).migration(COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]",
        1, 500, 100, 50, 1);
  }
}
