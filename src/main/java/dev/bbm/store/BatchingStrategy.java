package dev.bbm.store;

import dev.bbm.domain.BatchingKind;
import dev.bbm.domain.JobRange;
import dev.bbm.domain.SqlFragment;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * How a migration's keys are cut into job ranges and how much of the migration a job covers:
 * GitLab's batching strategy classes, one implementation each. A new strategy (cursor batching)
 * is a new implementation and a new {@link BatchingKind}.
 */
public interface BatchingStrategy {
  /** Which of GitLab's strategies this is. */
  BatchingKind kind();

  /** The next job's range starting at or after {@code min}, not yet clamped to the migration's maximum. */
  Optional<JobRange> nextRange(Connection c, long min, int batchSize) throws SQLException;

  /** For --dry-run: how jobs are cut. */
  String describe();

  /**
   * The lowest stretch of {@code from..max} that no job of the migration covers and that holds a
   * row this strategy would batch (in its scope, if it has one), with the first such row's key.
   * Stretches without such rows are skipped, as GitLab's batching skips empty keys.
   */
  Optional<JobCoverage.Gap> firstGap(Connection c, JobCoverage coverage, long migrationId, long from, long max)
      throws SQLException;

  /** The keys a migration spans from {@code min} to {@code max}, for progress. */
  default long totalKeys(long min, long max) {
    return JobRange.keys(min, max);
  }

  /** The keys a finished job covered, for progress. */
  default long keysIn(JobRange range) {
    return range.width();
  }

  /**
   * The strategy of a kind for a table.
   *
   * @param table the table, validated, optionally schema-qualified
   * @param batchColumn the batch column, validated
   * @param scope GitLab's scope_to condition, or null; loose index scans ignore it, as GitLab's does
   */
  static BatchingStrategy of(BatchingKind kind, String table, String batchColumn, SqlFragment scope) {
    return switch (kind) {
      case PRIMARY_KEY -> new PrimaryKeyBatching(table, batchColumn, scope);
      case LOOSE_INDEX_SCAN -> new LooseIndexScanBatching(table, batchColumn);
    };
  }
}
