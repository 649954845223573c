package dev.bbm.engine;

import java.time.Duration;

/**
 * How finalize paces and guards its work. Null sizes mean "the migration's own", as GitLab.
 *
 * @param staleAfter a running job untouched this long is stale (GitLab's stuck timeout)
 * @param waitForRunning wait for a live running job instead of exiting busy
 * @param fast no pause between sub-batches (unless pauseMs says otherwise), sub-batches sized
 *     to take about {@code target}, jobs sized to take a few seconds
 * @param target how long one sub-batch transaction should take with {@code fast}
 * @param parallel how many jobs run at once, each on its own connection
 * @param join work on a migration another bbm process is finalizing, instead of finalizing it
 * @param health the checks between jobs
 */
public record FinalizeOptions(
    Integer batchSize,
    Integer subBatchSize,
    Integer pauseMs,
    Duration staleAfter,
    boolean waitForRunning,
    boolean strict,
    boolean dryRun,
    Duration statementTimeout,
    Duration lockTimeout,
    boolean fast,
    Duration target,
    int parallel,
    boolean join,
    HealthOptions health) {

  public static final Duration DEFAULT_TARGET = Duration.ofMillis(250);

  /** The options of the CLI before this record grew --fast, --parallel, --join and the health checks. */
  public FinalizeOptions(Integer batchSize, Integer subBatchSize, Integer pauseMs, Duration staleAfter,
      boolean waitForRunning, boolean strict, boolean dryRun, Duration statementTimeout, Duration lockTimeout) {
    this(batchSize, subBatchSize, pauseMs, staleAfter, waitForRunning, strict, dryRun, statementTimeout, lockTimeout,
        false, DEFAULT_TARGET, 1, false, HealthOptions.defaults());
  }

  public static FinalizeOptions defaults() {
    return new FinalizeOptions(null, null, null, Duration.ofHours(1), false, false, false,
        Duration.ofMinutes(1), Duration.ofSeconds(10));
  }

  public FinalizeOptions withDryRun(boolean value) {
    return new FinalizeOptions(batchSize, subBatchSize, pauseMs, staleAfter, waitForRunning, strict, value,
        statementTimeout, lockTimeout, fast, target, parallel, join, health);
  }
}
