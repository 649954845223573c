package dev.bbm.store;

import dev.bbm.domain.Identifiers;
import dev.bbm.domain.RowChange;
import dev.bbm.domain.SqlFragment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How a sub-batch's {@link RowChange} runs as SQL: one statement (its own transaction) finds the
 * sub-batch's upper bound among the next {@code size} values and changes that range. GitLab issues
 * the same each_batch range in two round trips; the rows touched are the same.
 *
 * <p>With a scope (GitLab's scope_to), only rows matching it count towards the sub-batch and
 * only they are changed.
 *
 * <p>A definition's whole statement ({@link RowChange.Statement}) runs through
 * {@link StatementSubBatch}: bounds first, then the statement, in one transaction. It binds values
 * per job, so a job's walk starts with {@link #forJob}.
 */
public final class SubBatchStatement implements Plannable {
  /** The last batch-column value covered (null when no rows were left) and the rows updated. */
  public record Result(Long coveredUpTo, long rowsUpdated) {}

  private final String sql;
  private final String rangeSql;
  private final SqlFragment set;
  private final SqlFragment scope;
  /** A definition's whole statement, or null for the changes bbm writes itself. */
  private final StatementSubBatch custom;
  /** The custom statement's values for one job, once {@link #forJob} computed them. */
  private final Map<String, Object> job;
  /** The lowest key of a row in a key range (in the scope): where a sub-batch by key range starts. */
  private final String nextKeySql;
  private final SqlFragment probeScope;

  /**
   * The statement for a change of a table's rows, or null when the change is none.
   *
   * @param table the table, validated, optionally schema-qualified
   * @param batchColumn the batch column, validated
   * @param change what each sub-batch does
   * @param scope an extra condition on the rows, or null
   */
  public static SubBatchStatement of(String table, String batchColumn, RowChange change, SqlFragment scope) {
    if (change instanceof RowChange.Statement statement) {
      String t = Identifiers.quoteQualified(table);
      String col = Identifiers.quote(batchColumn);
      return new SubBatchStatement(new StatementSubBatch(t, col, statement, scope), null,
          nextKeySql(t, col, scope), scope);
    }
    Shape shape = shape(Identifiers.quoteQualified(table), change);
    return shape == null ? null
        : new SubBatchStatement(Identifiers.quoteQualified(table), Identifiers.quote(batchColumn), shape.set(),
            shape.update(), scope);
  }

  /**
   * A change as SQL, given the condition that picks the sub-batch's rows of the batch table.
   *
   * @param set the values bound before the rows' condition (the SET clause's placeholders)
   * @param update the statement, given that condition
   */
  record Shape(SqlFragment set, UnaryOperator<String> update) {}

  /** The statement of a change of a table's rows, or null when the change is none. */
  static Shape shape(String quotedTable, RowChange change) {
    if (change instanceof RowChange.CopyColumns copy) {
      SqlFragment set = copies(copy);
      return new Shape(set, setting(quotedTable, set));
    }
    if (change instanceof RowChange.SetExpressions set) {
      return new Shape(set.set(), setting(quotedTable, set.set()));
    }
    if (change instanceof RowChange.InsertInto insert) {
      return new Shape(SqlFragment.of(""), inserting(quotedTable, insert));
    }
    if (change instanceof RowChange.UpdateFrom from) {
      return new Shape(SqlFragment.of(""), joining(quotedTable, from));
    }
    return null;
  }

  /** {@code UPDATE t SET ... WHERE <rows>}. */
  private static UnaryOperator<String> setting(String quotedTable, SqlFragment set) {
    return rows -> "UPDATE " + quotedTable + " SET " + set.sql() + " WHERE " + rows;
  }

  /**
   * GitLab's sharding-key backfill: the target table under an alias, so that no column of the via
   * table makes a name ambiguous; the sub-batch's rows chosen by id in a single-table subquery,
   * as GitLab's {@code id IN (sub_batch.select(:id))}.
   */
  private static UnaryOperator<String> joining(String quotedTable, RowChange.UpdateFrom f) {
    return rows -> "UPDATE " + quotedTable + " AS bbm_t SET " + Identifiers.quote(f.targetColumn()) + " = bbm_v."
        + Identifiers.quote(f.viaColumn()) + " FROM " + Identifiers.quoteQualified(f.viaTable()) + " AS bbm_v"
        + " WHERE bbm_v.\"id\" = bbm_t." + Identifiers.quote(f.viaForeignKey()) + partition(f)
        + " AND bbm_t.\"id\" IN (SELECT \"id\""
        + " FROM " + quotedTable + " WHERE " + rows + ")";
  }

  private static SqlFragment copies(RowChange.CopyColumns copy) {
    List<String> parts = new ArrayList<>();
    for (RowChange.ColumnCopy c : copy.copies()) {
      parts.add(Identifiers.quote(c.target()) + " = " + Identifiers.quote(c.source()));
    }
    return SqlFragment.of(String.join(", ", parts));
  }

  /** GitLab's BulkCopy: the sub-batch's rows copied, those whose key is there already left alone. */
  private static UnaryOperator<String> inserting(String quotedTable, RowChange.InsertInto i) {
    String columns = String.join(", ", i.columns().stream().map(Identifiers::quote).toList());
    String conflict = String.join(", ", i.conflictColumns().stream().map(Identifiers::quote).toList());
    return rows -> "INSERT INTO " + Identifiers.quoteQualified(i.destinationTable()) + " (" + columns + ") SELECT "
        + columns + " FROM " + quotedTable + " WHERE " + rows + " FOR UPDATE ON CONFLICT (" + conflict + ") DO NOTHING";
  }

  private static String partition(RowChange.UpdateFrom f) {
    if (f.partitionColumn() == null) {
      return "";
    }
    String p = Identifiers.quote(f.partitionColumn());
    return " AND bbm_v." + p + " = bbm_t." + p;
  }

  private SubBatchStatement(String quotedTable, String quotedColumn, SqlFragment set, UnaryOperator<String> update,
      SqlFragment scope) {
    String col = quotedColumn;
    String and = Bindings.and(scope);
    this.set = set;
    this.scope = scope;
    this.sql = "WITH b AS (SELECT max(" + col + ")::int8 AS hi FROM (SELECT " + col + " FROM " + quotedTable
        + " WHERE " + col + " >= ? AND " + col + " <= ?" + and + " ORDER BY " + col + " LIMIT ?) s),"
        + " u AS (" + update.apply(col + " >= ? AND " + col + " <= (SELECT hi FROM b)" + and) + " RETURNING 1)"
        + " SELECT (SELECT hi FROM b), (SELECT count(*) FROM u)";
    this.rangeSql = update.apply(col + " >= ? AND " + col + " <= ?" + and);
    this.custom = null;
    this.job = null;
    this.nextKeySql = nextKeySql(quotedTable, quotedColumn, scope);
    this.probeScope = scope;
  }

  private SubBatchStatement(StatementSubBatch custom, Map<String, Object> job, String nextKeySql,
      SqlFragment probeScope) {
    this.set = SqlFragment.of("");
    this.scope = null;
    this.sql = custom.describe();
    this.rangeSql = custom.rangeSql();
    this.custom = custom;
    this.job = job;
    this.nextKeySql = nextKeySql;
    this.probeScope = probeScope;
  }

  /** One index probe: the lowest batch-column value in a range, among the rows in the scope. */
  private static String nextKeySql(String quotedTable, String quotedColumn, SqlFragment scope) {
    String col = quotedColumn;
    return "SELECT min(" + col + ")::int8 FROM " + quotedTable + " WHERE " + col + " >= ? AND " + col + " <= ?"
        + Bindings.and(scope);
  }

  /**
   * The statement for one job: a definition's statement gets the job's range and computes its
   * values now (once per job, before its first sub-batch); any other is returned as it is.
   */
  public SubBatchStatement forJob(Connection c, long startId, long endId) throws SQLException {
    return custom == null ? this
        : new SubBatchStatement(custom, custom.jobValues(c, startId, endId), nextKeySql, probeScope);
  }

  private Map<String, Object> job() {
    if (job == null) {
      throw new IllegalStateException("a statement definition runs per job: call forJob first");
    }
    return job;
  }

  public String sql() {
    return sql;
  }

  public Result run(Connection c, long from, long jobMax, int size) throws SQLException {
    if (custom != null) {
      return custom.run(c, job(), from, jobMax, size);
    }
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, from, jobMax, size);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new Result(rs.getObject(1, Long.class), rs.getLong(2));
      }
    }
  }

  /**
   * The lowest key in {@code from..to} of a row a sub-batch would change (in the scope), or null
   * when there is none: one index probe, so that sub-batches by key range ({@code --fast}) step
   * over empty stretches of keys instead of walking them. The rows a job covers stay the same.
   */
  public Long nextKey(Connection c, long from, long to) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(nextKeySql)) {
      ps.setLong(1, from);
      ps.setLong(2, to);
      Bindings.bind(ps, 3, probeScope);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getObject(1, Long.class);
      }
    }
  }

  /** The statement {@link #runRange} runs: every row of a key range, without counting rows first. */
  public String rangeSql() {
    return rangeSql;
  }

  /**
   * A sub-batch by key range ({@code --fast}): updates the rows whose batch column lies in
   * {@code from..to}, in one statement and one round trip; returns the rows updated. The rows a
   * job covers are the same as with {@link #run}: only how its range is cut differs.
   */
  public long runRange(Connection c, long from, long to) throws SQLException {
    if (custom != null) {
      return custom.runRange(c, job(), from, to);
    }
    try (PreparedStatement ps = c.prepareStatement(rangeSql)) {
      int i = Bindings.bind(ps, 1, set);
      ps.setLong(i++, from);
      ps.setLong(i++, to);
      Bindings.bind(ps, i, scope);
      return ps.executeUpdate();
    }
  }

  /**
   * Lets PostgreSQL parse and plan the statement without running it (EXPLAIN, in a transaction
   * that is rolled back), so that a SET clause or scope that does not fit the table fails before
   * anything changes. Throws the database's error.
   */
  @Override
  public void verify(Connection c) throws SQLException {
    if (custom != null) {
      custom.verify(c);
      return;
    }
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try (PreparedStatement ps = c.prepareStatement("EXPLAIN (COSTS OFF) " + sql)) {
      bind(ps, 0, 0, 1);
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

  private void bind(PreparedStatement ps, long from, long jobMax, int size) throws SQLException {
    int i = 1;
    ps.setLong(i++, from);
    ps.setLong(i++, jobMax);
    i = Bindings.bind(ps, i, scope);
    ps.setInt(i++, size);
    i = Bindings.bind(ps, i, set);
    ps.setLong(i++, from);
    Bindings.bind(ps, i, scope);
  }
}
