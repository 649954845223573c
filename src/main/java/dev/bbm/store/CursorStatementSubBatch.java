package dev.bbm.store;

import dev.bbm.domain.Cursor;
import dev.bbm.domain.RowChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a job definition's whole statement runs per sub-batch of a cursor-batched job (GitLab 17.6+):
 * in one transaction, first the sub-batch's first and last cursor (the next {@code size} rows of
 * the job's cursor range in cursor order, as {@link CursorSubBatch} takes them), then each statement
 * with {@code :sub_batch_start} and {@code :sub_batch_end} bound to those two cursors as row values,
 * so {@code (a, b) >= :sub_batch_start AND (a, b) <= :sub_batch_end} names exactly the sub-batch's
 * rows. Values are computed once per job, before its first sub-batch.
 */
final class CursorStatementSubBatch implements CursorSubBatch {
  private final CursorKeys keys;
  private final RowChange.Statement change;
  private final String fromStart;
  private final String afterCursor;
  /** The job arguments and values of one job, by name, once {@link #forJob} computed them; null before. */
  private final Map<String, Object> job;

  CursorStatementSubBatch(CursorBatching batching, RowChange.Statement change) {
    if (change.cursorWidth() != batching.keys().size()) {
      throw new IllegalArgumentException("the statement takes cursors of " + change.cursorWidth()
          + " columns, the migration has " + batching.keys().size());
    }
    this.keys = batching.keys();
    this.change = change;
    this.fromStart = boundsSql(batching.quotedTable(), ">=");
    this.afterCursor = boundsSql(batching.quotedTable(), ">");
    this.job = null;
  }

  private CursorStatementSubBatch(CursorStatementSubBatch of, Map<String, Object> job) {
    this.keys = of.keys;
    this.change = of.change;
    this.fromStart = of.fromStart;
    this.afterCursor = of.afterCursor;
    this.job = job;
  }

  /** The first and the last cursor of the next sub-batch's rows; no row when none is left. */
  private String boundsSql(String quotedTable, String startOperator) {
    String row = keys.row(null);
    String rows = "SELECT " + keys.columns() + " FROM " + quotedTable + " WHERE " + row + " " + startOperator + " "
        + keys.placeholders() + " AND " + row + " <= " + keys.placeholders() + " ORDER BY " + keys.order(false)
        + " LIMIT ?";
    return "WITH b AS (" + rows + ") SELECT " + keys.asText("lo") + ", " + keys.asText("hi")
        + " FROM (SELECT * FROM b ORDER BY " + keys.order(false) + " LIMIT 1) lo,"
        + " (SELECT * FROM b ORDER BY " + keys.order(true) + " LIMIT 1) hi";
  }

  /** For --dry-run: both statements of a sub-batch. */
  @Override
  public String sql() {
    return fromStart + "; then, in the same transaction, with :sub_batch_start and :sub_batch_end the first and"
        + " the last cursor: " + change.sql();
  }

  /** This statement with the job arguments and the values, computed now for one job. */
  @Override
  public CursorSubBatch forJob(Connection c) throws SQLException {
    return new CursorStatementSubBatch(this, StatementSubBatch.withValues(c, change,
        new LinkedHashMap<>(change.arguments())));
  }

  /**
   * One sub-batch from {@code from} (inclusive for a job's first sub-batch, else strictly after it)
   * up to at most {@code jobMax}: its cursors, then the statements; the last cursor covered and the
   * rows the statements report, added up.
   */
  @Override
  public Result run(Connection c, Cursor from, boolean inclusive, Cursor jobMax, int size) throws SQLException {
    if (job == null) {
      throw new IllegalStateException("a statement definition runs per job: call forJob first");
    }
    return Database.inTransaction(c, tx -> {
      Cursor lo;
      Cursor hi;
      try (PreparedStatement ps = tx.prepareStatement(inclusive ? fromStart : afterCursor)) {
        bindBounds(ps, from, jobMax, size);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return new Result(null, 0);
          }
          lo = keys.read(rs, 1);
          hi = keys.read(rs, 1 + keys.size());
        }
      }
      Map<String, Object> bound = new LinkedHashMap<>(job);
      put(bound, RowChange.Statement.SUB_BATCH_START, lo);
      put(bound, RowChange.Statement.SUB_BATCH_END, hi);
      long rows = 0;
      for (RowChange.Step step : change.steps()) {
        try (PreparedStatement ps = tx.prepareStatement(step.sql())) {
          Bindings.bind(ps, 1, StatementSubBatch.fragment(step.sql(), step.parameters(), bound));
          rows += ps.executeLargeUpdate();
        }
      }
      return new Result(hi, rows);
    });
  }

  /** A cursor's columns as untyped text (PostgreSQL casts each to its column's type), or NULLs. */
  private void put(Map<String, Object> bound, String name, Cursor cursor) {
    for (int k = 0; k < keys.size(); k++) {
      bound.put(RowChange.Statement.cursorPart(name, k), cursor == null ? null : cursor.text(k));
    }
  }

  private void bindBounds(PreparedStatement ps, Cursor from, Cursor jobMax, int size) throws SQLException {
    int i = keys.bind(ps, 1, from);
    i = keys.bind(ps, i, jobMax);
    ps.setInt(i, size);
  }

  /**
   * Has PostgreSQL plan, without running anything, the bounds query, each value's query and each
   * statement (EXPLAIN, in a transaction that is rolled back): the job arguments bound as they are,
   * the cursors and the values as NULLs of no type.
   */
  @Override
  public void verify(Connection c) throws SQLException {
    Map<String, Object> plausible = new LinkedHashMap<>(change.arguments());
    put(plausible, RowChange.Statement.SUB_BATCH_START, null);
    put(plausible, RowChange.Statement.SUB_BATCH_END, null);
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      try (PreparedStatement ps = c.prepareStatement("EXPLAIN (COSTS OFF) " + fromStart)) {
        bindBounds(ps, null, null, 1);
        StatementSubBatch.drain(ps);
      }
      for (RowChange.JobValue v : change.values()) {
        StatementSubBatch.explain(c, "value " + v.name() + ": ",
            StatementSubBatch.fragment(StatementSubBatch.valueSql(v), v.parameters(), plausible));
        plausible.put(v.name(), null);
      }
      for (RowChange.Step step : change.steps()) {
        StatementSubBatch.explain(c, "", StatementSubBatch.fragment(step.sql(), step.parameters(), plausible));
      }
    } finally {
      c.rollback();
      c.setAutoCommit(autoCommit);
    }
  }
}
