package dev.bbm.engine;

import dev.bbm.domain.BatchOptimizer;
import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.FailureRules;
import dev.bbm.domain.JobRange;
import dev.bbm.store.Database;
import dev.bbm.store.Stores;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * GitLab's rules around a job's outcome, applied as its runner does: shrink or split a job that
 * timed out, optimize! the batch size after a success, and should_stop? after a failure.
 */
final class FailurePolicy {
  static final int SHOULD_STOP_MINIMUM_JOBS = 50;
  private static final double SHOULD_STOP_FAILED_RATIO = 0.5;

  private final Stores stores;
  private final ProgressListener progress;

  FailurePolicy(Stores stores, ProgressListener progress) {
    this.stores = stores;
    this.progress = progress;
  }

  /** GitLab's after-failure rules for timeouts: shrink the sub-batch, or split the job on its last attempt. */
  void afterTimeout(Connection c, FinalizeRun run, BatchedJob job) throws SQLException {
    BatchedMigration m = run.migration();
    Integer reduced = FailureRules.reducedSubBatchSize(job.attempts(), job.batchSize(), job.subBatchSize(),
        m.subBatchSize());
    if (reduced != null) {
      if (Database.inTransaction(c, tx -> stores.repairs().reduceSubBatchSize(tx, job.id(), reduced))) {
        run.shrunk(job.id());
        progress.note("job " + job.id() + " timed out: its sub-batch size is reduced from " + job.subBatchSize()
            + " to " + reduced + ", as GitLab does");
      }
      return;
    }
    if (!FailureRules.canSplit(job.attempts(), job.batchSize(), job.subBatchSize())) {
      return;
    }
    if (job.cursorBased()) {
      progress.note("job " + job.id() + " timed out on its last attempt; GitLab does not split cursor jobs, so it"
          + " stays failed until retried");
      return;
    }
    int half = job.batchSize() / 2;
    Long midpoint = half < 1 ? null
        : run.plan().nextBatch(c, job.minValue(), half).map(JobRange::max).orElse(null);
    Long copy = Database.inTransaction(c, tx -> stores.repairs().split(tx, job, half, midpoint));
    if (copy != null) {
      run.shrunk(job.id());
      run.shrunk(copy);
      progress.note("job " + job.id() + " timed out on its last attempt: split into " + job.minValue() + ".."
          + midpoint + " and " + (midpoint + 1) + ".." + job.maxValue() + " (job " + copy
          + "), both retried, as GitLab's split_and_retry! does");
    } else {
      progress.note("job " + job.id() + " timed out on its last attempt: its batch size is halved to "
          + Math.max(1, half) + " and it is retried");
    }
  }

  /** GitLab's optimize! after a successful job; returns the batch size for the next job. */
  int optimize(Connection c, BatchedMigration m, int batchSize) throws SQLException {
    Double efficiency = BatchOptimizer.smoothedEfficiency(
        stores.statistics().recentSucceededSeconds(c, m.id(), BatchOptimizer.jobsNeeded()), m.interval());
    int next = BatchOptimizer.optimize(batchSize, m.maxBatchSize(), efficiency);
    if (next != batchSize && next >= m.subBatchSize()) {
      Database.inTransaction(c, tx -> {
        stores.migrations().updateBatchSize(tx, m.id(), next);
        return null;
      });
      return next;
    }
    return batchSize;
  }

  /** GitLab's should_stop?: at least 50 jobs since started_at and more than half of them failed. */
  boolean shouldStop(Connection c, BatchedMigration m) throws SQLException {
    OffsetDateTime startedAt = stores.migrations().startedAt(c, m.id());
    if (startedAt == null) {
      return false;
    }
    long[] createdFailed = stores.statistics().createdAndFailedSince(c, m.id(), startedAt);
    if (createdFailed[0] < SHOULD_STOP_MINIMUM_JOBS) {
      return false;
    }
    return (double) createdFailed[1] / createdFailed[0] > SHOULD_STOP_FAILED_RATIO;
  }
}
