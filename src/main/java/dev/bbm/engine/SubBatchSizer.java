package dev.bbm.engine;

import java.time.Duration;

/**
 * {@code --fast}'s sub-batch size: how many batch-column values one sub-batch transaction spans,
 * steered so that one takes about the target time. It starts from the migration's sub_batch_size
 * and moves multiplicatively from the measured time of the last sub-batch: at most quadrupling,
 * at most quartering per step, unchanged inside a band around the target so that noise does not
 * make it wander. Pure: the caller measures. One per worker, kept from job to job.
 */
final class SubBatchSizer {
  static final double BAND_LOW = 0.8;
  static final double BAND_HIGH = 1.25;
  static final double MAX_GROWTH = 4.0;
  static final double MAX_SHRINK = 0.25;
  /** Above this many values a sub-batch is not widened further, whatever the rows cost. */
  static final int MAX_SIZE = 2_000_000;

  private final double targetSeconds;
  private int size;

  SubBatchSizer(int start, Duration target) {
    this.size = Math.max(1, Math.min(MAX_SIZE, start));
    this.targetSeconds = Math.max(0.001, target.toNanos() / 1e9);
  }

  /** The width to use next, at most {@code cap} (what is left of the job). */
  int size(long cap) {
    return (int) Math.max(1, Math.min(size, cap));
  }

  int current() {
    return size;
  }

  /**
   * A sub-batch spanning {@code width} values took {@code seconds}. Widths much narrower than the
   * current size (the end of a job) say little and are ignored.
   */
  void observe(int width, double seconds) {
    if (width < size / 2 || width <= 0) {
      return;
    }
    if (seconds <= 0) {
      size = grow(size, MAX_GROWTH);
      return;
    }
    double ratio = targetSeconds / seconds;
    if (seconds >= targetSeconds * BAND_LOW && seconds <= targetSeconds * BAND_HIGH) {
      return;
    }
    double factor = Math.max(MAX_SHRINK, Math.min(MAX_GROWTH, ratio));
    // relative to the width measured, so a short last sub-batch cannot shrink a wide size
    size = grow(width, factor);
  }

  /** A sub-batch hit the statement timeout: the next ones are a quarter as wide. */
  void timedOut() {
    size = Math.max(1, (int) (size * MAX_SHRINK));
  }

  private static int grow(int from, double factor) {
    long next = (long) Math.floor(from * factor);
    return (int) Math.max(1, Math.min(MAX_SIZE, next));
  }
}
