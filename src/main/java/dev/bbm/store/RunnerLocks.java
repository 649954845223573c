package dev.bbm.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * The session advisory lock a bbm worker holds on each job it runs, from the claim that marks the
 * job running until the job is finished: two int4 keys, the namespace "bbmR" (beside the
 * finalizer's "bbm1" and the workers' "bbmJ" of {@link AdvisoryLock}) and the job's key. Whether
 * a job's runner is alive is whether that lock is held, read from pg_locks, which every role sees
 * whole; pg_stat_activity hides other roles' backend_start unless the viewer is a superuser or has
 * pg_read_all_stats, so a runner judged by it looks gone to another role (a double run).
 */
public final class RunnerLocks {
  static final int NAMESPACE = 0x62626d52;

  /**
   * The lock's second key (pg_locks.objid) computed in SQL from a job's id column: the same value as
   * {@link #key} (the id itself below 2^31, its two halves folded above), as an oid.
   */
  private static final String OBJID_OF = "((%1$s # (%1$s >> 32)) & 4294967295)::oid";

  private RunnerLocks() {}

  static int key(long jobId) {
    return Long.hashCode(jobId);
  }

  /** Takes the job's runner lock on this session, without waiting; false when another session holds it. */
  public static boolean tryLock(Connection c, long jobId) throws SQLException {
    return AdvisoryLock.call(c, "pg_try_advisory_lock", NAMESPACE, key(jobId));
  }

  /** Gives the job's runner lock back (nothing happens when this session does not hold it). */
  public static void unlock(Connection c, long jobId) throws SQLException {
    AdvisoryLock.call(c, "pg_advisory_unlock", NAMESPACE, key(jobId));
  }

  /**
   * Whether this session may read pg_locks (every role may, unless an administrator revoked it):
   * without it, no runner can be judged gone by its lock.
   */
  public static boolean visible(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT has_table_privilege('pg_catalog.pg_locks', 'SELECT')"
        + " AND has_function_privilege('pg_catalog.pg_lock_status()', 'EXECUTE')");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() && rs.getBoolean(1);
    }
  }

  /**
   * Whether some session of this database holds the job's runner lock; true when pg_locks cannot
   * be read, because a runner that cannot be seen is not known to be gone.
   */
  public static boolean held(Connection c, long jobId) throws SQLException {
    if (!visible(c)) {
      return true;
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT " + heldSql("j.id") + " FROM (SELECT ?::bigint AS id) j")) {
      ps.setLong(1, jobId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  /**
   * An SQL condition: some session of this database holds the runner lock of the job whose id is
   * the SQL expression {@code jobId} (a column name or a placeholder written by bbm, never a value).
   */
  static String heldSql(String jobId) {
    return "EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted"
        + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        + " AND l.classid = " + Integer.toUnsignedLong(NAMESPACE) + "::oid AND l.objid = "
        + String.format(OBJID_OF, jobId) + " AND l.objsubid = 2)";
  }

  /**
   * The liveness of a runner written by a bbm before these locks (its metrics name no lock): a
   * backend with its pid and start time. When pg_stat_activity hides that backend's start (another
   * role's session, seen without pg_read_all_stats) bbm cannot tell, and takes it as alive; only a
   * pid no backend has any more, or one whose visible start differs, is gone.
   */
  public static boolean legacyRunnerAlive(Connection c, int pid, OffsetDateTime backendStart) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT backend_start IS NULL OR backend_start = ?"
        + " FROM pg_stat_activity WHERE pid = ?")) {
      ps.setObject(1, backendStart);
      ps.setInt(2, pid);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  /** The same rule as SQL over a job row's metrics (see {@link #legacyRunnerAlive}). */
  static String legacyRunnerAliveSql() {
    return "EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = (metrics->'bbm_runner'->>'pid')::int"
        + " AND (a.backend_start IS NULL OR a.backend_start = (metrics->'bbm_runner'->>'backend_start')::timestamptz))";
  }
}
