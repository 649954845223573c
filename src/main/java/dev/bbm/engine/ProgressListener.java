package dev.bbm.engine;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import java.time.Duration;

/** What a long-running engine call reports while it works; the CLI renders it on stderr. */
public interface ProgressListener {
  ProgressListener NONE = new ProgressListener() {};

  default void started(BatchedMigration migration, long totalKeys, long coveredKeys) {}

  default void jobFinished(BatchedJob job, boolean succeeded, long rows, Duration took, String error,
      long coveredKeys, long totalKeys) {}

  default void note(String sentence) {}

  default void warning(String sentence) {}
}
