package dev.bbm.store;

import dev.bbm.domain.FailedJob;
import dev.bbm.domain.JobCounts;
import dev.bbm.domain.JobStatus;
import dev.bbm.domain.JobStatusGroup;
import dev.bbm.domain.Throughput;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Aggregates over a migration's jobs, for status, ETA, the optimizer, should_stop? and mark-finished. */
public final class JobStatistics {
  private static final int PENDING = JobStatus.PENDING.code();
  private static final int RUNNING = JobStatus.RUNNING.code();
  private static final int FAILED = JobStatus.FAILED.code();
  private static final int SUCCEEDED = JobStatus.SUCCEEDED.code();
  /** The exception class of bbm's stop between sub-batches: a stop on request, not a job's error. */
  public static final String INTERRUPTED = "bbm::Interrupted";

  JobStatistics() {}

  /**
   * Counts and covered key ranges for many migrations at once. The keys covered are those of the
   * migration's min_value..max_value that some succeeded job covers, each counted once: a gap
   * between jobs is not counted, nor are keys two jobs share or keys outside the migration's range.
   */
  public Map<Long, JobCounts> counts(Connection c, List<Long> migrationIds) throws SQLException {
    Map<Long, JobCounts> out = new HashMap<>();
    if (migrationIds.isEmpty()) {
      return out;
    }
    Map<Long, Long> covered = coveredKeys(c, migrationIds);
    String sql = "SELECT batched_background_migration_id,"
        + " count(*) FILTER (WHERE status = " + PENDING + "), count(*) FILTER (WHERE status = " + RUNNING + "),"
        + " count(*) FILTER (WHERE status = " + FAILED + "), count(*) FILTER (WHERE status = " + SUCCEEDED + "),"
        + " coalesce(sum(batch_size) FILTER (WHERE status = " + SUCCEEDED + "), 0),"
        + " max(max_value), max(created_at), max(finished_at)"
        + JobRows.FROM + " WHERE batched_background_migration_id = ANY (?) GROUP BY 1";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setArray(1, c.createArrayOf("int8", migrationIds.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          out.put(id, new JobCounts(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
              covered.getOrDefault(id, 0L), rs.getLong(6), rs.getObject(7, Long.class),
              rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class)));
        }
      }
    }
    return out;
  }

  /**
   * The union of the migrations' succeeded job ranges within their min_value..max_value, in keys
   * (numeric, so that ranges up to 2^63 neither overflow nor fail), at most Long.MAX_VALUE.
   */
  private Map<Long, Long> coveredKeys(Connection c, List<Long> migrationIds) throws SQLException {
    String sql = "WITH s AS (SELECT j.batched_background_migration_id AS mid,"
        + " greatest(j.min_value, m.min_value)::numeric AS lo, least(j.max_value, m.max_value)::numeric AS hi"
        + JobRows.FROM + " j JOIN " + Layout.MIGRATIONS + " m ON m.id = j.batched_background_migration_id"
        + " WHERE j.batched_background_migration_id = ANY (?) AND j.status = " + SUCCEEDED
        + " AND j.min_value IS NOT NULL AND j.max_value IS NOT NULL),"
        + " w AS (SELECT mid, lo, hi, max(hi) OVER (PARTITION BY mid ORDER BY lo, hi"
        + " ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach FROM s WHERE lo <= hi)"
        + " SELECT mid, least(sum(greatest(0, hi - greatest(lo, coalesce(reach + 1, lo)) + 1)), ?::numeric)::int8"
        + " FROM w GROUP BY mid";
    Map<Long, Long> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setArray(1, c.createArrayOf("int8", migrationIds.toArray()));
      ps.setLong(2, Long.MAX_VALUE);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong(1), rs.getLong(2));
        }
      }
    }
    return out;
  }

  /** Durations in seconds of the last {@code n} succeeded jobs, most recently finished first. */
  public List<Double> recentSucceededSeconds(Connection c, long migrationId, int n) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT extract(epoch FROM finished_at - started_at)"
        + JobRows.FROM + " WHERE batched_background_migration_id = ? AND status = " + SUCCEEDED
        + " AND finished_at IS NOT NULL ORDER BY finished_at DESC LIMIT ?")) {
      Bindings.all(ps, migrationId, n);
      try (ResultSet rs = ps.executeQuery()) {
        List<Double> out = new ArrayList<>();
        while (rs.next()) {
          double v = rs.getDouble(1);
          out.add(rs.wasNull() ? null : v);
        }
        return out;
      }
    }
  }

  /** Jobs created since a time, and how many of them failed (GitLab's should_stop?). */
  public long[] createdAndFailedSince(Connection c, long migrationId, OffsetDateTime since) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT count(*), count(*) FILTER (WHERE status = " + FAILED + ")"
        + JobRows.FROM + " WHERE batched_background_migration_id = ? AND created_at >= ?")) {
      Bindings.all(ps, migrationId, since);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new long[] {rs.getLong(1), rs.getLong(2)};
      }
    }
  }

  /** Keys per wall-clock second over each migration's last {@code n} succeeded jobs, and when the latest finished. */
  public Map<Long, Throughput> recentThroughput(Connection c, List<Long> migrationIds, int n) throws SQLException {
    Map<Long, Throughput> out = new HashMap<>();
    if (migrationIds.isEmpty()) {
      return out;
    }
    String sql = "SELECT id, sum(w), extract(epoch FROM max(finished_at) - min(started_at)), count(*), max(finished_at)"
        + " FROM"
        + " (SELECT batched_background_migration_id AS id, max_value - min_value + 1 AS w, started_at, finished_at,"
        + " row_number() OVER (PARTITION BY batched_background_migration_id ORDER BY finished_at DESC) AS rn"
        + JobRows.FROM + " WHERE batched_background_migration_id = ANY (?) AND status = " + SUCCEEDED
        + " AND started_at IS NOT NULL AND finished_at IS NOT NULL) x WHERE rn <= ? GROUP BY id";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setArray(1, c.createArrayOf("int8", migrationIds.toArray()));
      ps.setInt(2, n);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong(1), new Throughput(rs.getLong(2), rs.getDouble(3), rs.getInt(4),
              rs.getObject(5, OffsetDateTime.class)));
        }
      }
    }
    return out;
  }

  /** Failed jobs with the last error recorded in their transition logs. */
  public List<FailedJob> failedWithLastError(Connection c, long migrationId, boolean haveLogs, int limit)
      throws SQLException {
    String sql = "SELECT j.id, j.min_value, j.max_value, j.attempts, l.exception_class, l.exception_message,"
        + " coalesce(l.created_at, j.finished_at)" + JobRows.FROM + " j"
        + (haveLogs
            ? " LEFT JOIN LATERAL (SELECT exception_class, exception_message, created_at FROM "
                + Layout.TRANSITION_LOGS + " t WHERE t.batched_background_migration_job_id = j.id"
                + " AND t.next_status = " + FAILED + " AND t.exception_class IS DISTINCT FROM '" + INTERRUPTED + "'"
                + " ORDER BY t.created_at DESC, t.id DESC LIMIT 1) l ON true"
            : " LEFT JOIN (SELECT NULL::text AS exception_class, NULL::text AS exception_message,"
                + " NULL::timestamptz AS created_at) l ON true")
        + " WHERE j.batched_background_migration_id = ? AND j.status = " + FAILED
        + " ORDER BY j.min_value, j.id LIMIT ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Bindings.all(ps, migrationId, limit);
      try (ResultSet rs = ps.executeQuery()) {
        List<FailedJob> out = new ArrayList<>();
        while (rs.next()) {
          out.add(new FailedJob(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getString(5),
              rs.getString(6), rs.getObject(7, OffsetDateTime.class)));
        }
        return out;
      }
    }
  }

  /** mark-finished's view of a migration's jobs: one group per status, in status-code order. */
  public List<JobStatusGroup> statusGroups(Connection c, long migrationId) throws SQLException {
    return groups(c, "SELECT status, min_value, max_value, updated_at" + JobRows.FROM
        + " WHERE batched_background_migration_id = ?", migrationId);
  }

  /**
   * The jobs that have not succeeded, grouped as {@link #statusGroups} does, with their rows locked
   * until the caller's transaction ends: comparing with an earlier read tells whether they changed.
   */
  public List<JobStatusGroup> lockNotSucceeded(Connection c, long migrationId) throws SQLException {
    return groups(c, "SELECT status, min_value, max_value, updated_at" + JobRows.FROM
        + " WHERE batched_background_migration_id = ? AND status <> " + SUCCEEDED + " FOR UPDATE", migrationId);
  }

  private static List<JobStatusGroup> groups(Connection c, String rows, long migrationId) throws SQLException {
    String sql = "SELECT status, count(*), min(min_value), max(max_value), max(updated_at) FROM (" + rows
        + ") j GROUP BY status ORDER BY status";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, migrationId);
      try (ResultSet rs = ps.executeQuery()) {
        List<JobStatusGroup> out = new ArrayList<>();
        while (rs.next()) {
          JobStatus status = JobRows.status(rs.getInt(1), "batched background migration " + migrationId
              + " has jobs with status");
          out.add(new JobStatusGroup(status, rs.getLong(2), rs.getObject(3, Long.class),
              rs.getObject(4, Long.class), rs.getObject(5, OffsetDateTime.class)));
        }
        return out;
      }
    }
  }
}
