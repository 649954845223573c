package dev.bbm.store;

import dev.bbm.domain.Cursor;
import dev.bbm.domain.RowChange;
import dev.bbm.domain.SqlFragment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * One sub-batch of a cursor-batched job (GitLab 17.6+) in one statement: the next
 * {@code sub_batch_size} rows of the job's cursor range in cursor order (GitLab's keyset
 * iterator over {@code (c1, c2) >= start AND (c1, c2) <= end}), changed as the job's
 * {@link RowChange} says; returns the last cursor covered. A scope restricts which of those rows
 * are changed, not which make up the sub-batch: GitLab's cursor jobs do not apply scope_to there.
 *
 * <p>A definition's whole statement runs through {@link CursorStatementSubBatch} (the sub-batch's
 * cursors first, then the statement, in one transaction) with the same rows per sub-batch and the
 * same result; it binds values per job, so a job's walk starts with {@link #forJob}.
 */
public final class CursorSubBatch implements Plannable {
  /** The last cursor the sub-batch covered (null when no row was left) and the rows changed. */
  public record Result(Cursor coveredUpTo, long rowsChanged) {}

  private final CursorKeys keys;
  private final SqlFragment set;
  private final SqlFragment scope;
  private final String fromStart;
  private final String afterCursor;
  /** A definition's whole statement, or null for the changes bbm writes itself. */
  private final CursorStatementSubBatch custom;
  /** The custom statement's job arguments and values for one job, once {@link #forJob} computed them. */
  private final Map<String, Object> job;

  /** The statement for a change, or null when the change is none. */
  public static CursorSubBatch of(CursorBatching batching, RowChange change, SqlFragment scope) {
    if (change instanceof RowChange.Statement statement) {
      return new CursorSubBatch(new CursorStatementSubBatch(batching, statement), null);
    }
    SubBatchStatement.Shape shape = SubBatchStatement.shape(batching.quotedTable(), change);
    return shape == null ? null : new CursorSubBatch(batching, shape, scope);
  }

  private CursorSubBatch(CursorBatching batching, SubBatchStatement.Shape shape, SqlFragment scope) {
    this.keys = batching.keys();
    this.set = shape.set();
    this.scope = scope;
    this.fromStart = sql(batching.quotedTable(), shape, ">=");
    this.afterCursor = sql(batching.quotedTable(), shape, ">");
    this.custom = null;
    this.job = null;
  }

  private CursorSubBatch(CursorStatementSubBatch custom, Map<String, Object> job) {
    this.keys = null;
    this.set = null;
    this.scope = null;
    this.fromStart = custom.describe();
    this.afterCursor = null;
    this.custom = custom;
    this.job = job;
  }

  /**
   * The statement for one job: a definition's statement computes its values now (once per job,
   * before its first sub-batch); any other is returned as it is.
   */
  public CursorSubBatch forJob(Connection c) throws SQLException {
    return custom == null ? this : new CursorSubBatch(custom, custom.jobValues(c));
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

  /** The statement of a job's first sub-batch, for --dry-run. */
  public String sql() {
    return fromStart;
  }

  /**
   * Runs the sub-batch that starts at {@code from} (inclusive for a job's first sub-batch, else
   * strictly after it) and ends at most at {@code jobMax}.
   */
  public Result run(Connection c, Cursor from, boolean inclusive, Cursor jobMax, int size) throws SQLException {
    if (custom != null) {
      if (job == null) {
        throw new IllegalStateException("a statement definition runs per job: call forJob first");
      }
      return custom.run(c, job, from, inclusive, jobMax, size);
    }
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
    if (custom != null) {
      custom.verify(c);
      return;
    }
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
