package dev.bbm.engine;

import java.time.Duration;

/**
 * How finalize paces and guards its work. Null sizes mean "the migration's own", as GitLab.
 *
 * @param staleAfter a running job untouched this long is stale (GitLab's stuck timeout)
 * @param waitForRunning wait for a live running job instead of exiting busy
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
    Duration lockTimeout) {

  public static FinalizeOptions defaults() {
    return new FinalizeOptions(null, null, null, Duration.ofHours(1), false, false, false,
        Duration.ofMinutes(1), Duration.ofSeconds(10));
  }

  public FinalizeOptions withDryRun(boolean value) {
    return new FinalizeOptions(batchSize, subBatchSize, pauseMs, staleAfter, waitForRunning, strict, value,
        statementTimeout, lockTimeout);
  }
}
