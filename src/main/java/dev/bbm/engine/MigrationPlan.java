package dev.bbm.engine;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.JobRange;
import dev.bbm.jobs.Resolution;
import dev.bbm.jobs.SubBatchWork;
import dev.bbm.store.BatchingStrategy;
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
 */
record MigrationPlan(BatchedMigration migration, TableInfo table, SubBatchWork work, SubBatchStatement statement,
    BatchingStrategy batching, Resolution resolution) {

  /** The next job's range from the migration's batching strategy, not yet clamped. */
  Optional<JobRange> nextBatch(Connection c, long min, int batchSize) throws SQLException {
    return batching.nextRange(c, min, batchSize);
  }

  /** The keys the migration spans, for progress. */
  long totalKeys() {
    return batching.totalKeys(migration.minValue(), migration.maxValue());
  }

  /** For --dry-run: where a job's SQL comes from, the values bound to it, the batching used. */
  List<String> describeJob() {
    List<String> out = new ArrayList<>();
    out.add(resolution.sentence());
    out.addAll(work.describe());
    out.add(batching.describe());
    return out;
  }

  List<String> warnings() {
    return work.warnings();
  }
}
