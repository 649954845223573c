package dev.bbm.store;

import dev.bbm.domain.SqlFragment;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Binds values to a prepared statement: a {@link SqlFragment}'s, or a plain list. */
final class Bindings {
  private Bindings() {}

  /**
   * Binds {@code fragment}'s values from parameter {@code index} on; returns the next free index.
   * A null fragment binds nothing.
   */
  static int bind(PreparedStatement ps, int index, SqlFragment fragment) throws SQLException {
    if (fragment == null) {
      return index;
    }
    int i = index;
    for (Object v : fragment.values()) {
      if (v == null) {
        ps.setNull(i, Types.OTHER);
      } else if (v instanceof Long l) {
        ps.setLong(i, l);
      } else if (v instanceof BigDecimal d) {
        ps.setBigDecimal(i, d);
      } else if (v instanceof Boolean b) {
        ps.setBoolean(i, b);
      } else if (v instanceof String s) {
        // untyped, so that PostgreSQL infers the type from where the placeholder stands
        ps.setObject(i, s, Types.OTHER);
      } else {
        throw new IllegalArgumentException("cannot bind a " + v.getClass().getName());
      }
      i++;
    }
    return i;
  }

  /** Binds each value with setObject, from parameter 1 on. */
  static void all(PreparedStatement ps, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      ps.setObject(i + 1, values[i]);
    }
  }

  /** {@code " AND (scope)"}, or nothing without a scope. */
  static String and(SqlFragment scope) {
    return scope == null ? "" : " AND (" + scope.sql() + ")";
  }
}
