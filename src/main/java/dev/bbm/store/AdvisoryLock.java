package dev.bbm.store;

import dev.bbm.domain.BbmInstance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * bbm's per-migration session advisory locks: two int4 keys, a constant namespace and the
 * migration id, so other applications' advisory locks cannot collide with them.
 *
 * <ul>
 *   <li>The finalizer lock (namespace "bbm1"), exclusive: one plain {@code bbm finalize} per
 *       migration; a second one is turned away busy. {@code --join} does not take it.
 *   <li>The worker lock (namespace "bbmJ"), shared: every connection that runs jobs of the
 *       migration, in any bbm process on any host, holds it while it works. It names the
 *       cooperating sessions (the health check leaves their transactions alone) and tells the last
 *       one to leave that nobody else is working ({@link #lastOut}).
 * </ul>
 *
 * The work itself is coordinated by row locks (the migration's row when a range is handed out,
 * each job's row when it is claimed), not by these locks.
 */
public final class AdvisoryLock {
  static final int NAMESPACE = 0x62626d31;
  static final int WORKERS = 0x62626d4a;

  /**
   * Who holds a lock, from pg_stat_activity; its client and start are null when pg_stat_activity
   * hides them (another role's session, seen without pg_read_all_stats; the application_name every
   * role sees, though a pooler or an old server may leave it null). When the
   * application_name is a bbm's ({@code bbm/<pid>@<host>}, {@link BbmInstance}), the holder names
   * that bbm process and its host as well as the backend; a bbm whose user gave it another
   * application_name (or an older bbm) shows the backend's facts only.
   */
  public record Holder(int pid, String applicationName, String clientAddress, OffsetDateTime since) {
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    /** The bbm process holding the lock, when its application_name says so. */
    public Optional<BbmInstance> bbmProcess() {
      return BbmInstance.parse(applicationName);
    }

    /**
     * The holder in one phrase for busy messages, e.g. {@code bbm process 41234 on gitlab-db-1
     * (PostgreSQL backend pid 9876, from 10.0.0.5, since 2026-12-04 12:01:33 UTC)}, or for another
     * program {@code pid 9876 (application psql, client 10.0.0.5, connected since …)}.
     */
    public String describe() {
      Optional<BbmInstance> bbm = bbmProcess();
      if (bbm.isPresent()) {
        return "bbm process " + bbm.get().pid() + " on " + bbm.get().host() + " (PostgreSQL backend pid " + pid
            + (clientAddress == null ? "" : ", from " + clientAddress)
            + (since == null ? "" : ", since " + SINCE.format(since.atZoneSameInstant(ZoneOffset.UTC))) + ")";
      }
      if (applicationName == null && clientAddress == null && since == null) {
        return "pid " + pid + " (a session of another database role; its details are hidden from this one)";
      }
      return "pid " + pid + " (application " + (applicationName == null || applicationName.isEmpty() ? "unnamed"
          : applicationName) + (clientAddress == null ? "" : ", client " + clientAddress)
          + (since == null ? "" : ", connected since " + since) + ")";
    }

    /** Short, for status notes: {@code bbm process 41234 on gitlab-db-1 (backend pid 9876)}, or {@code pid 9876}. */
    public String who() {
      return bbmProcess().map(b -> "bbm process " + b.pid() + " on " + b.host() + " (backend pid " + pid + ")")
          .orElse("pid " + pid);
    }

    /** How to stop the holder, for busy messages: a bbm stops cleanly on Ctrl-C or kill (SIGTERM). */
    public String howToStop() {
      return bbmProcess().map(b -> "stop that process (Ctrl-C where it runs, or kill " + b.pid() + " on "
          + b.host() + ")").orElse("stop that process");
    }
  }

  private AdvisoryLock() {}

  static int key(long migrationId) {
    return migrationId <= Integer.MAX_VALUE ? (int) migrationId : Long.hashCode(migrationId);
  }

  public static boolean tryLock(Connection session, long migrationId) throws SQLException {
    return call(session, "pg_try_advisory_lock", NAMESPACE, key(migrationId));
  }

  /**
   * One of PostgreSQL's two-key advisory lock functions ({@code pg_try_advisory_lock},
   * {@code pg_advisory_unlock}, their shared forms) on {@code (namespace, key)}; returns its answer
   * (true for the functions that return void). Every bbm lock is a pair: its namespace tells bbm's
   * locks from GitLab's and from each other.
   */
  static boolean call(Connection c, String function, int namespace, int key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + function + "(?, ?)")) {
      ps.setInt(1, namespace);
      ps.setInt(2, key);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return !Boolean.FALSE.equals(rs.getObject(1));
      }
    }
  }

  /** Gives the migration's lock back; a null session (lost, see Database.openSession) holds nothing. */
  public static void unlock(Connection session, long migrationId) throws SQLException {
    if (session == null) {
      return;
    }
    call(session, "pg_advisory_unlock", NAMESPACE, key(migrationId));
  }

  /** Takes the shared worker lock on this connection (waits only while a {@link #lastOut} check holds it). */
  public static void joinWorkers(Connection c, long migrationId) throws SQLException {
    call(c, "pg_advisory_lock_shared", WORKERS, key(migrationId));
  }

  /** Gives back the shared worker lock taken by {@link #joinWorkers}. */
  public static void leaveWorkers(Connection c, long migrationId) throws SQLException {
    call(c, "pg_advisory_unlock_shared", WORKERS, key(migrationId));
  }

  /**
   * Whether no connection anywhere holds the worker lock any more (call it after leaving): the
   * exclusive lock is tried and, when granted, given back at once.
   */
  public static boolean lastOut(Connection c, long migrationId) throws SQLException {
    if (!call(c, "pg_try_advisory_lock", WORKERS, key(migrationId))) {
      return false;
    }
    call(c, "pg_advisory_unlock", WORKERS, key(migrationId));
    return true;
  }

  /** How many sessions, in any bbm process, hold the worker lock of the migration (run its jobs). */
  public static int workers(Connection c, long migrationId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT count(DISTINCT pid) FROM (" + workerPidsSql() + ") w")) {
      bindWorkers(ps, 1, migrationId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /**
   * A subquery listing the pids of the sessions working on the migration (holding the worker
   * lock), with two placeholders to bind with {@link #bindWorkers}.
   */
  static String workerPidsSql() {
    return "SELECT l.pid FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted AND l.pid IS NOT NULL"
        + " AND l.classid = ?::oid AND l.objid = ?::oid AND l.objsubid = 2"
        + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())";
  }

  static int bindWorkers(PreparedStatement ps, int index, long migrationId) throws SQLException {
    ps.setLong(index, Integer.toUnsignedLong(WORKERS));
    ps.setLong(index + 1, Integer.toUnsignedLong(key(migrationId)));
    return index + 2;
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
}
