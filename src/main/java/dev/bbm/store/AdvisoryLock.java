package dev.bbm.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * bbm's per-migration session advisory lock: two int4 keys, a constant namespace ("bbm1") and
 * the migration id, so other applications' advisory locks cannot collide with it.
 */
public final class AdvisoryLock {
  static final int NAMESPACE = 0x62626d31;

  /** Who holds a lock, from pg_stat_activity. */
  public record Holder(int pid, String applicationName, String clientAddress, OffsetDateTime since) {}

  private AdvisoryLock() {}

  static int key(long migrationId) {
    return migrationId <= Integer.MAX_VALUE ? (int) migrationId : Long.hashCode(migrationId);
  }

  public static boolean tryLock(Connection session, long migrationId) throws SQLException {
    try (PreparedStatement ps = session.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
      ps.setInt(1, NAMESPACE);
      ps.setInt(2, key(migrationId));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  public static void unlock(Connection session, long migrationId) throws SQLException {
    try (PreparedStatement ps = session.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
      ps.setInt(1, NAMESPACE);
      ps.setInt(2, key(migrationId));
      ps.execute();
    }
  }

  /** The session holding the lock for this migration, if any. */
  public static Optional<Holder> holder(Connection c, long migrationId) throws SQLException {
    String sql = "SELECT a.pid, a.application_name, host(a.client_addr), coalesce(a.xact_start, a.backend_start)"
        + " , a.backend_start FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
        + " WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database"
        + " WHERE datname = current_database()) AND l.classid = ?::oid AND l.objid = ?::oid AND l.objsubid = 2";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, Integer.toUnsignedLong(NAMESPACE));
      ps.setLong(2, Integer.toUnsignedLong(key(migrationId)));
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new Holder(rs.getInt(1), rs.getString(2), rs.getString(3),
            rs.getObject(5, OffsetDateTime.class)));
      }
    }
  }

  /** Whether a backend with this pid and start time still exists (a runner's liveness). */
  public static boolean backendAlive(Connection c, int pid, OffsetDateTime backendStart) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_stat_activity WHERE pid = ?"
        + " AND backend_start = ?")) {
      ps.setInt(1, pid);
      ps.setObject(2, backendStart);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }
}
