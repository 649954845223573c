package dev.bbm.engine;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.ExitCode;

/**
 * What mark-finished did.
 *
 * @param plan what it read (null when the migration was already done)
 * @param migration the row afterwards
 * @param logsWritten transition-log rows written (0 when none could be)
 */
public record MarkFinishedResult(Outcome outcome, MarkFinishedPlan plan, BatchedMigration migration,
    long jobsChanged, long logsWritten) {

  /** How mark-finished ended. */
  public enum Outcome {
    MARKED, ALREADY_DONE, DRY_RUN, DECLINED
  }

  /** Declined at the prompt counts as a missing --yes. */
  public ExitCode exitCode() {
    return outcome == Outcome.DECLINED ? ExitCode.USAGE : ExitCode.OK;
  }
}
