package dev.bbm.engine;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.FailedJob;
import java.time.Duration;
import java.util.List;

/**
 * What finalize did, for the renderers and the exit code; {@code rake} is set when GitLab's rake task
 * ran it; {@code certainMiss} makes a not-found exit 6 without --strict (an id, or a "did you mean").
 */
public record FinalizeResult(
    Outcome outcome,
    BatchedMigration migration,
    String message,
    int jobsRun,
    int jobsFailed,
    long rowsUpdated,
    Duration elapsed,
    List<FailedJob> failedJobs,
    List<String> plan,
    RakeRun rake,
    boolean certainMiss) {

  /** A finalize bbm ran itself (no rake). */
  public FinalizeResult(Outcome outcome, BatchedMigration migration, String message, int jobsRun, int jobsFailed,
      long rowsUpdated, Duration elapsed, List<FailedJob> failedJobs, List<String> plan) {
    this(outcome, migration, message, jobsRun, jobsFailed, rowsUpdated, elapsed, failedJobs, plan, null, false);
  }

  /** The same result, run through GitLab's rake task (finalize --via-rake). */
  public FinalizeResult viaRake(RakeRun run) {
    return new FinalizeResult(outcome, migration, message, jobsRun, jobsFailed, rowsUpdated, elapsed, failedJobs,
        plan, run, certainMiss);
  }

  /** How finalize ended. */
  public enum Outcome {
    NOT_FOUND, ALREADY_DONE, FINISHED, FAILED, INTERRUPTED, DRY_RUN
  }

  public ExitCode exitCode(boolean strict) {
    switch (outcome) {
      case NOT_FOUND: return strict || certainMiss ? ExitCode.NOT_FOUND : ExitCode.OK;
      case FAILED: return ExitCode.FAILED;
      case INTERRUPTED: return ExitCode.UNFINISHED;
      default: return ExitCode.OK;
    }
  }
}
