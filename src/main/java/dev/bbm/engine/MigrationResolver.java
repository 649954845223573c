package dev.bbm.engine;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.NearMatch;
import dev.bbm.domain.Selection;
import dev.bbm.store.Database;
import dev.bbm.store.MigrationStore;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finds the one migration a selection names, with GitLab's matching rules. */
final class MigrationResolver {
  private MigrationResolver() {}

  static Optional<BatchedMigration> find(Database db, Selection selection) throws SQLException {
    MigrationStore store = db.stores().migrations();
    if (selection instanceof Selection.ById byId) {
      if (byId.database() != null && !byId.database().equals(db.label())) {
        throw BbmException.usage("migration id " + byId + " names database " + byId.database()
            + ", but bbm is connected to " + db.label());
      }
      return store.findById(db.session(), byId.id());
    }
    Selection.ByConfiguration key = (Selection.ByConfiguration) selection;
    List<BatchedMigration> found = store.findByConfiguration(db.session(), key);
    if (found.size() > 1) {
      throw new BbmException(ExitCode.USAGE, "the configuration matches " + found.size() + " migrations ("
          + found.stream().map(m -> m.displayId() + " in " + m.gitlabSchema()).collect(Collectors.joining(", "))
          + "); select one by its id");
    }
    return found.stream().findFirst();
  }

  /**
   * Why a selection matched nothing: the migration it is near, as a "did you mean" hint (empty when
   * none is near), and whether the miss is exit 6 even without --strict (an id, or a near miss).
   */
  record Miss(String hint, boolean certain) {
    /** {@code message}, followed by the hint when there is one. */
    String after(String message) {
      return hint.isEmpty() ? message : message + "; " + hint;
    }
  }

  /** The {@link Miss} of a selection {@link #find} found nothing for. */
  static Miss miss(Database db, Selection selection) throws SQLException {
    List<BatchedMigration> all = db.stores().migrations().list(db.session(), true);
    Optional<BatchedMigration> near = NearMatch.of(selection, all);
    return new Miss(near.map(NearMatch::hint).orElse(""),
        near.isPresent() || selection instanceof Selection.ById);
  }

  /** The migration the selection names, or exit 6 with a "did you mean" when one is near. */
  static BatchedMigration require(Database db, Selection selection) throws SQLException {
    Optional<BatchedMigration> found = find(db, selection);
    if (found.isEmpty()) {
      throw notFound(db, selection);
    }
    return found.get();
  }

  /** Exit 6 for a selection that matched nothing, with a "did you mean" when a migration is near. */
  static BbmException notFound(Database db, Selection selection) throws SQLException {
    return new BbmException(ExitCode.NOT_FOUND, miss(db, selection).after("no batched background migration matches "
        + selection + " in database " + db.label()));
  }

  /** GitLab's configuration text for "could not find" messages (Ruby < 3.4 hash syntax). */
  static String configurationText(Selection selection) {
    if (selection instanceof Selection.ByConfiguration k) {
      return "{:job_class_name=>\"" + k.jobClassName() + "\", :table_name=>\"" + k.tableName()
          + "\", :column_name=>\"" + k.columnName() + "\", :job_arguments=>" + k.jobArgumentsJson().replace(",", ", ")
          + "}";
    }
    return "{:id=>" + ((Selection.ById) selection).id() + "}";
  }
}
