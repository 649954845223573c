package dev.bbm.engine;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.ExitCode;
import java.util.List;

/**
 * What bbm retry did: a line per failed job made retriable, and the finalize that followed
 * when --finalize was given.
 */
public record RetryResult(BatchedMigration migration, List<String> changes, boolean dryRun, FinalizeResult finalized) {
  public ExitCode exitCode() {
    return finalized == null ? ExitCode.OK : finalized.exitCode(false);
  }
}
