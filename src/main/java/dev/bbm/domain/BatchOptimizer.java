package dev.bbm.domain;

import java.util.List;

/**
 * GitLab's batch-size optimizer (reference §5): the smoothed time efficiency of the last 20
 * succeeded jobs against the migration's interval steers batch_size towards 90-95 %.
 */
public final class BatchOptimizer {
  static final int NUMBER_OF_JOBS = 20;
  static final double ALPHA = 0.4;
  static final double TARGET_LOW = 0.9;
  static final double TARGET_HIGH = 0.95;
  static final double MAX_MULTIPLIER = 1.2;
  static final int MIN_BATCH_SIZE = 1_000;
  static final int MAX_BATCH_SIZE = 2_000_000;

  private BatchOptimizer() {}

  public static int jobsNeeded() {
    return NUMBER_OF_JOBS;
  }

  /**
   * GitLab's smoothed_time_efficiency: job durations (most recent first, null for unknown)
   * divided by the interval, exponentially weighted, rounded to 2 places; null with too few jobs.
   */
  public static Double smoothedEfficiency(List<Double> recentSeconds, int intervalSeconds) {
    if (recentSeconds.size() < NUMBER_OF_JOBS || intervalSeconds <= 0) {
      return null;
    }
    double num = 0;
    double den = 0;
    int i = 0;
    for (Double seconds : recentSeconds.subList(0, NUMBER_OF_JOBS)) {
      if (seconds == null) {
        continue;
      }
      double w = Math.pow(1 - ALPHA, i);
      num += (seconds / intervalSeconds) * w;
      den += w;
      i++;
    }
    if (den == 0) {
      return null;
    }
    return Math.round(num / den * 100.0) / 100.0;
  }

  /** The new batch size, or the old one when no change is due. */
  public static int optimize(int batchSize, Integer maxBatchSize, Double efficiency) {
    if (efficiency == null || efficiency == 0) {
      return batchSize;
    }
    if (efficiency >= TARGET_LOW && efficiency <= TARGET_HIGH) {
      return batchSize;
    }
    double multiplier = Math.min(TARGET_HIGH / efficiency, MAX_MULTIPLIER);
    long next = (long) (batchSize * multiplier);
    int maxLimit = maxBatchSize != null ? maxBatchSize : MAX_BATCH_SIZE;
    int minLimit = Math.min(maxLimit, MIN_BATCH_SIZE);
    return (int) Math.max(minLimit, Math.min(maxLimit, next));
  }
}
