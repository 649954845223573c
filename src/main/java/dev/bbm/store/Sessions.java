package dev.bbm.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Settings and identity of bbm's own database session, and whether its server is a standby. */
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

  /**
   * The application_name of backend {@code pid}, when it is there and visible to this role (another
   * role's is hidden without pg_read_all_stats): a bbm's names its process and host.
   */
  public static Optional<String> applicationName(Connection c, int pid) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT application_name FROM pg_stat_activity WHERE pid = ?")) {
      ps.setInt(1, pid);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
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

  /** Whether the server is a standby in recovery (pg_is_in_recovery()). */
  public static boolean inRecovery(Connection c) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_is_in_recovery()")) {
      return rs.next() && rs.getBoolean(1);
    }
  }

  /** Another session's granted lock on a table: who holds it, in which mode, in what state. */
  public record TableLock(int pid, String applicationName, String mode, String state) {}

  /**
   * The locks other sessions hold on {@code table} (a name as the bookkeeping row gives it, bound,
   * resolved with to_regclass), strongest first; empty when the table is unknown or unlocked.
   */
  public static List<TableLock> lockHolders(Connection c, String table) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT l.pid, coalesce(a.application_name, ''), l.mode,"
        + " coalesce(a.state, '') FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid"
        + " WHERE l.locktype = 'relation' AND l.granted AND l.relation = to_regclass(?)"
        + " AND l.pid <> pg_backend_pid() ORDER BY l.mode = 'AccessExclusiveLock' DESC, l.pid")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        List<TableLock> out = new ArrayList<>();
        while (rs.next()) {
          out.add(new TableLock(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        }
        return out;
      }
    }
  }
}
