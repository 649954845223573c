package dev.bbm.engine;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.CursorRange;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.Identifiers;
import dev.bbm.domain.RowChange;
import dev.bbm.jobs.JobKind;
import dev.bbm.jobs.SubBatchWork;
import dev.bbm.store.CursorBatching;
import dev.bbm.store.CursorSubBatch;
import dev.bbm.store.Database;
import dev.bbm.store.TableInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finalize's checks for a cursor-batched migration (GitLab 17.6+): cursors in the row that fit
 * the job class's cursor columns, columns the table has, and a statement for the sub-batches.
 */
final class CursorPreflight {
  private static final Set<String> INTEGER_TYPES = Set.of("bigint", "integer", "smallint");

  private CursorPreflight() {}

  static CursorPlan plan(BatchedMigration m, JobKind kind, TableInfo table, SubBatchWork work, Database db)
      throws SQLException {
    String id = m.displayId();
    CursorRange bounds = db.stores().migrations().cursorBounds(db.session(), m.id()).orElseThrow(() -> refuse(
        "migration " + id + " has neither min_value/max_value nor min_cursor/max_cursor; bbm cannot tell which keys"
            + " it covers"));
    List<String> columns = kind.cursorColumns();
    if (columns.isEmpty()) {
      throw refuse("migration " + id + " is batched by cursor (" + bounds + "), but bbm does not know the cursor"
          + " columns of job class " + m.jobClassName() + " (GitLab's `cursor :a, :b` in its Ruby class); give them"
          + " with `cursor: [a, b]` in its job definition");
    }
    if (bounds.min().size() != columns.size() || bounds.max().size() != columns.size()) {
      throw refuse("migration " + id + " has cursors " + bounds + " but job class " + m.jobClassName() + " batches"
          + " over " + columns.size() + " cursor columns (" + String.join(", ", columns) + ")");
    }
    List<Boolean> numeric = new ArrayList<>();
    for (String column : columns) {
      String type = Identifiers.isValid(column) ? table.columnTypes().get(column) : null;
      if (type == null) {
        throw refuse("job class " + m.jobClassName() + " batches over cursor column " + column + ", which table "
            + m.tableName() + " does not have");
      }
      numeric.add(INTEGER_TYPES.contains(type));
    }
    if (bounds.max().compareTo(bounds.min()) < 0) {
      throw refuse("migration " + id + " has max_cursor " + bounds.max().json() + " before min_cursor "
          + bounds.min().json() + "; its row is inconsistent and bbm will not guess a range");
    }
    if (work.change() instanceof RowChange.Statement s && s.cursorWidth() != columns.size()) {
      throw refuse("migration " + id + " is batched by cursor over " + columns.size() + " columns, but the"
          + " statement of job class " + m.jobClassName() + " takes " + (s.cursorBased() ? "cursors of "
          + s.cursorWidth() + " columns" : "an integer range") + " as :sub_batch_start and :sub_batch_end");
    }
    CursorBatching batching = new CursorBatching(m.tableName(), columns, numeric);
    return new CursorPlan(columns, bounds, batching, CursorSubBatch.of(batching, work.change(), work.scope()));
  }

  private static BbmException refuse(String sentence) {
    return new BbmException(ExitCode.USAGE, sentence);
  }
}
