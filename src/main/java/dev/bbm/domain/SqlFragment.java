package dev.bbm.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A piece of SQL for a prepared statement and the values of its {@code ?} placeholders, in order.
 * Values are never spliced into the text: they are bound when the statement runs.
 *
 * <p>Values may be {@code Long}, {@code BigDecimal}, {@code Boolean}, {@code String} or null. A
 * string is sent without a type, so PostgreSQL gives it the type its context asks for (a number
 * column, a date, text); a literal {@code ?} in the text is written {@code ??}, as JDBC wants.
 */
public record SqlFragment(String sql, List<Object> values) {
  public SqlFragment {
    values = Collections.unmodifiableList(new ArrayList<>(values));
  }

  /** SQL without placeholders. */
  public static SqlFragment of(String sql) {
    return new SqlFragment(sql, List.of());
  }
}
