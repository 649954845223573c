package dev.bbm.engine;

import java.time.Duration;

/**
 * {@code --fast}'s job size (batch_size of the jobs it creates), GitLab's optimizer rules
 * (reference §5.1) with a target that suits a maintenance window: GitLab aims a job at 90-95 % of
 * the migration's interval (two minutes) and grows it by at most 20 % after 20 jobs; bbm aims at
 * a few seconds per job (eight sub-batches of the target time) and reacts to each job, growing by
 * at most {@link #MAX_GROWTH}, shrinking without limit. GitLab's limits stay: 1,000 to 2,000,000,
 * or the migration's max_batch_size, never below where it started. Near the end jobs are cut so
 * that parallel workers finish together (a single worker has no one to wait for). Pure: the caller measures.
 */
final class JobSizer {
  static final int SUB_BATCHES_PER_JOB = 8;
  static final double BAND_LOW = 0.8;
  static final double BAND_HIGH = 1.25;
  static final double MAX_GROWTH = 4.0;
  static final int GITLAB_MIN = 1_000;
  static final int GITLAB_MAX = 2_000_000;

  private final double targetSeconds;
  private final int lower;
  private final int upper;
  private int size;

  /**
   * @param start the migration's batch_size
   * @param maxBatchSize the migration's max_batch_size, or null
   * @param subBatchTarget --target-ms
   */
  JobSizer(int start, Integer maxBatchSize, Duration subBatchTarget) {
    this.upper = Math.max(1, maxBatchSize != null ? Math.min(maxBatchSize, GITLAB_MAX) : GITLAB_MAX);
    this.lower = Math.max(1, Math.min(Math.min(start, GITLAB_MIN), upper));
    this.size = Math.max(lower, Math.min(upper, start));
    this.targetSeconds = Math.max(0.01, subBatchTarget.toNanos() / 1e9 * SUB_BATCHES_PER_JOB);
  }

  int current() {
    return size;
  }

  /**
   * The batch size for the next job when {@code remaining} batch-column values are left and
   * {@code workers} work on them: at most a share of what is left, so the last jobs come out
   * smaller (down to an eighth of the size, about one sub-batch) and the workers end together.
   */
  int size(long remaining, int workers) {
    if (workers <= 1) {
      return size;
    }
    long share = remaining / (2L * workers);
    long floor = Math.max(lower, size / 8L);
    return (int) Math.min(size, Math.max(floor, share));
  }

  /** A job of {@code batchSize} took {@code seconds} from start to finish. */
  void observe(int batchSize, double seconds) {
    if (batchSize < size / 2) {
      return;
    }
    if (seconds >= targetSeconds * BAND_LOW && seconds <= targetSeconds * BAND_HIGH) {
      return;
    }
    double factor = seconds <= 0 ? MAX_GROWTH : Math.min(MAX_GROWTH, targetSeconds / seconds);
    long next = (long) (batchSize * factor);
    size = (int) Math.max(lower, Math.min(upper, next));
  }
}
