package dev.bbm.store;

import dev.bbm.domain.Cursor;
import dev.bbm.domain.RowChange;
import dev.bbm.domain.SqlFragment;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One sub-batch of a cursor-batched job (GitLab 17.6+): the next {@code sub_batch_size} rows of the
 * job's cursor range in cursor order, changed in one transaction. bbm's own UPDATE
 * ({@link CursorSetSubBatch}) or a definition's whole statement ({@link CursorStatementSubBatch},
 * whose values are computed once per job, so a job's walk starts with {@link #forJob}).
 */
public interface CursorSubBatch extends Plannable {
  /** The last cursor the sub-batch covered (null when no row was left) and the rows changed. */
  record Result(Cursor coveredUpTo, long rowsChanged) {}

  /** The statement for a change, or null when the change is none. */
  static CursorSubBatch of(CursorBatching batching, RowChange change, SqlFragment scope) {
    if (change instanceof RowChange.Statement statement) {
      return new CursorStatementSubBatch(batching, statement);
    }
    SubBatchStatement.Shape shape = SubBatchStatement.shape(batching.quotedTable(), change);
    return shape == null ? null : new CursorSetSubBatch(batching, shape, scope);
  }

  /** This sub-batch for one job: a definition's statement computes its values now; others are as they are. */
  default CursorSubBatch forJob(Connection c) throws SQLException {
    return this;
  }

  /**
   * Runs the sub-batch that starts at {@code from} (inclusive for a job's first sub-batch, else
   * strictly after it) and ends at most at {@code jobMax}.
   */
  Result run(Connection c, Cursor from, boolean inclusive, Cursor jobMax, int size) throws SQLException;

  /** What a job's first sub-batch runs, for --dry-run. */
  String sql();
}
