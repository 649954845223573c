package dev.bbm.store;

import dev.bbm.domain.BatchingKind;
import dev.bbm.domain.Identifiers;
import dev.bbm.domain.JobRange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * GitLab's LooseIndexScanBatchingStrategy (reference §3.2): batch_size counts distinct values,
 * found by a recursive loose index scan, so a non-unique column (a foreign key) batches in steps
 * of distinct values rather than rows. Like GitLab's, it ignores a job's scope.
 */
public final class LooseIndexScanBatching implements BatchingStrategy {
  private final String quotedTable;
  private final String quotedColumn;

  LooseIndexScanBatching(String table, String batchColumn) {
    this.quotedTable = Identifiers.quoteQualified(table);
    this.quotedColumn = Identifiers.quote(batchColumn);
  }

  @Override
  public BatchingKind kind() {
    return BatchingKind.LOOSE_INDEX_SCAN;
  }

  @Override
  public Optional<JobRange> nextRange(Connection c, long min, int batchSize) throws SQLException {
    return nextDistinctBatch(c, quotedTable, quotedColumn, min, batchSize);
  }

  @Override
  public Optional<JobCoverage.Gap> firstGap(Connection c, JobCoverage coverage, long migrationId, long from,
      long max) throws SQLException {
    return coverage.firstGapWithRows(c, migrationId, from, max, quotedTable, quotedColumn, null);
  }

  @Override
  public String describe() {
    return "jobs are batched with " + kind().className();
  }

  /** The next range of {@code batchSize} distinct values at or above {@code minValue}. */
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
