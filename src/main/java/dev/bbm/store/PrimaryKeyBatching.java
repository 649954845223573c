package dev.bbm.store;

import dev.bbm.domain.BatchingKind;
import dev.bbm.domain.Identifiers;
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
public final class PrimaryKeyBatching implements BatchingStrategy {
  private final String quotedTable;
  private final String quotedColumn;
  private final SqlFragment scope;

  PrimaryKeyBatching(String table, String batchColumn, SqlFragment scope) {
    this.quotedTable = Identifiers.quoteQualified(table);
    this.quotedColumn = Identifiers.quote(batchColumn);
    this.scope = scope;
  }

  @Override
  public BatchingKind kind() {
    return BatchingKind.PRIMARY_KEY;
  }

  @Override
  public Optional<JobRange> nextRange(Connection c, long min, int batchSize) throws SQLException {
    return nextBatch(c, quotedTable, quotedColumn, min, batchSize, scope);
  }

  @Override
  public Optional<JobCoverage.Gap> firstGap(Connection c, JobCoverage coverage, long migrationId, long from,
      long max) throws SQLException {
    return coverage.firstGapWithRows(c, migrationId, from, max, quotedTable, quotedColumn, scope);
  }

  @Override
  public String describe() {
    return "jobs are batched with " + kind().className() + (scope == null ? "" : ", counting only rows in the scope");
  }

  public static Optional<JobRange> nextBatch(Connection c, String quotedTable, String quotedColumn,
      long minValue, int batchSize) throws SQLException {
    return nextBatch(c, quotedTable, quotedColumn, minValue, batchSize, null);
  }

  /**
   * The next range of {@code batchSize} rows at or above {@code minValue}, counting only the rows that
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
}
