package dev.bbm.store;

import dev.bbm.domain.JobRange;
import dev.bbm.domain.SqlFragment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * GitLab's PrimaryKeyBatchingStrategy (reference §3.1) in one round trip: the first value at or
 * above the minimum, the (batch_size+1)-th value as the exclusive stop, and the largest value
 * below the stop. Not clamped: the caller clamps to the migration's max_value.
 */
public final class Batching {
  private Batching() {}

  public static Optional<JobRange> nextBatch(Connection c, String quotedTable, String quotedColumn,
      long minValue, int batchSize) throws SQLException {
    return nextBatch(c, quotedTable, quotedColumn, minValue, batchSize, null);
  }

  /**
   * As {@link #nextBatch(Connection, String, String, long, int)}, counting only the rows that
   * match {@code scope} (GitLab's scope_to, applied by filter_batch), or all rows when it is null.
   */
  public static Optional<JobRange> nextBatch(Connection c, String quotedTable, String quotedColumn,
      long minValue, int batchSize, SqlFragment scope) throws SQLException {
    String t = quotedTable;
    String col = quotedColumn;
    String and = Bindings.and(scope);
    // Each max() has plain index bounds: a backward index scan that stops at its first row. (With
    // "stop IS NULL OR col < stop" in one condition, PostgreSQL scans back from the end of the index.)
    String sql = "WITH s AS (SELECT " + col + " AS v FROM " + t + " WHERE " + col + " >= ?" + and + " ORDER BY "
        + col + " LIMIT 1), e AS (SELECT " + col + " AS v FROM " + t + " WHERE " + col + " >= (SELECT v FROM s)"
        + and + " ORDER BY " + col + " LIMIT 1 OFFSET ?)"
        + " SELECT (SELECT v FROM s)::int8, CASE WHEN (SELECT v FROM e) IS NULL"
        + " THEN (SELECT max(" + col + ")::int8 FROM " + t + " WHERE " + col + " >= (SELECT v FROM s)" + and + ")"
        + " ELSE (SELECT max(" + col + ")::int8 FROM " + t + " WHERE " + col + " >= (SELECT v FROM s) AND " + col
        + " < (SELECT v FROM e)" + and + ") END";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      ps.setLong(i++, minValue);
      i = Bindings.bind(ps, i, scope);
      i = Bindings.bind(ps, i, scope);
      ps.setInt(i++, batchSize);
      i = Bindings.bind(ps, i, scope);
      Bindings.bind(ps, i, scope);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        Long start = rs.getObject(1, Long.class);
        Long end = rs.getObject(2, Long.class);
        if (start == null || end == null) {
          return Optional.empty();
        }
        return Optional.of(new JobRange(start, end));
      }
    }
  }

  /**
   * GitLab's LooseIndexScanBatchingStrategy (reference §3.2): batch_size counts distinct values,
   * found by a recursive loose index scan, so a non-unique column (a foreign key) batches in
   * steps of distinct values rather than rows.
   */
  public static Optional<JobRange> nextDistinctBatch(Connection c, String quotedTable, String quotedColumn,
      long minValue, int batchSize) throws SQLException {
    String col = quotedColumn;
    String sql = "WITH RECURSIVE scan AS ((SELECT " + col + " AS v FROM " + quotedTable + " WHERE " + col
        + " >= ? ORDER BY " + col + " LIMIT 1) UNION ALL SELECT (SELECT " + col + " FROM " + quotedTable
        + " WHERE " + col + " > scan.v ORDER BY " + col + " LIMIT 1) FROM scan WHERE scan.v IS NOT NULL)"
        + " SELECT min(v)::int8, max(v)::int8 FROM (SELECT v FROM scan WHERE v IS NOT NULL LIMIT ?) s";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, minValue);
      ps.setInt(2, batchSize);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        Long start = rs.getObject(1, Long.class);
        Long end = rs.getObject(2, Long.class);
        return start == null || end == null ? Optional.empty() : Optional.of(new JobRange(start, end));
      }
    }
  }
}
