package dev.bbm.store;

import dev.bbm.domain.Cursor;
import dev.bbm.domain.RowChange;
import dev.bbm.domain.SqlFragment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One sub-batch of a cursor-batched job (GitLab 17.6+) as one UPDATE bbm writes from a set clause: the next
 * {@code sub_batch_size} rows of the job's cursor range in cursor order (GitLab's keyset
 * iterator over {@code (c1, c2) >= start AND (c1, c2) <= end}), changed as the job's
 * {@link RowChange} says; returns the last cursor covered. A scope restricts which of those rows
 * are changed, not which make up the sub-batch: GitLab's cursor jobs do not apply scope_to there.
 */
final class CursorSetSubBatch implements CursorSubBatch {
  private final CursorKeys keys;
  private final SqlFragment set;
  private final SqlFragment scope;
  private final String fromStart;
  private final String afterCursor;

  CursorSetSubBatch(CursorBatching batching, SubBatchStatement.Shape shape, SqlFragment scope) {
    this.keys = batching.keys();
    this.set = shape.set();
    this.scope = scope;
    this.fromStart = sql(batching.quotedTable(), shape, ">=");
    this.afterCursor = sql(batching.quotedTable(), shape, ">");
  }

  private String sql(String quotedTable, SubBatchStatement.Shape shape, String startOperator) {
    String row = keys.row(null);
    String rows = "SELECT " + keys.columns() + " FROM " + quotedTable + " WHERE " + row + " " + startOperator + " "
        + keys.placeholders() + " AND " + row + " <= " + keys.placeholders() + " ORDER BY " + keys.order(false)
        + " LIMIT ?";
    String change = shape.update().apply(row + " " + startOperator + " " + keys.placeholders() + " AND " + row
        + " <= (SELECT " + keys.columns() + " FROM hi)" + Bindings.and(scope));
    return "WITH b AS (" + rows + "), hi AS (SELECT " + keys.columns() + " FROM b ORDER BY " + keys.order(true)
        + " LIMIT 1), u AS (" + change + " RETURNING 1)"
        + " SELECT " + keys.asText("hi") + ", (SELECT count(*) FROM u) FROM hi";
  }

  @Override
  public String sql() {
    return fromStart;
  }

  @Override
  public Result run(Connection c, Cursor from, boolean inclusive, Cursor jobMax, int size) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(inclusive ? fromStart : afterCursor)) {
      bind(ps, from, jobMax, size);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return new Result(null, 0);
        }
        return new Result(keys.read(rs, 1), rs.getLong(keys.size() + 1));
      }
    }
  }

  @Override
  public void verify(Connection c) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try (PreparedStatement ps = c.prepareStatement("EXPLAIN (COSTS OFF) " + fromStart)) {
      // NULLs fit every column type: the plan is wanted, not the rows
      bind(ps, null, null, 1);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          // the plan itself is not needed
        }
      }
    } finally {
      c.rollback();
      c.setAutoCommit(autoCommit);
    }
  }

  private void bind(PreparedStatement ps, Cursor from, Cursor jobMax, int size) throws SQLException {
    int i = keys.bind(ps, 1, from);
    i = keys.bind(ps, i, jobMax);
    ps.setInt(i++, size);
    i = Bindings.bind(ps, i, set);
    i = keys.bind(ps, i, from);
    Bindings.bind(ps, i, scope);
  }
}
