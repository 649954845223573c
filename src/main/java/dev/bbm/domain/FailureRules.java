package dev.bbm.domain;

/**
 * GitLab's after-failure rules for a job that failed on a timeout (reference §6): shrink the
 * sub-batch while attempts remain, split the job in two on the last attempt.
 */
public final class FailureRules {
  static final double SUB_BATCH_SIZE_REDUCE_FACTOR = 0.75;
  static final double SUB_BATCH_SIZE_THRESHOLD = 65;

  private FailureRules() {}

  /**
   * The reduced sub-batch size, or null when GitLab would not reduce it: attempts exhausted, a
   * job that cannot shrink, or a size that would fall more than 65 % below the migration's.
   */
  public static Integer reducedSubBatchSize(int attempts, int batchSize, int jobSubBatchSize,
      int migrationSubBatchSize) {
    if (attempts >= JobStatus.MAX_ATTEMPTS || batchSize <= 1 || batchSize <= jobSubBatchSize) {
      return null;
    }
    int reduced = (int) (jobSubBatchSize * SUB_BATCH_SIZE_REDUCE_FACTOR);
    double dropPercent = Math.round((migrationSubBatchSize - reduced) * 100.0 / migrationSubBatchSize * 100.0) / 100.0;
    if (dropPercent > SUB_BATCH_SIZE_THRESHOLD) {
      return null;
    }
    return Math.max(1, Math.min(reduced, batchSize));
  }

  /** Whether GitLab's split_and_retry! applies after a timeout: last attempt, a job larger than one sub-batch. */
  public static boolean canSplit(int attempts, int batchSize, int subBatchSize) {
    return attempts >= JobStatus.MAX_ATTEMPTS && batchSize > 1 && batchSize > subBatchSize;
  }
}
