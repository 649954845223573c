package dev.bbm.cli;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.Durations;
import dev.bbm.engine.FinalizeOptions;
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

  @Option(names = "--stale-after", paramLabel = "DURATION", defaultValue = "1h",
      description = "a running job untouched this long is stale and retried (default ${DEFAULT-VALUE}; 0s, 90s, 15m, 1h)")
  String staleAfter;

  @Option(names = "--wait", description = "wait for a job running elsewhere instead of exiting 5")
  boolean waitForRunning;

  @Option(names = "--statement-timeout", paramLabel = "DURATION", defaultValue = "1m",
      description = "statement_timeout for each sub-batch (default ${DEFAULT-VALUE}; 0s for none)")
  String statementTimeout;

  @Option(names = "--lock-timeout", paramLabel = "DURATION", defaultValue = "10s",
      description = "lock_timeout for each sub-batch (default ${DEFAULT-VALUE}; 0s for none)")
  String lockTimeout;

  FinalizeOptions toOptions(boolean strict, boolean dryRun) {
    positive("--batch-size", batchSize);
    positive("--sub-batch-size", subBatchSize);
    if (pauseMs != null && pauseMs < 0) {
      throw BbmException.usage("--pause-ms must be 0 or more, got " + pauseMs);
    }
    if (batchSize != null && subBatchSize != null && subBatchSize > batchSize) {
      throw BbmException.usage("--sub-batch-size " + subBatchSize + " is larger than --batch-size " + batchSize);
    }
    return new FinalizeOptions(batchSize, subBatchSize, pauseMs, Durations.parse(staleAfter, "--stale-after"),
        waitForRunning, strict, dryRun, Durations.parse(statementTimeout, "--statement-timeout"),
        Durations.parse(lockTimeout, "--lock-timeout"));
  }

  private static void positive(String name, Integer value) {
    if (value != null && value <= 0) {
      throw BbmException.usage(name + " must be a positive number, got " + value);
    }
  }
}
