package dev.bbm.engine;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.FailedJob;
import java.time.Duration;
import java.util.List;

/** What finalize did, for the renderers and the exit code. */
public record FinalizeResult(
    Outcome outcome,
    BatchedMigration migration,
    String message,
    int jobsRun,
    int jobsFailed,
    long rowsUpdated,
    Duration elapsed,
    List<FailedJob> failedJobs,
    List<String> plan) {

  /** How finalize ended. */
  public enum Outcome {
    NOT_FOUND, ALREADY_DONE, FINISHED, FAILED, INTERRUPTED, DRY_RUN
  }

  public ExitCode exitCode(boolean strict) {
    switch (outcome) {
      case NOT_FOUND: return strict ? ExitCode.NOT_FOUND : ExitCode.OK;
      case FAILED: return ExitCode.FAILED;
      case INTERRUPTED: return ExitCode.UNFINISHED;
      default: return ExitCode.OK;
    }
  }
}
