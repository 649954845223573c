package dev.bbm.store;

import dev.bbm.domain.Cursor;
import dev.bbm.domain.CursorRange;
import dev.bbm.domain.Identifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * GitLab's PrimaryKeyBatchingStrategy over a cursor (reference §3.1, 17.6+): keyset pagination in
 * the order of the cursor columns, the rows strictly after the given cursor, and of the first
 * {@code batch_size} of them the first and the last. Not clamped: the caller clamps to max_cursor.
 */
public final class CursorBatching {
  private final String quotedTable;
  private final CursorKeys keys;

  /**
   * @param table the batch table, validated, optionally schema-qualified
   * @param columns the cursor columns, validated, in the job class's order
   * @param numeric for each column, whether it holds integers
   */
  public CursorBatching(String table, List<String> columns, List<Boolean> numeric) {
    this.quotedTable = Identifiers.quoteQualified(table);
    this.keys = new CursorKeys(columns, numeric);
  }

  CursorKeys keys() {
    return keys;
  }

  String quotedTable() {
    return quotedTable;
  }

  /** The next job's first and last cursor after {@code after}, or empty when no row is left. */
  public Optional<CursorRange> nextRange(Connection c, Cursor after, int batchSize) throws SQLException {
    String rows = "SELECT " + keys.columns() + " FROM " + quotedTable + " WHERE " + keys.row(null) + " > "
        + keys.placeholders() + " ORDER BY " + keys.order(false) + " LIMIT ?";
    String sql = "WITH s AS (" + rows + ")"
        + " SELECT " + keys.asText("f") + ", " + keys.asText("l")
        + " FROM (SELECT * FROM s ORDER BY " + keys.order(false) + " LIMIT 1) f,"
        + " (SELECT * FROM s ORDER BY " + keys.order(true) + " LIMIT 1) l";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = keys.bind(ps, 1, after);
      ps.setInt(i, Math.max(1, batchSize));
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new CursorRange(keys.read(rs, 1), keys.read(rs, 1 + keys.size())));
      }
    }
  }

  /** For --dry-run: how jobs are cut. */
  public String describe() {
    return "jobs are batched by cursor over (" + keys.columns().replace("\"", "") + "), in that order, as GitLab"
        + " 17.6+ does; the scope, if any, is not applied to batching, as GitLab's cursor batching does not";
  }
}
