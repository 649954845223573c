package dev.bbm.store;

import dev.bbm.domain.Identifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The database's health as finalize looks at it between jobs (GitLab's HealthStatus indicators,
 * reference §10): what each query sees, without judging it; the engine's HealthPolicy decides.
 * Each query reads only what the role may see (pg_monitor or pg_read_all_stats sees everything).
 */
public final class HealthChecks {
  private HealthChecks() {}

  /** An autovacuum worker on the table or one of its partitions. */
  public record Autovacuum(String table, OffsetDateTime since, boolean wraparound) {}

  /** The replica that lags most in replaying WAL. */
  public record Replica(String name, String clientAddress, Duration replayLag) {}

  /** The oldest open transaction on the database that is not bbm's. */
  public record Transaction(int pid, String applicationName, String user, String clientAddress, String state,
      OffsetDateTime since, Duration age) {}

  /** GitLab's view (reference §1.6), which a SECURITY DEFINER function lets GitLab's own role read. */
  private static final String GITLAB_VIEW = "postgres_autovacuum_activity";

  /**
   * Autovacuum workers on {@code table} (as the migration names it, optionally schema-qualified)
   * and its partitions: from GitLab's postgres_autovacuum_activity view where the database has it,
   * else from pg_stat_progress_vacuum joined to pg_stat_activity.
   */
  public static List<Autovacuum> autovacuum(Connection c, String table) throws SQLException {
    String regclass = Identifiers.quoteQualified(table);
    String relations = "SELECT to_regclass(?) AS oid UNION SELECT i.inhrelid FROM pg_inherits i"
        + " WHERE i.inhparent = to_regclass(?)";
    String sql;
    if (hasGitlabView(c)) {
      sql = "SELECT v.table_identifier, v.vacuum_start, v.wraparound_prevention FROM " + GITLAB_VIEW + " v"
          + " JOIN pg_namespace n ON n.nspname = v.schema JOIN pg_class k ON k.relnamespace = n.oid"
          + " AND k.relname = v.\"table\" WHERE k.oid IN (" + relations + ") ORDER BY v.vacuum_start";
    } else {
      sql = "SELECT n.nspname || '.' || k.relname, a.query_start, coalesce(a.query ILIKE '%wraparound)%', false)"
          + " FROM pg_stat_progress_vacuum p JOIN pg_stat_activity a ON a.pid = p.pid"
          + " JOIN pg_class k ON k.oid = p.relid JOIN pg_namespace n ON n.oid = k.relnamespace"
          + " WHERE a.backend_type = 'autovacuum worker'"
          + " AND p.datid = (SELECT oid FROM pg_database WHERE datname = current_database())"
          + " AND p.relid IN (" + relations + ") ORDER BY a.query_start";
    }
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, regclass);
      ps.setString(2, regclass);
      try (ResultSet rs = ps.executeQuery()) {
        List<Autovacuum> out = new ArrayList<>();
        while (rs.next()) {
          out.add(new Autovacuum(rs.getString(1), rs.getObject(2, OffsetDateTime.class), rs.getBoolean(3)));
        }
        return out;
      }
    }
  }

  private static boolean hasGitlabView(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
      ps.setString(1, GITLAB_VIEW);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  /** GitLab's WriteAheadLog indicator query, verbatim (reference §10). */
  static final String WAL_PENDING = "WITH\n"
      + "current_wal_file AS (\n"
      + "  SELECT pg_walfile_name(pg_current_wal_insert_lsn()) AS pg_walfile_name\n"
      + "),\n"
      + "current_wal AS (\n"
      + "  SELECT\n"
      + "    ('x' || substring(pg_walfile_name, 9, 8))::bit(32)::int AS log,\n"
      + "    ('x' || substring(pg_walfile_name, 17, 8))::bit(32)::int AS seg,\n"
      + "    pg_walfile_name\n"
      + "  FROM current_wal_file\n"
      + "),\n"
      + "archive_wal AS (\n"
      + "  SELECT\n"
      + "    ('x' || substring(last_archived_wal, 9, 8))::bit(32)::int AS log,\n"
      + "    ('x' || substring(last_archived_wal, 17, 8))::bit(32)::int AS seg,\n"
      + "    last_archived_wal\n"
      + "  FROM pg_stat_archiver\n"
      + ")\n"
      + "SELECT ((current_wal.log - archive_wal.log) * 256) + (current_wal.seg - archive_wal.seg) AS pending_wal_count\n"
      + "FROM current_wal, archive_wal";

  /** WAL segments waiting to be archived, or null when it cannot be calculated (archiving never ran). */
  public static Long walPendingSegments(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(WAL_PENDING); ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        return null;
      }
      long n = rs.getLong(1);
      return rs.wasNull() ? null : n;
    }
  }

  /** The replica whose replay lags most (pg_stat_replication.replay_lag), if any reports a lag. */
  public static Optional<Replica> laggiestReplica(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT application_name, host(client_addr),"
        + " (extract(epoch FROM replay_lag) * 1000)::int8 FROM pg_stat_replication WHERE replay_lag IS NOT NULL"
        + " ORDER BY replay_lag DESC LIMIT 1"); ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        return Optional.empty();
      }
      return Optional.of(new Replica(rs.getString(1), rs.getString(2), Duration.ofMillis(rs.getLong(3))));
    }
  }

  /**
   * The oldest transaction open on this database in a client session (idle sessions have none),
   * leaving out this session and every session working on {@code migrationId} (bbm's workers on
   * any host, which hold the shared worker lock).
   */
  public static Optional<Transaction> oldestTransaction(Connection c, long migrationId) throws SQLException {
    String sql = "SELECT a.pid, a.application_name, a.usename, host(a.client_addr), a.state, a.xact_start,"
        + " (extract(epoch FROM now() - a.xact_start) * 1000)::int8 FROM pg_stat_activity a"
        + " WHERE a.datname = current_database() AND a.backend_type = 'client backend'"
        + " AND a.xact_start IS NOT NULL AND a.state IS DISTINCT FROM 'idle' AND a.pid <> pg_backend_pid()"
        + " AND a.pid NOT IN (" + AdvisoryLock.workerPidsSql() + ") ORDER BY a.xact_start LIMIT 1";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      AdvisoryLock.bindWorkers(ps, 1, migrationId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new Transaction(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getObject(6, OffsetDateTime.class), Duration.ofMillis(Math.max(0, rs.getLong(7)))));
      }
    }
  }
}
