package dev.bbm.engine;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.JobRange;
import dev.bbm.jobs.Resolution;
import dev.bbm.jobs.SubBatchWork;
import dev.bbm.store.BatchingStrategy;
import dev.bbm.store.JobCoverage;
import dev.bbm.store.SubBatchStatement;
import dev.bbm.store.TableInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A migration that passed finalize's checks ({@link Preflight}): what each sub-batch does, the
 * statement that does it, and how jobs are cut.
 *
 * @param statement the sub-batch statement, or null when the work changes nothing
 * @param resolution how the migration's job class name led to the kind that runs it
 * @param cursor how a cursor-batched migration (GitLab 17.6+) runs, or null for one batched by an
 *     integer column
 */
record MigrationPlan(BatchedMigration migration, TableInfo table, SubBatchWork work, SubBatchStatement statement,
    BatchingStrategy batching, Resolution resolution, CursorPlan cursor) {

  /** The next job's range from the migration's batching strategy, not yet clamped. */
  Optional<JobRange> nextBatch(Connection c, long min, int batchSize) throws SQLException {
    return batching.nextRange(c, min, batchSize);
  }

  /**
   * The lowest stretch of {@code from..max_value} that no job covers and that holds a row to batch
   * (see {@link BatchingStrategy#firstGap}); not for a cursor-batched migration.
   */
  Optional<JobCoverage.Gap> firstGap(Connection c, JobCoverage coverage, long from) throws SQLException {
    return batching.firstGap(c, coverage, migration.id(), from, migration.maxValue());
  }

  /**
   * The keys the migration spans, for progress; for a cursor-batched migration, GitLab's own
   * measure: the rows its queueing counted (total_tuple_count), 0 when unknown.
   */
  long totalKeys() {
    if (cursor != null) {
      Long tuples = migration.totalTupleCount();
      return tuples == null ? 0 : Math.max(0, tuples);
    }
    return batching.totalKeys(migration.minValue(), migration.maxValue());
  }

  /** The keys a finished job covered, for progress; a cursor job counts its batch size, as GitLab's progress does. */
  long keysIn(BatchedJob job) {
    return job.cursorBased() ? job.batchSize() : batching.keysIn(job.range());
  }

  /** For --dry-run: where a job's SQL comes from, the values bound to it, the batching used. */
  List<String> describeJob() {
    List<String> out = new ArrayList<>();
    out.add(resolution.sentence());
    out.addAll(work.describe());
    out.add(cursor != null ? cursor.batching().describe() : batching.describe());
    return out;
  }

  List<String> warnings() {
    return work.warnings();
  }
}
