package dev.bbm.store;

import java.sql.SQLException;
import java.util.Map;

/**
 * Maps PostgreSQL errors to what GitLab's Rails would record (exception class names in the
 * transition logs) and to what bbm must do about them (timeout, lost connection).
 */
public final class SqlErrors {
  private SqlErrors() {}

  private static final Map<SqlState, String> RAILS_CLASSES = Map.ofEntries(
      Map.entry(SqlState.QUERY_CANCELED, "ActiveRecord::QueryCanceled"),
      Map.entry(SqlState.LOCK_NOT_AVAILABLE, "ActiveRecord::LockWaitTimeout"),
      Map.entry(SqlState.DEADLOCK_DETECTED, "ActiveRecord::Deadlocked"),
      Map.entry(SqlState.SERIALIZATION_FAILURE, "ActiveRecord::SerializationFailure"),
      Map.entry(SqlState.UNIQUE_VIOLATION, "ActiveRecord::RecordNotUnique"),
      Map.entry(SqlState.FOREIGN_KEY_VIOLATION, "ActiveRecord::InvalidForeignKey"),
      Map.entry(SqlState.NOT_NULL_VIOLATION, "ActiveRecord::NotNullViolation"),
      Map.entry(SqlState.STRING_DATA_RIGHT_TRUNCATION, "ActiveRecord::ValueTooLong"),
      Map.entry(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "ActiveRecord::RangeError"));

  private static final Map<SqlState, String> PG_NAMES = Map.ofEntries(
      Map.entry(SqlState.QUERY_CANCELED, "QueryCanceled"),
      Map.entry(SqlState.LOCK_NOT_AVAILABLE, "LockNotAvailable"),
      Map.entry(SqlState.DEADLOCK_DETECTED, "TRDeadlockDetected"),
      Map.entry(SqlState.SERIALIZATION_FAILURE, "TRSerializationFailure"),
      Map.entry(SqlState.UNIQUE_VIOLATION, "UniqueViolation"),
      Map.entry(SqlState.FOREIGN_KEY_VIOLATION, "ForeignKeyViolation"),
      Map.entry(SqlState.NOT_NULL_VIOLATION, "NotNullViolation"),
      Map.entry(SqlState.CHECK_VIOLATION, "CheckViolation"),
      Map.entry(SqlState.STRING_DATA_RIGHT_TRUNCATION, "StringDataRightTruncation"),
      Map.entry(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "NumericValueOutOfRange"),
      Map.entry(SqlState.SYNTAX_ERROR, "SyntaxError"),
      Map.entry(SqlState.UNDEFINED_COLUMN, "UndefinedColumn"),
      Map.entry(SqlState.UNDEFINED_OBJECT, "UndefinedObject"),
      Map.entry(SqlState.DUPLICATE_OBJECT, "DuplicateObject"),
      Map.entry(SqlState.UNDEFINED_FUNCTION, "UndefinedFunction"),
      Map.entry(SqlState.DUPLICATE_TABLE, "DuplicateTable"),
      Map.entry(SqlState.UNDEFINED_TABLE, "UndefinedTable"),
      Map.entry(SqlState.DATATYPE_MISMATCH, "DatatypeMismatch"),
      Map.entry(SqlState.INSUFFICIENT_PRIVILEGE, "InsufficientPrivilege"),
      Map.entry(SqlState.READ_ONLY_SQL_TRANSACTION, "ReadOnlySqlTransaction"));

  /** GitLab's exception class for this error, as its transition log would hold it. */
  public static String railsClass(SQLException e) {
    return SqlState.of(e).map(RAILS_CLASSES::get).orElse("ActiveRecord::StatementInvalid");
  }

  /** The message as Rails wraps it: {@code PG::QueryCanceled: ERROR:  canceling statement ...}. */
  public static String railsMessage(SQLException e) {
    String pg = SqlState.of(e).map(PG_NAMES::get).orElse("Error");
    return "PG::" + pg + ": ERROR:  " + firstLine(e.getMessage());
  }

  /** GitLab's TIMEOUT_EXCEPTIONS: statement timeout, query cancelled, lock wait timeout. */
  public static boolean isTimeout(SQLException e) {
    return SqlState.QUERY_CANCELED.is(e) || SqlState.LOCK_NOT_AVAILABLE.is(e);
  }

  /** The session is gone (network, server restart, pg_terminate_backend). */
  public static boolean isConnectionLost(SQLException e) {
    return SqlState.Category.CONNECTION_EXCEPTION.includes(e) || SqlState.ADMIN_SHUTDOWN.is(e)
        || SqlState.CRASH_SHUTDOWN.is(e) || SqlState.CANNOT_CONNECT_NOW.is(e);
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
