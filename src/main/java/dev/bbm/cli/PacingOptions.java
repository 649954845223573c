package dev.bbm.cli;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.Durations;
import dev.bbm.engine.FinalizeOptions;
import dev.bbm.engine.HealthOptions;
import java.time.Duration;
import picocli.CommandLine.Option;

/** How finalize runs batches; shared by finalize and retry --finalize. */
public final class PacingOptions {
  @Option(names = "--batch-size", paramLabel = "N", description = "rows per job (default: the migration's batch_size)")
  Integer batchSize;

  @Option(names = "--sub-batch-size", paramLabel = "N",
      description = "rows per transaction inside a job (default: the migration's sub_batch_size)")
  Integer subBatchSize;

  @Option(names = "--pause-ms", paramLabel = "MS",
      description = "pause between sub-batches in milliseconds (default: the migration's pause_ms)")
  Integer pauseMs;

  @Option(names = "--fast", description = "maintenance-window pace: no pause between sub-batches, each sub-batch sized"
      + " while running to take about --target-ms, jobs sized to take a few seconds")
  boolean fast;

  @Option(names = "--target-ms", paramLabel = "MS", defaultValue = FinalizeOptions.DEFAULT_TARGET_MS_TEXT,
      description = "with --fast, how long one sub-batch transaction should take (default ${DEFAULT-VALUE})")
  int targetMs;

  @Option(names = "--parallel", paramLabel = "N", defaultValue = FinalizeOptions.DEFAULT_PARALLEL_TEXT,
      description = "run N jobs at once, each on its own connection (default ${DEFAULT-VALUE})")
  int parallel;

  @Option(names = "--no-throttle", description = "run no health checks between jobs: never wait for autovacuum,"
      + " WAL archiving, replicas or old transactions")
  boolean noThrottle;

  @Option(names = "--max-xact-age", paramLabel = "DURATION",
      defaultValue = HealthOptions.DEFAULT_MAX_TRANSACTION_AGE_TEXT,
      description = "wait while a transaction on the database is older than this (default ${DEFAULT-VALUE}; 0s: no check)")
  String maxXactAge;

  @Option(names = "--max-replica-lag", paramLabel = "DURATION",
      defaultValue = HealthOptions.DEFAULT_MAX_REPLICA_LAG_TEXT,
      description = "wait while a replica replays further behind than this (default ${DEFAULT-VALUE}; 0s: no check)")
  String maxReplicaLag;

  @Option(names = "--max-wal-backlog", paramLabel = "SEGMENTS",
      defaultValue = HealthOptions.DEFAULT_MAX_WAL_SEGMENTS_TEXT,
      description = "wait while more WAL segments than this wait to be archived (default ${DEFAULT-VALUE}, GitLab's;"
          + " 0: no check)")
  int maxWalBacklog;

  @Option(names = "--ignore-autovacuum", description = "do not wait while autovacuum works on the migration's table")
  boolean ignoreAutovacuum;

  @Option(names = "--stale-after", paramLabel = "DURATION", defaultValue = FinalizeOptions.DEFAULT_STALE_AFTER_TEXT,
      description = "a running job untouched this long is stale and retried (default ${DEFAULT-VALUE}; 0s, 90s, 15m, 1h)")
  String staleAfter;

  @Option(names = "--wait", description = "wait for a job running elsewhere instead of exiting 5")
  boolean waitForRunning;

  @Option(names = "--statement-timeout", paramLabel = "DURATION",
      defaultValue = FinalizeOptions.DEFAULT_STATEMENT_TIMEOUT_TEXT,
      description = "statement_timeout for each sub-batch (default ${DEFAULT-VALUE}; 0s for none)")
  String statementTimeout;

  @Option(names = "--lock-timeout", paramLabel = "DURATION", defaultValue = FinalizeOptions.DEFAULT_LOCK_TIMEOUT_TEXT,
      description = "lock_timeout for each sub-batch (default ${DEFAULT-VALUE}; 0s for none)")
  String lockTimeout;

  @Option(names = "--sidekiq-grace", paramLabel = "DURATION",
      description = "after fencing, hand out no job for this long, for a Sidekiq worker that saw the migration"
          + " active (default: $" + Context.GRACE_VARIABLE + ", else 0 while bbm holds GitLab's execution lease,"
          + " else the lease's interval * 3); 0 only when Sidekiq is stopped")
  String sidekiqGrace;

  /** --sidekiq-grace, else $BBM_SIDEKIQ_GRACE, else null: the engine's default. */
  Duration sidekiqGrace(Context ctx) {
    return sidekiqGrace != null ? Context.grace(sidekiqGrace, "--sidekiq-grace") : ctx.sidekiqGrace();
  }

  FinalizeOptions toOptions(boolean strict, boolean dryRun) {
    return toOptions(strict, dryRun, false);
  }

  FinalizeOptions toOptions(boolean strict, boolean dryRun, boolean join) {
    positive("--batch-size", batchSize);
    positive("--sub-batch-size", subBatchSize);
    if (pauseMs != null && pauseMs < 0) {
      throw BbmException.usage("--pause-ms must be 0 or more, got " + pauseMs);
    }
    if (batchSize != null && subBatchSize != null && subBatchSize > batchSize) {
      throw BbmException.usage("--sub-batch-size " + subBatchSize + " is larger than --batch-size " + batchSize);
    }
    if (targetMs < 10 || targetMs > 10_000) {
      throw BbmException.usage("--target-ms must be between 10 and 10000, got " + targetMs);
    }
    if (parallel < 1 || parallel > 64) {
      throw BbmException.usage("--parallel must be between 1 and 64, got " + parallel);
    }
    if (maxWalBacklog < 0) {
      throw BbmException.usage("--max-wal-backlog must be 0 or more, got " + maxWalBacklog);
    }
    HealthOptions health = new HealthOptions(!noThrottle, !ignoreAutovacuum, maxWalBacklog,
        Durations.parse(maxReplicaLag, "--max-replica-lag"), Durations.parse(maxXactAge, "--max-xact-age"),
        HealthOptions.DEFAULT_RECHECK);
    return new FinalizeOptions(batchSize, subBatchSize, pauseMs, Durations.parse(staleAfter, "--stale-after"),
        waitForRunning, strict, dryRun, Durations.parse(statementTimeout, "--statement-timeout"),
        Durations.parse(lockTimeout, "--lock-timeout"), fast, Duration.ofMillis(targetMs), parallel, join, health,
        null, null);
  }

  private static void positive(String name, Integer value) {
    if (value != null && value <= 0) {
      throw BbmException.usage(name + " must be a positive number, got " + value);
    }
  }
}
