package dev.bbm.schema;

import dev.bbm.engine.ProgressListener;
import java.time.Duration;
import java.util.List;

/**
 * What db migrate reports while it works, in Rails' shape: a line when a file starts, one per
 * statement or directive with its time, a line when the file is done. Inline finalizes report
 * through the inherited {@link ProgressListener} methods.
 */
public interface MigrateListener extends ProgressListener {
  MigrateListener NONE = new MigrateListener() {};

  default void waitingForLock(String holder) {}

  default void createdTables(List<String> tables) {}

  default void migrating(MigrationFile file, boolean transaction) {}

  /** A statement or directive is about to run, described as Rails would: {@code execute("CREATE ...")}. */
  default void step(String description) {}

  default void stepDone(Duration took, String outcome) {}

  default void migrated(MigrationFile file, Duration took) {}

  /** The file failed; its version is not recorded. */
  default void failed(MigrationFile file, boolean transaction) {}
}
