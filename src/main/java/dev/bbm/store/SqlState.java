package dev.bbm.store;

import java.sql.SQLException;
import java.util.Optional;

/** The PostgreSQL SQLSTATEs bbm reacts to, by name, so that no code is spelt as a literal anywhere else. */
public enum SqlState {
  READ_ONLY_SQL_TRANSACTION("25006"),
  INVALID_PASSWORD("28P01"),
  INVALID_CATALOG_NAME("3D000"),
  SERIALIZATION_FAILURE("40001"),
  DEADLOCK_DETECTED("40P01"),
  NOT_NULL_VIOLATION("23502"),
  FOREIGN_KEY_VIOLATION("23503"),
  UNIQUE_VIOLATION("23505"),
  CHECK_VIOLATION("23514"),
  STRING_DATA_RIGHT_TRUNCATION("22001"),
  NUMERIC_VALUE_OUT_OF_RANGE("22003"),
  INSUFFICIENT_PRIVILEGE("42501"),
  SYNTAX_ERROR("42601"),
  UNDEFINED_COLUMN("42703"),
  UNDEFINED_OBJECT("42704"),
  DUPLICATE_OBJECT("42710"),
  DATATYPE_MISMATCH("42804"),
  UNDEFINED_FUNCTION("42883"),
  UNDEFINED_TABLE("42P01"),
  DUPLICATE_TABLE("42P07"),
  TOO_MANY_CONNECTIONS("53300"),
  LOCK_NOT_AVAILABLE("55P03"),
  QUERY_CANCELED("57014"),
  ADMIN_SHUTDOWN("57P01"),
  CRASH_SHUTDOWN("57P02"),
  CANNOT_CONNECT_NOW("57P03");

  private final String code;

  SqlState(String code) {
    this.code = code;
  }

  /** The five-character SQLSTATE. */
  public String code() {
    return code;
  }

  /** Whether the error carries this SQLSTATE. */
  public boolean is(SQLException e) {
    return code.equals(e.getSQLState());
  }

  /** The named SQLSTATE of an error, or empty for one bbm has no name for (or none at all). */
  public static Optional<SqlState> of(SQLException e) {
    return of(e.getSQLState());
  }

  /** The named SQLSTATE for a code, or empty for an unnamed code or null. */
  public static Optional<SqlState> of(String code) {
    for (SqlState s : values()) {
      if (s.code.equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The SQLSTATE classes bbm reacts to: the first two characters of a code. */
  public enum Category {
    CONNECTION_EXCEPTION("08"),
    FEATURE_NOT_SUPPORTED("0A"),
    DATA_EXCEPTION("22"),
    INVALID_AUTHORIZATION_SPECIFICATION("28"),
    SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION("42");

    private final String prefix;

    Category(String prefix) {
      this.prefix = prefix;
    }

    /** The class's two characters. */
    public String prefix() {
      return prefix;
    }

    /** Whether the code (null for none) is in this class. */
    public boolean includes(String state) {
      return state != null && state.startsWith(prefix);
    }

    /** Whether the error's SQLSTATE is in this class. */
    public boolean includes(SQLException e) {
      return includes(e.getSQLState());
    }
  }
}
