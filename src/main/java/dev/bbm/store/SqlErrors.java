package dev.bbm.store;

import java.sql.SQLException;
import java.util.Map;

/**
 * Maps PostgreSQL errors to what GitLab's Rails would record (exception class names in the
 * transition logs) and to what bbm must do about them (timeout, lost connection).
 */
public final class SqlErrors {
  private SqlErrors() {}

  private static final Map<String, String> RAILS_CLASSES = Map.ofEntries(
      Map.entry("57014", "ActiveRecord::QueryCanceled"),
      Map.entry("55P03", "ActiveRecord::LockWaitTimeout"),
      Map.entry("40P01", "ActiveRecord::Deadlocked"),
      Map.entry("40001", "ActiveRecord::SerializationFailure"),
      Map.entry("23505", "ActiveRecord::RecordNotUnique"),
      Map.entry("23503", "ActiveRecord::InvalidForeignKey"),
      Map.entry("23502", "ActiveRecord::NotNullViolation"),
      Map.entry("22001", "ActiveRecord::ValueTooLong"),
      Map.entry("22003", "ActiveModel::RangeError"));

  private static final Map<String, String> PG_NAMES = Map.ofEntries(
      Map.entry("57014", "QueryCanceled"),
      Map.entry("55P03", "LockNotAvailable"),
      Map.entry("40P01", "TRDeadlockDetected"),
      Map.entry("40001", "TRSerializationFailure"),
      Map.entry("23505", "UniqueViolation"),
      Map.entry("23503", "ForeignKeyViolation"),
      Map.entry("23502", "NotNullViolation"),
      Map.entry("23514", "CheckViolation"),
      Map.entry("22001", "StringDataRightTruncation"),
      Map.entry("22003", "NumericValueOutOfRange"),
      Map.entry("42601", "SyntaxError"),
      Map.entry("42703", "UndefinedColumn"),
      Map.entry("42704", "UndefinedObject"),
      Map.entry("42710", "DuplicateObject"),
      Map.entry("42883", "UndefinedFunction"),
      Map.entry("42P07", "DuplicateTable"),
      Map.entry("42P01", "UndefinedTable"),
      Map.entry("42804", "DatatypeMismatch"),
      Map.entry("42501", "InsufficientPrivilege"),
      Map.entry("25006", "ReadOnlySqlTransaction"));

  /** GitLab's exception class for this error, as its transition log would hold it. */
  public static String railsClass(SQLException e) {
    return RAILS_CLASSES.getOrDefault(String.valueOf(e.getSQLState()), "ActiveRecord::StatementInvalid");
  }

  /** The message as Rails wraps it: {@code PG::QueryCanceled: ERROR:  canceling statement ...}. */
  public static String railsMessage(SQLException e) {
    String pg = PG_NAMES.getOrDefault(String.valueOf(e.getSQLState()), "Error");
    return "PG::" + pg + ": ERROR:  " + firstLine(e.getMessage());
  }

  /** GitLab's TIMEOUT_EXCEPTIONS: statement timeout, query cancelled, lock wait timeout. */
  public static boolean isTimeout(SQLException e) {
    String state = e.getSQLState();
    return "57014".equals(state) || "55P03".equals(state);
  }

  /** The session is gone (network, server restart, pg_terminate_backend). */
  public static boolean isConnectionLost(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
        || state.equals("57P03"));
  }

  /** The server's text without pgjdbc's "ERROR: " prefix, detail lines and position. */
  public static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    String m = message.strip();
    if (m.startsWith("ERROR: ")) {
      m = m.substring(7);
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl).strip();
  }

  public static String truncate(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    return s.substring(0, max);
  }
}
