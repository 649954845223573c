package dev.bbm.store;

import dev.bbm.domain.Cursor;
import dev.bbm.domain.Identifiers;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The cursor columns of a cursor-batched migration as SQL: the row value {@code ("a", "b")}, its
 * order, and cursors bound and read back. Values are bound as untyped text, so PostgreSQL casts
 * each to its column's type; they are read back as GitLab writes them (numbers for integer
 * columns, strings otherwise).
 */
final class CursorKeys {
  private final List<String> quoted;
  private final List<Boolean> numeric;

  /**
   * @param columns the cursor columns, validated identifiers, in the job class's order
   * @param numeric for each column, whether its values are JSON numbers (integer columns)
   */
  CursorKeys(List<String> columns, List<Boolean> numeric) {
    this.quoted = columns.stream().map(Identifiers::quote).toList();
    this.numeric = List.copyOf(numeric);
  }

  int size() {
    return quoted.size();
  }

  /** {@code ("a", "b")}, optionally with a table alias before each column. */
  String row(String alias) {
    return "(" + String.join(", ", prefixed(alias)) + ")";
  }

  /** {@code (?, ?)}: one placeholder per column. */
  String placeholders() {
    return "(" + String.join(", ", quoted.stream().map(q -> "?").toList()) + ")";
  }

  String columns() {
    return String.join(", ", quoted);
  }

  String order(boolean descending) {
    return String.join(", ", quoted.stream().map(q -> q + (descending ? " DESC" : "")).toList());
  }

  /** Each column as text, for reading a cursor back: {@code "a"::text, "b"::text}. */
  String asText(String alias) {
    return String.join(", ", prefixed(alias).stream().map(q -> q + "::text").toList());
  }

  /** Binds a cursor's values from {@code index}, or NULLs when it is null; returns the next index. */
  int bind(PreparedStatement ps, int index, Cursor cursor) throws SQLException {
    int i = index;
    for (int k = 0; k < quoted.size(); k++) {
      if (cursor == null) {
        ps.setNull(i++, Types.OTHER);
      } else {
        ps.setObject(i++, cursor.text(k), Types.OTHER);
      }
    }
    return i;
  }

  /** A cursor from {@code size()} text columns starting at {@code first}, or null when they are NULL. */
  Cursor read(ResultSet rs, int first) throws SQLException {
    List<Object> values = new ArrayList<>();
    for (int k = 0; k < quoted.size(); k++) {
      String v = rs.getString(first + k);
      if (v == null) {
        return null;
      }
      values.add(numeric.get(k) ? number(v) : v);
    }
    return new Cursor(values);
  }

  private static Object number(String v) {
    BigDecimal d = new BigDecimal(v);
    try {
      return d.longValueExact();
    } catch (ArithmeticException e) {
      return d;
    }
  }

  private List<String> prefixed(String alias) {
    return alias == null ? quoted : quoted.stream().map(q -> alias + "." + q).toList();
  }
}
