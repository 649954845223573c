package dev.bbm.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One sub-batch of a job in one statement (its own transaction): find the sub-batch's upper
 * bound among the next {@code size} values and update that range. GitLab issues the same
 * each_batch range in two round trips; the rows touched are the same.
 */
public final class SubBatchUpdate {
  /** The last batch-column value covered (null when no rows were left) and the rows updated. */
  public record Result(Long coveredUpTo, long rowsUpdated) {}

  private final String sql;

  /**
   * @param quotedTable the table, quoted
   * @param quotedColumn the batch column, quoted
   * @param setClause the assignments, built only from quoted identifiers
   */
  public SubBatchUpdate(String quotedTable, String quotedColumn, String setClause) {
    String col = quotedColumn;
    this.sql = "WITH b AS (SELECT max(" + col + ")::int8 AS hi FROM (SELECT " + col + " FROM " + quotedTable
        + " WHERE " + col + " >= ? AND " + col + " <= ? ORDER BY " + col + " LIMIT ?) s),"
        + " u AS (UPDATE " + quotedTable + " SET " + setClause + " WHERE " + col + " >= ? AND " + col
        + " <= (SELECT hi FROM b) RETURNING 1)"
        + " SELECT (SELECT hi FROM b), (SELECT count(*) FROM u)";
  }

  public String sql() {
    return sql;
  }

  public Result run(Connection c, long from, long jobMax, int size) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, from);
      ps.setLong(2, jobMax);
      ps.setInt(3, size);
      ps.setLong(4, from);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new Result(rs.getObject(1, Long.class), rs.getLong(2));
      }
    }
  }
}
