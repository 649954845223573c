package dev.bbm.schema;

import dev.bbm.store.AdvisoryLock;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The session advisory lock that serializes schema migrations. Its key is the one Rails' migrator
 * takes (a constant salt times the CRC-32 of the database name), so {@code bbm db migrate} and
 * {@code gitlab-rake db:migrate} on the same database also exclude each other.
 */
public final class MigrateLock {
  /** Rails' ActiveRecord::Migrator salt for the migration advisory lock. */
  static final long MIGRATOR_SALT = 2053462845L;

  private MigrateLock() {}

  /** The lock key for a database name: salt × CRC-32 of its UTF-8 bytes (fits in a bigint). */
  static long key(String databaseName) {
    CRC32 crc = new CRC32();
    crc.update(databaseName.getBytes(StandardCharsets.UTF_8));
    return MIGRATOR_SALT * crc.getValue();
  }

  /** The key for the database this session is connected to. */
  public static long key(Connection session) throws SQLException {
    return key(SchemaVersionStore.currentDatabase(session));
  }

  public static boolean tryLock(Connection session, long key) throws SQLException {
    try (PreparedStatement ps = session.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      ps.setLong(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  /** Gives the lock back; a null session (lost, see Database.openSession) holds nothing. */
  public static void unlock(Connection session, long key) throws SQLException {
    if (session == null) {
      return;
    }
    try (PreparedStatement ps = session.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      ps.setLong(1, key);
      ps.execute();
    }
  }

  /** The session holding the lock, from pg_locks and pg_stat_activity, if it is still held. */
  public static Optional<AdvisoryLock.Holder> holder(Connection c, long key) throws SQLException {
    String sql = "SELECT a.pid, a.application_name, host(a.client_addr), a.backend_start"
        + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
        + " WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database"
        + " WHERE datname = current_database()) AND l.classid = ?::oid AND l.objid = ?::oid AND l.objsubid = 1";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, key >>> 32);
      ps.setLong(2, key & 0xffffffffL);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new AdvisoryLock.Holder(rs.getInt(1), rs.getString(2), rs.getString(3),
            rs.getObject(4, OffsetDateTime.class)));
      }
    }
  }
}
