package dev.bbm.store;

import dev.bbm.domain.ColumnInfo;
import dev.bbm.domain.Identifiers;
import dev.bbm.domain.TableShape;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Looks tables and columns up in pg_catalog, with names bound as values, never interpolated. */
public final class Catalog {
  Catalog() {}

  /** The table's columns and indexes, or empty when no such table is visible. */
  public Optional<TableInfo> table(Connection c, String tableName) throws SQLException {
    String quoted = Identifiers.quoteQualified(tableName);
    Long oid;
    try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?)::oid::int8")) {
      ps.setString(1, quoted);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        oid = rs.getObject(1, Long.class);
      }
    }
    if (oid == null) {
      return Optional.empty();
    }
    Map<String, String> columns = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT attname, format_type(atttypid, atttypmod)"
        + " FROM pg_attribute WHERE attrelid = ?::oid AND attnum > 0 AND NOT attisdropped ORDER BY attnum")) {
      ps.setLong(1, oid);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          columns.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    Set<String> leading = new HashSet<>();
    // only a whole-table btree index serves the range scans batching makes: hash and BRIN (and
    // GIN, GiST) indexes cannot walk keys in order, and a partial index does not hold every row
    try (PreparedStatement ps = c.prepareStatement("SELECT a.attname FROM pg_index i"
        + " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]"
        + " JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam"
        + " WHERE i.indrelid = ?::oid AND i.indisvalid AND i.indpred IS NULL AND am.amname = 'btree'")) {
      ps.setLong(1, oid);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          leading.add(rs.getString(1));
        }
      }
    }
    return Optional.of(new TableInfo(quoted, columns, leading));
  }

  /** A table's columns in order, its primary key in key order, and whether it is partitioned; empty when absent. */
  public Optional<TableShape> shape(Connection c, String tableName) throws SQLException {
    String quoted = Identifiers.quoteQualified(tableName);
    List<String> columns = new ArrayList<>();
    List<String> key = new ArrayList<>();
    boolean partitioned = false;
    try (PreparedStatement ps = c.prepareStatement("SELECT a.attname, cl.relkind = 'p',"
        + " array_position(i.indkey::int2[], a.attnum) FROM pg_class cl"
        + " JOIN pg_attribute a ON a.attrelid = cl.oid AND a.attnum > 0 AND NOT a.attisdropped"
        + " LEFT JOIN pg_index i ON i.indrelid = cl.oid AND i.indisprimary"
        + " WHERE cl.oid = to_regclass(?) ORDER BY a.attnum")) {
      ps.setString(1, quoted);
      List<int[]> positions = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          columns.add(rs.getString(1));
          partitioned = rs.getBoolean(2);
          int position = rs.getInt(3);
          if (!rs.wasNull()) {
            positions.add(new int[] {position, columns.size() - 1});
          }
        }
      }
      positions.sort((a, b) -> Integer.compare(a[0], b[0]));
      positions.forEach(p -> key.add(columns.get(p[1])));
    }
    return columns.isEmpty() ? Optional.empty() : Optional.of(new TableShape(tableName, columns, key, partitioned));
  }

  /** A table's columns in order, with type, nullability and default; empty when no such table is visible. */
  public List<ColumnInfo> columns(Connection c, String tableName) throws SQLException {
    List<ColumnInfo> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT a.attname, format_type(a.atttypid, a.atttypmod),"
        + " a.attnotnull, pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a"
        + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
        + " WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum")) {
      ps.setString(1, Identifiers.quoteQualified(tableName));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new ColumnInfo(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4)));
        }
      }
    }
    return out;
  }

  /**
   * One table of this database that GitLab has write-locked because another of its databases owns it
   * (lock_writes' trigger gitlab_schema_write_trigger_for_TABLE), or empty: GitLab keeps every table in
   * every database, and locks those another database serves, only when it has several databases.
   */
  public Optional<String> writeLockedTable(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
        + " WHERE NOT t.tgisinternal AND t.tgname LIKE 'gitlab\\_schema\\_write\\_trigger\\_for\\_%' ORDER BY c.relname"
        + " LIMIT 1");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
    }
  }
}
