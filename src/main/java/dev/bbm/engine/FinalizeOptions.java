package dev.bbm.engine;

import dev.bbm.domain.Durations;
import dev.bbm.sidekiq.RedisSettings;
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
 * @param sidekiqGrace how long after the fence no new range is handed out, for a Sidekiq worker
 *     that saw the migration active before it; null for the default ({@link SidekiqGuard})
 * @param leaseRedis GitLab's SharedState Redis, where bbm takes the execution worker's exclusive
 *     lease; null when none is configured
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
    HealthOptions health,
    Duration sidekiqGrace,
    RedisSettings leaseRedis) {

  // Each default once, as the text an operator would type: picocli's defaultValue (and the
  // --help text and man pages made from it) needs compile-time constants, the engine the values.

  /** --target-ms: how long one --fast sub-batch transaction should take, in milliseconds. */
  public static final int DEFAULT_TARGET_MS = 250;
  public static final String DEFAULT_TARGET_MS_TEXT = "" + DEFAULT_TARGET_MS;
  /** --parallel: one job at a time. */
  public static final int DEFAULT_PARALLEL = 1;
  public static final String DEFAULT_PARALLEL_TEXT = "" + DEFAULT_PARALLEL;
  /** --stale-after: GitLab's stuck timeout. */
  public static final String DEFAULT_STALE_AFTER_TEXT = "1h";
  /** --statement-timeout for each sub-batch. */
  public static final String DEFAULT_STATEMENT_TIMEOUT_TEXT = "1m";
  /** --lock-timeout for each sub-batch. */
  public static final String DEFAULT_LOCK_TIMEOUT_TEXT = "10s";

  public static final Duration DEFAULT_TARGET = Duration.ofMillis(DEFAULT_TARGET_MS);
  public static final Duration DEFAULT_STALE_AFTER = Durations.parse(DEFAULT_STALE_AFTER_TEXT, "--stale-after");
  public static final Duration DEFAULT_STATEMENT_TIMEOUT =
      Durations.parse(DEFAULT_STATEMENT_TIMEOUT_TEXT, "--statement-timeout");
  public static final Duration DEFAULT_LOCK_TIMEOUT = Durations.parse(DEFAULT_LOCK_TIMEOUT_TEXT, "--lock-timeout");

  /** The options of the CLI before this record grew --fast, --parallel, --join and the health checks. */
  public FinalizeOptions(Integer batchSize, Integer subBatchSize, Integer pauseMs, Duration staleAfter,
      boolean waitForRunning, boolean strict, boolean dryRun, Duration statementTimeout, Duration lockTimeout) {
    this(batchSize, subBatchSize, pauseMs, staleAfter, waitForRunning, strict, dryRun, statementTimeout, lockTimeout,
        false, DEFAULT_TARGET, DEFAULT_PARALLEL, false, HealthOptions.defaults(), null, null);
  }

  public static FinalizeOptions defaults() {
    return new FinalizeOptions(null, null, null, DEFAULT_STALE_AFTER, false, false, false,
        DEFAULT_STATEMENT_TIMEOUT, DEFAULT_LOCK_TIMEOUT);
  }

  public FinalizeOptions withDryRun(boolean value) {
    return new FinalizeOptions(batchSize, subBatchSize, pauseMs, staleAfter, waitForRunning, strict, value,
        statementTimeout, lockTimeout, fast, target, parallel, join, health, sidekiqGrace, leaseRedis);
  }

  /** The same with the Sidekiq guard's settings (--sidekiq-grace, GitLab's SharedState Redis). */
  public FinalizeOptions withSidekiq(Duration grace, RedisSettings redis) {
    return new FinalizeOptions(batchSize, subBatchSize, pauseMs, staleAfter, waitForRunning, strict, dryRun,
        statementTimeout, lockTimeout, fast, target, parallel, join, health, grace, redis);
  }
}
