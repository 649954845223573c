package dev.bbm.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;

/** Settings and identity of bbm's own database session. */
public final class Sessions {
  private Sessions() {}

  /** This backend's pid and start time: how a running job names its runner. */
  public record Identity(int pid, OffsetDateTime backendStart) {}

  public static Identity identity(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pid, backend_start FROM pg_stat_activity"
        + " WHERE pid = pg_backend_pid()"); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return new Identity(rs.getInt(1), rs.getObject(2, OffsetDateTime.class));
    }
  }

  /** statement_timeout and lock_timeout for the session; zero means none. Values are bound. */
  public static void applyTimeouts(Connection c, Duration statementTimeout, Duration lockTimeout)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT set_config('statement_timeout', ?, false), set_config('lock_timeout', ?, false)")) {
      ps.setString(1, statementTimeout.toMillis() + "ms");
      ps.setString(2, lockTimeout.toMillis() + "ms");
      ps.execute();
    }
  }

  /** Back to the server's statement_timeout and lock_timeout, after work that set its own. */
  public static void resetTimeouts(Connection c) throws SQLException {
    if (c == null) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement("RESET statement_timeout")) {
      ps.execute();
    }
    try (PreparedStatement ps = c.prepareStatement("RESET lock_timeout")) {
      ps.execute();
    }
  }
}
