package dev.bbm.schema;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.Selection;
import dev.bbm.store.Database;
import dev.bbm.store.MigrationStore;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Finds the batched background migration a directive's configuration names, for the run and the
 * dry run alike: one answer, or a failure when the configuration matches several.
 */
final class MigrationLookup {
  private final Database db;
  private final MigrationStore migrations;

  MigrationLookup(Database db) {
    this.db = db;
    this.migrations = db.stores().migrations();
  }

  /** @param gitlabSchema null matches the configuration in any gitlab_schema */
  Optional<BatchedMigration> find(Selection.ByConfiguration key, String gitlabSchema) throws SQLException {
    List<BatchedMigration> found = migrations.findByConfiguration(db.session(), key).stream()
        .filter(m -> gitlabSchema == null || m.gitlabSchema() == null || gitlabSchema.equals(m.gitlabSchema()))
        .toList();
    if (found.size() > 1) {
      throw new StepFailure(ExitCode.FAILURE, "the configuration matches " + found.size()
          + " batched background migrations (" + String.join(", ", found.stream()
              .map(m -> m.displayId() + " in " + m.gitlabSchema()).toList())
          + "); add \"gitlab_schema\" to the directive to name one", null);
    }
    return found.stream().findFirst();
  }
}
