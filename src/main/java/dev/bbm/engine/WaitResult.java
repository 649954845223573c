package dev.bbm.engine;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.FailedJob;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What bbm wait saw: the migrations it waited for with their last status and share done, how long
 * it waited, and how the wait ended; for a failed one, its failed jobs' last errors.
 *
 * @param failed     the migration found failed, or null
 * @param failedJobs its failed jobs, with their last errors
 */
public record WaitResult(Outcome outcome, String message, List<Waited> migrations, Duration waited,
    BatchedMigration failed, List<FailedJob> failedJobs) {

  /** How a wait ended. */
  public enum Outcome {
    /** Every selected migration is finished (or finalized). */
    FINISHED,
    /** One of them is failed. */
    FAILED,
    /** --timeout passed first. */
    TIMED_OUT,
    /** Stopped on request (Ctrl-C). */
    INTERRUPTED,
    /** The selection matched no migration. */
    NOT_FOUND
  }

  /**
   * One migration waited for, as last read.
   *
   * @param percent the share of its key range succeeded jobs cover, 0..100, or null when unknown
   */
  public record Waited(BatchedMigration migration, Double percent) {}

  public WaitResult {
    migrations = List.copyOf(migrations);
    failedJobs = List.copyOf(failedJobs);
  }

  public ExitCode exitCode(boolean strict) {
    switch (outcome) {
      case FINISHED:
        return ExitCode.OK;
      case FAILED:
        return ExitCode.FAILED;
      case NOT_FOUND:
        return strict ? ExitCode.NOT_FOUND : ExitCode.OK;
      default:
        return ExitCode.UNFINISHED;
    }
  }

  /** The migrations still not done when the wait ended. */
  public List<Waited> unfinished() {
    return migrations.stream().filter(w -> !w.migration().status().isDone()).toList();
  }

  /**
   * Two waits one after the other (one database, then the next): the first that did not finish
   * decides, the migrations of both are listed, the time adds up.
   */
  public WaitResult then(WaitResult next) {
    List<Waited> all = new ArrayList<>(migrations);
    all.addAll(next.migrations);
    boolean firstDecides = outcome != Outcome.FINISHED && outcome != Outcome.NOT_FOUND;
    WaitResult decider = firstDecides ? this : next;
    return new WaitResult(decider.outcome, decider.message, all, waited.plus(next.waited), decider.failed,
        decider.failedJobs);
  }
}
