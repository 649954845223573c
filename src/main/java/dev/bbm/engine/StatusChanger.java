package dev.bbm.engine;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.Selection;
import dev.bbm.store.Database;
import dev.bbm.store.MigrationStore;
import java.sql.SQLException;
import java.util.List;

/**
 * GitLab 18's rake pause and resume (reference §7.3): one compare-and-set update from the one
 * state each allows, or GitLab's refusal with nothing changed.
 */
final class StatusChanger {
  private final Database db;
  private final MigrationStore migrations;

  StatusChanger(Database db) {
    this.db = db;
    this.migrations = db.stores().migrations();
  }

  StatusChangeResult change(Selection selection, StatusChangeResult.Action action, boolean dryRun)
      throws SQLException {
    db.requireBatchedTables();
    BatchedMigration m = MigrationResolver.require(db, selection);
    requireFrom(action, m);
    List<String> sql = List.of(MigrationStore.changeStatusSql(m.id(), action.from(), action.event()));
    if (dryRun) {
      return new StatusChangeResult(action, true, m, m, sql);
    }
    boolean changed = db.inTransaction(c -> migrations.changeStatus(c, m.id(), action.from(), action.event()));
    BatchedMigration after = migrations.findById(db.session(), m.id()).orElseThrow(() -> notFound(db, selection));
    if (!changed) {
      // somebody changed it between our read and our update: judge the state it has now
      requireFrom(action, after);
      throw new BbmException(ExitCode.BUSY, "migration " + m.displayId() + " changed while bbm was trying to "
          + action.verb() + " it; run the command again");
    }
    return new StatusChangeResult(action, false, m, after, sql);
  }

  private static void requireFrom(StatusChangeResult.Action action, BatchedMigration m) {
    if (m.status() != action.from()) {
      // GitLab's sentence first, unchanged, so scripts that match it keep working
      throw BbmException.usage(action.refusal() + " Migration " + m.displayId() + " is " + m.status().label()
          + "; nothing was changed.");
    }
  }

  static BbmException notFound(Database db, Selection selection) {
    return new BbmException(ExitCode.NOT_FOUND, "no batched background migration matches " + selection
        + " in database " + db.label());
  }
}
