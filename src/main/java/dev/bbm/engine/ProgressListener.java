package dev.bbm.engine;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import java.time.Duration;

/**
 * What a long-running engine call reports while it works; the CLI renders it on stderr (a live
 * bar, plain lines) or as NDJSON events on stdout. Calls come in this order: {@code started} (or
 * {@code legacyStarted}), any number of the others, then {@code ended}; one at a time, although
 * with {@code finalize --parallel} from several threads (the engine serializes them).
 */
public interface ProgressListener {
  ProgressListener NONE = new ProgressListener() {};

  /** finalize begins running jobs: {@code coveredKeys} of the migration's {@code totalKeys} are done already. */
  default void started(BatchedMigration migration, long totalKeys, long coveredKeys) {}

  default void jobFinished(BatchedJob job, boolean succeeded, long rows, Duration took, String error,
      long coveredKeys, long totalKeys) {}

  /** steal begins running {@code jobs} legacy jobs of a class. */
  default void legacyStarted(String className, int jobs) {}

  /**
   * One legacy job ran (or failed and stays pending); {@code done} of {@code total} jobs are behind.
   * {@code source} names where it came from ({@code row 12}, {@code sidekiq queue JID}).
   */
  default void legacyJobFinished(String source, String argumentsJson, boolean succeeded, long rows, Duration took,
      String error, int done, int total) {}

  /** The work holds back because a health check said stop; one sentence. The next finished job clears it. */
  default void throttled(String reason) {}

  /** The work waits for something outside it (a job running elsewhere, a lock); one sentence. */
  default void waiting(String reason) {}

  default void note(String sentence) {}

  default void warning(String sentence) {}

  /**
   * The migration is finished: all its work is done, whatever share of its key range the jobs
   * covered (max_value may lie above the last row, where the batching finds no more rows). Comes
   * before {@code ended}, only for a run that finished the migration.
   */
  default void completed() {}

  /** The run that {@code started} announced is over, whatever its outcome (a live bar closes here). */
  default void ended() {}
}
