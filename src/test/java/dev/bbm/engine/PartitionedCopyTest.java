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
import org.junit.jupiter.params.provider.EnumSource;

/**
 * GitLab's BackfillPartitionedTable: every row of the batch table is copied into the partitioned
 * table (range partitions by created_at, primary key (id, created_at), as GitLab's partitioning
 * helpers make it); rows already there keep their values (ON CONFLICT DO NOTHING).
 */
class PartitionedCopyTest {
  private static void tables(TestDatabase db) {
    db.execute("CREATE TABLE audit_events (id bigint NOT NULL PRIMARY KEY, author_id integer NOT NULL,"
        + " entity_id integer NOT NULL, entity_type character varying NOT NULL, details text,"
        + " created_at timestamp with time zone NOT NULL)");
    db.execute("CREATE TABLE audit_events_part_5fc467ac26 (id bigint NOT NULL, author_id integer NOT NULL,"
        + " entity_id integer NOT NULL, entity_type character varying NOT NULL, details text,"
        + " created_at timestamp with time zone NOT NULL, PRIMARY KEY (id, created_at))"
        + " PARTITION BY RANGE (created_at)");
    db.execute("CREATE TABLE audit_events_part_2024 PARTITION OF audit_events_part_5fc467ac26"
        + " FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
    db.execute("CREATE TABLE audit_events_part_2025 PARTITION OF audit_events_part_5fc467ac26"
        + " FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')");
    db.execute("INSERT INTO audit_events SELECT g * 3, g % 50, g % 70, 'Project', 'event ' || g,"
        + " timestamptz '2024-06-01' + g * interval '1 hour' FROM generate_series(1, 1500) g");
    // the sync trigger copied a few rows already, and one of them has changed since
    db.execute("INSERT INTO audit_events_part_5fc467ac26 SELECT * FROM audit_events WHERE id % 100 = 0");
    db.execute("UPDATE audit_events_part_5fc467ac26 SET details = 'kept' WHERE id = 300");
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void everyRowIsCopiedAndRowsAlreadyThereAreKept(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      tables(db);
      long before = db.count("SELECT count(*) FROM audit_events_part_5fc467ac26");
      long id = f.migration("BackfillPartitionedTable", "audit_events", "id", "[\"audit_events_part_5fc467ac26\"]",
          3, 4500, 500, 100, 1);

      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0");

      assertThat(r).exitedWith(OK);
      assertEquals(3, f.status(id));
      assertTrue(before > 0);
      assertEquals(0, db.count("SELECT count(*) FROM (SELECT * FROM audit_events EXCEPT"
          + " SELECT * FROM audit_events_part_5fc467ac26) missing WHERE id <> 300"), "every row copied as it is");
      assertEquals(1500, db.count("SELECT count(*) FROM audit_events_part_5fc467ac26"));
      assertEquals(1, db.count("SELECT count(*) FROM audit_events_part_5fc467ac26 WHERE id = 300 AND details = 'kept'"),
          "a row already there keeps its values");
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void aDestinationThatIsNotPartitionedIsRefused(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      tables(db);
      db.execute("CREATE TABLE plain_copy (LIKE audit_events INCLUDING ALL)");
      long id = f.migration("BackfillPartitionedTable", "audit_events", "id", "[\"plain_copy\"]", 3, 4500, 500, 100, 1);

      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id);

      assertThat(r).exitedWith(USAGE);
      assertTrue(r.err().contains("table plain_copy is not partitioned"), r.err());
      assertEquals(0, db.count("SELECT count(*) FROM plain_copy"));
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs"));
    }
  }
}
