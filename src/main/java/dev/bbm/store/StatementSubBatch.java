package dev.bbm.store;

import dev.bbm.domain.RowChange;
import dev.bbm.domain.SqlFragment;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a job definition's whole statement ({@link RowChange.Statement}) runs per sub-batch: in one
 * transaction, first the sub-batch's bounds (the smallest and largest batch-column value of the next
 * {@code size} rows from the cursor that meet the scope, as GitLab's each_batch finds them), then
 * the statement with those bounds, the job's range, the job arguments and the job's values bound
 * by name. Values are computed once per job, before its first sub-batch.
 */
final class StatementSubBatch {
  private final RowChange.Statement change;
  private final String boundsSql;
  private final SqlFragment scope;

  StatementSubBatch(String quotedTable, String quotedColumn, RowChange.Statement change, SqlFragment scope) {
    this.change = change;
    this.scope = scope;
    String col = quotedColumn;
    this.boundsSql = "SELECT min(" + col + ")::int8, max(" + col + ")::int8 FROM (SELECT " + col + " FROM "
        + quotedTable + " WHERE " + col + " >= ? AND " + col + " <= ?" + Bindings.and(scope) + " ORDER BY " + col
        + " LIMIT ?) s";
  }

  /** For --dry-run: both statements of a sub-batch. */
  String describe() {
    return boundsSql + "; then, in the same transaction, with :sub_batch_start and :sub_batch_end its min and max: "
        + change.sql();
  }

  /** The statement alone, as a sub-batch by key range runs it. */
  String rangeSql() {
    return change.sql();
  }

  /**
   * The values a job binds by name: the job arguments, {@code start_id} and {@code end_id}, and each
   * value, whose query runs now as a scalar subquery (so PostgreSQL refuses more than one column or
   * row; no row is NULL).
   */
  Map<String, Object> jobValues(Connection c, long startId, long endId) throws SQLException {
    Map<String, Object> bound = new LinkedHashMap<>(change.arguments());
    bound.put(RowChange.Statement.START_ID, startId);
    bound.put(RowChange.Statement.END_ID, endId);
    return withValues(c, change, bound);
  }

  /** {@code bound} and each of the change's values, computed now from {@code bound}, by name. */
  static Map<String, Object> withValues(Connection c, RowChange.Statement change, Map<String, Object> bound)
      throws SQLException {
    Map<String, Object> values = new LinkedHashMap<>();
    for (RowChange.JobValue v : change.values()) {
      try (PreparedStatement ps = c.prepareStatement(valueSql(v))) {
        Bindings.bind(ps, 1, fragment(v.sql(), v.parameters(), bound));
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          values.put(v.name(), bindable(rs));
        }
      } catch (SQLException e) {
        throw new SQLException("value " + v.name() + ": " + SqlErrors.firstLine(e.getMessage()), e.getSQLState(), e);
      }
    }
    bound.putAll(values);
    return Collections.unmodifiableMap(bound);
  }

  static String valueSql(RowChange.JobValue v) {
    return "SELECT (" + v.sql() + ")";
  }

  /** A value as bbm binds it: whole numbers as bigint, numeric, boolean, text; anything else as its text. */
  private static Object bindable(ResultSet rs) throws SQLException {
    Object o = rs.getObject(1);
    if (o == null || o instanceof Long || o instanceof BigDecimal || o instanceof Boolean || o instanceof String) {
      return o;
    }
    if (o instanceof Integer || o instanceof Short) {
      return ((Number) o).longValue();
    }
    if (o instanceof Double || o instanceof Float) {
      return new BigDecimal(o.toString());
    }
    return rs.getString(1);
  }

  /** One sub-batch: its bounds, then the statement; returns the last value covered and the rows affected. */
  SubBatchStatement.Result run(Connection c, Map<String, Object> job, long from, long jobMax, int size)
      throws SQLException {
    return Database.inTransaction(c, tx -> {
      Long lo;
      Long hi;
      try (PreparedStatement ps = tx.prepareStatement(boundsSql)) {
        bindBounds(ps, from, jobMax, size);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          lo = rs.getObject(1, Long.class);
          hi = rs.getObject(2, Long.class);
        }
      }
      if (hi == null) {
        return new SubBatchStatement.Result(null, 0);
      }
      return new SubBatchStatement.Result(hi, execute(tx, job, lo, hi));
    });
  }

  /** The statement over a key range, {@code from..to}, as one sub-batch ({@code --fast}). */
  long runRange(Connection c, Map<String, Object> job, long from, long to) throws SQLException {
    if (change.steps().size() == 1) {
      return execute(c, job, from, to);
    }
    return Database.inTransaction(c, tx -> execute(tx, job, from, to));
  }

  /** Each statement in order with the sub-batch's bounds; the rows they report, added up. */
  private long execute(Connection c, Map<String, Object> job, long lo, long hi) throws SQLException {
    Map<String, Object> bound = new LinkedHashMap<>(job);
    bound.put(RowChange.Statement.SUB_BATCH_START, lo);
    bound.put(RowChange.Statement.SUB_BATCH_END, hi);
    long rows = 0;
    for (RowChange.Step step : change.steps()) {
      try (PreparedStatement ps = c.prepareStatement(step.sql())) {
        Bindings.bind(ps, 1, fragment(step.sql(), step.parameters(), bound));
        rows += ps.executeLargeUpdate();
      }
    }
    return rows;
  }

  private void bindBounds(PreparedStatement ps, long from, long jobMax, int size) throws SQLException {
    ps.setLong(1, from);
    ps.setLong(2, jobMax);
    int i = Bindings.bind(ps, 3, scope);
    ps.setInt(i, size);
  }

  static SqlFragment fragment(String sql, List<String> parameters, Map<String, Object> bound) {
    List<Object> values = new ArrayList<>();
    parameters.forEach(p -> values.add(bound.get(p)));
    return new SqlFragment(sql, values);
  }

  /**
   * Has PostgreSQL plan, without running anything, the bounds query, each value's query and the
   * statement (EXPLAIN, in a transaction that is rolled back). The job arguments are bound as they
   * are, the bounds and the job's range as 0, the values as NULL of no type. Throws the database's
   * error, a value's prefixed with its name.
   */
  void verify(Connection c) throws SQLException {
    Map<String, Object> plausible = new LinkedHashMap<>(change.arguments());
    for (String name : RowChange.Statement.BUILT_IN) {
      plausible.put(name, 0L);
    }
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      try (PreparedStatement ps = c.prepareStatement("EXPLAIN (COSTS OFF) " + boundsSql)) {
        bindBounds(ps, 0, 0, 1);
        drain(ps);
      }
      for (RowChange.JobValue v : change.values()) {
        explain(c, "value " + v.name() + ": ", fragment(valueSql(v), v.parameters(), plausible));
        plausible.put(v.name(), null);
      }
      for (RowChange.Step step : change.steps()) {
        explain(c, "", fragment(step.sql(), step.parameters(), plausible));
      }
    } finally {
      c.rollback();
      c.setAutoCommit(autoCommit);
    }
  }

  static void explain(Connection c, String prefix, SqlFragment f) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("EXPLAIN (COSTS OFF) " + f.sql())) {
      Bindings.bind(ps, 1, f);
      drain(ps);
    } catch (SQLException e) {
      throw prefix.isEmpty() ? e : new SQLException(prefix + SqlErrors.firstLine(e.getMessage()), e.getSQLState(), e);
    }
  }

  static void drain(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        // the plan itself is not needed
      }
    }
  }
}
