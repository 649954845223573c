package dev.bbm.engine;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.MigrationStatus;

/**
 * A worker's claim under the migration's row lock: a job marked running, or why there is none.
 *
 * @param job the job to run, or null
 * @param note a sentence to show before running it, or null
 * @param changed the migration's status when it is no longer finalizing, or null
 * @param retry true when the chosen job was taken by another worker and the claim should be tried again
 */
record Claim(BatchedJob job, String note, MigrationStatus changed, boolean retry) {
  static final Claim NOTHING = new Claim(null, null, null, false);
  static final Claim RETRY = new Claim(null, null, null, true);

  static Claim of(BatchedJob job, String note) {
    return new Claim(job, note, null, false);
  }

  static Claim changed(MigrationStatus status) {
    return new Claim(null, null, status, false);
  }
}
