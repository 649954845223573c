package dev.bbm.store;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.FailedJob;
import dev.bbm.domain.JobCounts;
import dev.bbm.domain.JobRange;
import dev.bbm.domain.JobStatus;
import dev.bbm.domain.JobStatusGroup;
import dev.bbm.domain.UncoveredKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes rows of batched_background_migration_jobs. */
public final class JobStore {
  private static final String COLUMNS = "id, batched_background_migration_id, min_value, max_value, batch_size,"
      + " sub_batch_size, pause_ms, status, attempts, created_at, updated_at, started_at, finished_at, metrics::text";
  private static final String FROM = " FROM " + Layout.JOBS;

  private final Database db;

  public JobStore(Database db) {
    this.db = db;
  }

  /** A job row whose values bbm cannot trust (cursor-based, or an unknown status). */
  public static final class BadJobRowException extends SQLException {
    private static final long serialVersionUID = 1L;

    BadJobRowException(String message) {
      super(message);
    }
  }

  private static BatchedJob map(ResultSet rs) throws SQLException {
    long id = rs.getLong(1);
    Long min = rs.getObject(3, Long.class);
    Long max = rs.getObject(4, Long.class);
    if (min == null || max == null) {
      throw new BadJobRowException("batched job " + id + " has no min_value/max_value (a cursor-based job),"
          + " which bbm cannot run yet");
    }
    int status = rs.getInt(8);
    if (status < 0 || status > 3) {
      throw new BadJobRowException("batched job " + id + " has status " + status
          + ", which is not one of GitLab's job status codes (0 to 3)");
    }
    return new BatchedJob(id, rs.getLong(2), min, max, rs.getInt(5), rs.getInt(6), rs.getInt(7),
        JobStatus.fromCode(status), rs.getInt(9), rs.getObject(10, OffsetDateTime.class),
        rs.getObject(11, OffsetDateTime.class), rs.getObject(12, OffsetDateTime.class),
        rs.getObject(13, OffsetDateTime.class), rs.getString(14));
  }

  private List<BatchedJob> query(Connection c, String where, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + FROM + " " + where)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        List<BatchedJob> out = new ArrayList<>();
        while (rs.next()) {
          out.add(map(rs));
        }
        return out;
      }
    }
  }

  static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      ps.setObject(i + 1, params[i]);
    }
  }

  public List<BatchedJob> withStatus(long migrationId, JobStatus status) throws SQLException {
    return query(db.session(), "WHERE batched_background_migration_id = ? AND status = ? ORDER BY id",
        migrationId, status.code());
  }

  public Optional<BatchedJob> find(long jobId) throws SQLException {
    return query(db.session(), "WHERE id = ?", jobId).stream().findFirst();
  }

  public List<BatchedJob> all(long migrationId) throws SQLException {
    return query(db.session(), "WHERE batched_background_migration_id = ? ORDER BY min_value, id", migrationId);
  }

  /** GitLab's last_job: the job with the highest max_value. */
  public Optional<BatchedJob> lastJob(long migrationId) throws SQLException {
    return lastJob(db.session(), migrationId);
  }

  /** {@link #lastJob(long)} on a given connection (inside a claim's transaction). */
  public Optional<BatchedJob> lastJob(Connection c, long migrationId) throws SQLException {
    return query(c, "WHERE batched_background_migration_id = ? AND max_value IS NOT NULL"
        + " ORDER BY max_value DESC, id DESC LIMIT 1", migrationId).stream().findFirst();
  }

  /**
   * The first pending job, row-locked until the caller's transaction ends; jobs another
   * transaction is claiming are skipped rather than waited for.
   */
  public Optional<BatchedJob> claimPending(Connection c, long migrationId) throws SQLException {
    return query(c, "WHERE batched_background_migration_id = ? AND status = 0 ORDER BY id LIMIT 1"
        + " FOR UPDATE SKIP LOCKED", migrationId).stream().findFirst();
  }

  /**
   * The first running job whose runner is gone, row-locked as {@link #claimPending}: a bbm runner
   * (its pid and backend start in the job's metrics) no longer in pg_stat_activity, or, without
   * a bbm runner, a job untouched for {@code staleAfter}. A job whose bbm runner is alive is never
   * returned, however old, so no range runs twice at once.
   */
  public Optional<BatchedJob> claimStaleRunning(Connection c, long migrationId, Duration staleAfter)
      throws SQLException {
    return query(c, "WHERE batched_background_migration_id = ? AND status = 1 AND CASE"
        + " WHEN jsonb_typeof(metrics->'bbm_runner'->'pid') = 'number'"
        + " AND jsonb_typeof(metrics->'bbm_runner'->'backend_start') = 'string'"
        + " THEN NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = (metrics->'bbm_runner'->>'pid')::int"
        + " AND a.backend_start = (metrics->'bbm_runner'->>'backend_start')::timestamptz)"
        + " ELSE updated_at <= now() - ?::interval END ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED",
        migrationId, staleAfter.toMillis() + " milliseconds").stream().findFirst();
  }

  /**
   * GitLab's retriable scope for a claim: failed with attempts below the maximum (stuck running
   * jobs are {@link #claimStaleRunning}'s), row-locked as {@link #claimPending}.
   */
  public Optional<BatchedJob> claimRetriable(Connection c, long migrationId) throws SQLException {
    return query(c, "WHERE batched_background_migration_id = ? AND status = 2 AND attempts < ? ORDER BY id LIMIT 1"
        + " FOR UPDATE SKIP LOCKED", migrationId, JobStatus.MAX_ATTEMPTS).stream().findFirst();
  }

  /** Two jobs of one migration whose ranges share keys; the first starts no later than the second. */
  public record Overlap(long firstId, JobRange first, JobStatus firstStatus, long secondId, JobRange second,
      JobStatus secondStatus) {}

  /**
   * The first pair of the migration's jobs whose ranges overlap, in min_value order, or empty: the
   * job whose min_value is not above the highest max_value before it, and one such earlier job.
   * One sort of the migration's jobs, however many there are.
   */
  public Optional<Overlap> firstOverlap(Connection c, long migrationId) throws SQLException {
    String sql = "WITH j AS (SELECT id, min_value, max_value, status, max(max_value) OVER (ORDER BY min_value, id"
        + " ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach" + FROM
        + " WHERE batched_background_migration_id = ? AND min_value IS NOT NULL AND max_value IS NOT NULL),"
        + " b AS (SELECT id, min_value, max_value, status FROM j WHERE min_value <= reach ORDER BY min_value, id"
        + " LIMIT 1)"
        + " SELECT a.id, a.min_value, a.max_value, a.status, b.id, b.min_value, b.max_value, b.status FROM b"
        + " CROSS JOIN LATERAL (SELECT id, min_value, max_value, status" + FROM
        + " WHERE batched_background_migration_id = ? AND (min_value, id) < (b.min_value, b.id)"
        + " AND max_value >= b.min_value ORDER BY min_value, id LIMIT 1) a";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, migrationId, migrationId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new Overlap(rs.getLong(1), range(rs.getLong(2), rs.getLong(3)), status(rs.getInt(4)),
            rs.getLong(5), range(rs.getLong(6), rs.getLong(7)), status(rs.getInt(8))));
      }
    }
  }

  /** A job's range as its row gives it, even one whose max_value lies below its min_value. */
  private static JobRange range(long min, long max) {
    return new JobRange(Math.min(min, max), Math.max(min, max));
  }

  private static JobStatus status(int code) throws BadJobRowException {
    if (code < 0 || code > 3) {
      throw new BadJobRowException("a batched job has status " + code
          + ", which is not one of GitLab's job status codes (0 to 3)");
    }
    return JobStatus.fromCode(code);
  }

  /** What is left of a migration's jobs when nothing can be claimed. */
  public record Activity(long active, long retriable, long failedForGood) {}

  public Activity activity(Connection c, long migrationId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FILTER (WHERE status IN (0, 1)),"
        + " count(*) FILTER (WHERE status = 2 AND attempts < ?), count(*) FILTER (WHERE status = 2 AND attempts >= ?)"
        + FROM + " WHERE batched_background_migration_id = ?")) {
      bind(ps, JobStatus.MAX_ATTEMPTS, JobStatus.MAX_ATTEMPTS, migrationId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new Activity(rs.getLong(1), rs.getLong(2), rs.getLong(3));
      }
    }
  }

  /**
   * GitLab's retriable scope, first by id: failed with attempts below the maximum, or stuck
   * (pending or running, untouched for {@code stuckAfter}).
   */
  public Optional<BatchedJob> firstRetriable(long migrationId, Duration stuckAfter) throws SQLException {
    return query(db.session(), "WHERE batched_background_migration_id = ?"
        + " AND ((status = 2 AND attempts < ?) OR (status IN (0, 1) AND updated_at <= now() - ?::interval))"
        + " ORDER BY id LIMIT 1", migrationId, JobStatus.MAX_ATTEMPTS, stuckAfter.toSeconds() + " seconds")
        .stream().findFirst();
  }

  public BatchedJob create(Connection c, long migrationId, JobRange range, int batchSize, int subBatchSize,
      int pauseMs) throws SQLException {
    String sql = "INSERT INTO " + Layout.JOBS + " (batched_background_migration_id, min_value, max_value,"
        + " batch_size, sub_batch_size, pause_ms, status, attempts, metrics, created_at, updated_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, 0, 0, '{}', now(), now()) RETURNING " + COLUMNS;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, migrationId, range.min(), range.max(), batchSize, subBatchSize, pauseMs);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return map(rs);
      }
    }
  }

  /**
   * A new job that starts at once: inserted running with attempts 1 and started_at now, as
   * create_batched_job! followed by run! leave it, in the caller's transaction (so no other worker
   * ever sees it pending). The caller logs the pending to running transition.
   */
  public BatchedJob createRunning(Connection c, long migrationId, JobRange range, int batchSize, int subBatchSize,
      int pauseMs, String runnerMetricsJson) throws SQLException {
    String sql = "INSERT INTO " + Layout.JOBS + " (batched_background_migration_id, min_value, max_value,"
        + " batch_size, sub_batch_size, pause_ms, status, attempts, metrics, created_at, updated_at, started_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, 1, 1, ?::jsonb, now(), now(), now()) RETURNING " + COLUMNS;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, migrationId, range.min(), range.max(), batchSize, subBatchSize, pauseMs, runnerMetricsJson);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return map(rs);
      }
    }
  }

  /**
   * GitLab's run!: attempts + 1, started_at now, finished_at cleared, metrics reset (bbm keeps
   * its runner's identity there while the job runs). Compare-and-set on the status bbm read.
   */
  public Optional<BatchedJob> markRunning(Connection c, BatchedJob job, String runnerMetricsJson,
      Integer subBatchSize) throws SQLException {
    String sql = "UPDATE " + Layout.JOBS + " SET status = 1, attempts = attempts + 1, started_at = now(),"
        + " finished_at = NULL, metrics = ?::jsonb, updated_at = now()"
        + (subBatchSize == null ? "" : ", sub_batch_size = least(batch_size, " + Math.max(1, subBatchSize) + ")")
        + " WHERE id = ? AND status = ? AND attempts = ? RETURNING " + COLUMNS;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, runnerMetricsJson, job.id(), job.status().code(), job.attempts());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    }
  }

  /** succeed! or failure!: finished_at now and the batch metrics; only from running. */
  public boolean markFinished(Connection c, long jobId, JobStatus outcome, String metricsJson) throws SQLException {
    return markFinished(c, jobId, outcome, metricsJson, null);
  }

  /**
   * As {@link #markFinished(Connection, long, JobStatus, String)}, also recording the sub-batch
   * size the job really used (--fast adapts it while running), kept within the job's batch size.
   */
  public boolean markFinished(Connection c, long jobId, JobStatus outcome, String metricsJson, Integer subBatchSize)
      throws SQLException {
    String sql = "UPDATE " + Layout.JOBS + " SET status = ?, finished_at = now(), metrics = ?::jsonb,"
        + (subBatchSize == null ? "" : " sub_batch_size = least(greatest(?, 1), batch_size),")
        + " updated_at = now() WHERE id = ? AND status = 1";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (subBatchSize == null) {
        bind(ps, outcome.code(), metricsJson, jobId);
      } else {
        bind(ps, outcome.code(), metricsJson, subBatchSize, jobId);
      }
      return ps.executeUpdate() == 1;
    }
  }

  /** Failed without counting the attempt (bbm stopped between sub-batches); only from running. */
  public boolean markFailedUncounted(Connection c, long jobId, String metricsJson) throws SQLException {
    String sql = "UPDATE " + Layout.JOBS + " SET status = 2, finished_at = now(), metrics = ?::jsonb,"
        + " attempts = greatest(attempts - 1, 0), updated_at = now() WHERE id = ? AND status = 1";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, metricsJson, jobId);
      return ps.executeUpdate() == 1;
    }
  }

  /** Keeps a running job's updated_at fresh so it is not mistaken for stuck. */
  public void touch(Connection c, long jobId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + Layout.JOBS
        + " SET updated_at = now() WHERE id = ? AND status = 1")) {
      ps.setLong(1, jobId);
      ps.executeUpdate();
    }
  }

  /** GitLab's reset_attempts_of_blocked_jobs!, limited to jobs that have not succeeded. */
  public int resetBlockedAttempts(Connection c, long migrationId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + Layout.JOBS + " SET attempts = 0, updated_at = now()"
        + " WHERE batched_background_migration_id = ? AND attempts >= ? AND status <> 3")) {
      bind(ps, migrationId, JobStatus.MAX_ATTEMPTS);
      return ps.executeUpdate();
    }
  }

  /** Jobs created since a time, and how many of them failed (GitLab's should_stop?). */
  public long[] createdAndFailedSince(long migrationId, OffsetDateTime since) throws SQLException {
    return createdAndFailedSince(db.session(), migrationId, since);
  }

  public long[] createdAndFailedSince(Connection c, long migrationId, OffsetDateTime since) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT count(*), count(*) FILTER (WHERE status = 2)"
        + FROM + " WHERE batched_background_migration_id = ? AND created_at >= ?")) {
      bind(ps, migrationId, since);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new long[] {rs.getLong(1), rs.getLong(2)};
      }
    }
  }

  /** Durations in seconds of the last {@code n} succeeded jobs, most recently finished first. */
  public List<Double> recentSucceededSeconds(long migrationId, int n) throws SQLException {
    return recentSucceededSeconds(db.session(), migrationId, n);
  }

  public List<Double> recentSucceededSeconds(Connection c, long migrationId, int n) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT extract(epoch FROM finished_at - started_at)"
        + FROM + " WHERE batched_background_migration_id = ? AND status = 3 AND finished_at IS NOT NULL"
        + " ORDER BY finished_at DESC LIMIT ?")) {
      bind(ps, migrationId, n);
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

  public long countNotSucceeded(Connection c, long migrationId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT count(*)" + FROM
        + " WHERE batched_background_migration_id = ? AND status <> 3")) {
      ps.setLong(1, migrationId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Counts and covered key ranges for many migrations at once. */
  public Map<Long, JobCounts> counts(List<Long> migrationIds) throws SQLException {
    Map<Long, JobCounts> out = new HashMap<>();
    if (migrationIds.isEmpty()) {
      return out;
    }
    String sql = "SELECT batched_background_migration_id,"
        + " count(*) FILTER (WHERE status = 0), count(*) FILTER (WHERE status = 1),"
        + " count(*) FILTER (WHERE status = 2), count(*) FILTER (WHERE status = 3),"
        + " coalesce(sum(max_value - min_value + 1) FILTER (WHERE status = 3), 0),"
        + " coalesce(sum(batch_size) FILTER (WHERE status = 3), 0),"
        + " max(max_value), max(created_at), max(finished_at)"
        + FROM + " WHERE batched_background_migration_id = ANY (?) GROUP BY 1";
    Connection c = db.session();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setArray(1, c.createArrayOf("int8", migrationIds.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong(1), new JobCounts(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
              rs.getLong(6), rs.getLong(7), rs.getObject(8, Long.class), rs.getObject(9, OffsetDateTime.class),
              rs.getObject(10, OffsetDateTime.class)));
        }
      }
    }
    return out;
  }

  /** Failed jobs with the last error recorded in their transition logs. */
  public List<FailedJob> failedWithLastError(long migrationId, boolean haveLogs, int limit) throws SQLException {
    String sql = "SELECT j.id, j.min_value, j.max_value, j.attempts, l.exception_class, l.exception_message,"
        + " coalesce(l.created_at, j.finished_at)" + FROM + " j"
        + (haveLogs
            ? " LEFT JOIN LATERAL (SELECT exception_class, exception_message, created_at FROM "
                + Layout.TRANSITION_LOGS + " t WHERE t.batched_background_migration_job_id = j.id"
                + " AND t.next_status = 2 ORDER BY t.created_at DESC, t.id DESC LIMIT 1) l ON true"
            : " LEFT JOIN (SELECT NULL::text AS exception_class, NULL::text AS exception_message,"
                + " NULL::timestamptz AS created_at) l ON true")
        + " WHERE j.batched_background_migration_id = ? AND j.status = 2 ORDER BY j.min_value, j.id LIMIT ?";
    try (PreparedStatement ps = db.session().prepareStatement(sql)) {
      bind(ps, migrationId, limit);
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

  /** GitLab's reduce_sub_batch_size!: only a failed job's sub-batch size shrinks. */
  public boolean reduceSubBatchSize(Connection c, long jobId, int newSize) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + Layout.JOBS
        + " SET sub_batch_size = ?, updated_at = now() WHERE id = ? AND status = 2")) {
      bind(ps, newSize, jobId);
      return ps.executeUpdate() == 1;
    }
  }

  /**
   * GitLab's split_and_retry! for a failed job: with a midpoint inside the range, the job keeps
   * min..midpoint and a failed copy takes midpoint+1..max, both with attempts 0 so both are
   * retriable; without one, only the batch size halves and the attempts reset. Row-locked.
   * Returns the new job's id, or null when no copy was made.
   */
  public Long split(Connection c, BatchedJob job, int newBatchSize, Long midpoint) throws SQLException {
    try (PreparedStatement lock = c.prepareStatement("SELECT status FROM " + Layout.JOBS + " WHERE id = ? FOR UPDATE")) {
      lock.setLong(1, job.id());
      try (ResultSet rs = lock.executeQuery()) {
        if (!rs.next() || rs.getInt(1) != JobStatus.FAILED.code()) {
          return null;
        }
      }
    }
    if (newBatchSize < 1 || midpoint == null || midpoint >= job.maxValue() || midpoint < job.minValue()) {
      try (PreparedStatement ps = c.prepareStatement("UPDATE " + Layout.JOBS + " SET attempts = 0,"
          + " batch_size = ?, updated_at = now() WHERE id = ?")) {
        bind(ps, Math.max(1, newBatchSize), job.id());
        ps.executeUpdate();
      }
      return null;
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + Layout.JOBS + " SET batch_size = ?, max_value = ?,"
        + " attempts = 0, started_at = NULL, finished_at = NULL, metrics = '{}', updated_at = now() WHERE id = ?")) {
      bind(ps, newBatchSize, midpoint, job.id());
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + Layout.JOBS + " (batched_background_migration_id,"
        + " min_value, max_value, batch_size, sub_batch_size, pause_ms, status, attempts, metrics, created_at,"
        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, 2, 0, '{}', now(), now()) RETURNING id")) {
      bind(ps, job.migrationId(), midpoint + 1, job.maxValue(), newBatchSize, job.subBatchSize(), job.pauseMs());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Keys per wall-clock second over each migration's last {@code n} succeeded jobs. */
  public Map<Long, dev.bbm.domain.Throughput> recentThroughput(List<Long> migrationIds, int n) throws SQLException {
    Map<Long, dev.bbm.domain.Throughput> out = new HashMap<>();
    if (migrationIds.isEmpty()) {
      return out;
    }
    String sql = "SELECT id, sum(w), extract(epoch FROM max(finished_at) - min(started_at)), count(*) FROM"
        + " (SELECT batched_background_migration_id AS id, max_value - min_value + 1 AS w, started_at, finished_at,"
        + " row_number() OVER (PARTITION BY batched_background_migration_id ORDER BY finished_at DESC) AS rn"
        + FROM + " WHERE batched_background_migration_id = ANY (?) AND status = 3 AND started_at IS NOT NULL"
        + " AND finished_at IS NOT NULL) x WHERE rn <= ? GROUP BY id";
    Connection c = db.session();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setArray(1, c.createArrayOf("int8", migrationIds.toArray()));
      ps.setInt(2, n);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong(1), new dev.bbm.domain.Throughput(rs.getLong(2), rs.getDouble(3), rs.getInt(4)));
        }
      }
    }
    return out;
  }

  /** The running jobs of the given migrations. */
  public List<BatchedJob> running(List<Long> migrationIds) throws SQLException {
    Connection c = db.session();
    if (migrationIds.isEmpty()) {
      return List.of();
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + FROM
        + " WHERE batched_background_migration_id = ANY (?) AND status = 1 ORDER BY id")) {
      ps.setArray(1, c.createArrayOf("int8", migrationIds.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        List<BatchedJob> out = new ArrayList<>();
        while (rs.next()) {
          out.add(map(rs));
        }
        return out;
      }
    }
  }

  /** mark-finished's view of a migration's jobs: one group per status, in status-code order. */
  public List<JobStatusGroup> statusGroups(Connection c, long migrationId) throws SQLException {
    return groups(c, "SELECT status, min_value, max_value, updated_at" + FROM
        + " WHERE batched_background_migration_id = ?", migrationId);
  }

  /**
   * The jobs that have not succeeded, grouped as {@link #statusGroups} does, with their rows locked
   * until the caller's transaction ends: comparing with an earlier read tells whether they changed.
   */
  public List<JobStatusGroup> lockNotSucceeded(Connection c, long migrationId) throws SQLException {
    return groups(c, "SELECT status, min_value, max_value, updated_at" + FROM
        + " WHERE batched_background_migration_id = ? AND status <> 3 FOR UPDATE", migrationId);
  }

  private static List<JobStatusGroup> groups(Connection c, String rows, long migrationId) throws SQLException {
    String sql = "SELECT status, count(*), min(min_value), max(max_value), max(updated_at) FROM (" + rows
        + ") j GROUP BY status ORDER BY status";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, migrationId);
      try (ResultSet rs = ps.executeQuery()) {
        List<JobStatusGroup> out = new ArrayList<>();
        while (rs.next()) {
          int status = rs.getInt(1);
          if (status < 0 || status > 3) {
            throw new BadJobRowException("batched background migration " + migrationId + " has jobs with status "
                + status + ", which is not one of GitLab's job status codes (0 to 3)");
          }
          out.add(new JobStatusGroup(JobStatus.fromCode(status), rs.getLong(2), rs.getObject(3, Long.class),
              rs.getObject(4, Long.class), rs.getObject(5, OffsetDateTime.class)));
        }
        return out;
      }
    }
  }

  /**
   * The parts of {@code min..max} that no job of the migration covers, whatever the jobs' status:
   * the total number of keys, the number of gaps, and the lowest {@code limit} gaps.
   */
  public UncoveredKeys uncovered(Connection c, long migrationId, long min, long max, int limit) throws SQLException {
    // numeric, so that max_value + 1 cannot overflow bigint at the top of the range
    String sql = "WITH r AS (SELECT min_value::numeric AS lo, max_value::numeric AS hi" + FROM
        + " WHERE batched_background_migration_id = ? AND min_value IS NOT NULL AND max_value IS NOT NULL"
        + " AND max_value >= ? AND min_value <= ?),"
        + " o AS (SELECT lo, max(hi) OVER (ORDER BY lo, hi ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)"
        + " AS before FROM r),"
        + " g AS (SELECT greatest(coalesce(before + 1, ?::numeric), ?::numeric) AS lo, lo - 1 AS hi FROM o"
        + " UNION ALL SELECT greatest(coalesce((SELECT max(hi) FROM r) + 1, ?::numeric), ?::numeric), ?::numeric)"
        + " SELECT lo::bigint, hi::bigint, count(*) OVER (), sum(hi - lo + 1) OVER () FROM g WHERE lo <= hi"
        + " ORDER BY lo LIMIT ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, migrationId, min, max, min, min, min, min, max, Math.max(1, limit));
      try (ResultSet rs = ps.executeQuery()) {
        List<JobRange> first = new ArrayList<>();
        long ranges = 0;
        long keys = 0;
        while (rs.next()) {
          first.add(new JobRange(rs.getLong(1), rs.getLong(2)));
          ranges = rs.getLong(3);
          keys = rs.getBigDecimal(4).min(java.math.BigDecimal.valueOf(Long.MAX_VALUE)).longValueExact();
        }
        return new UncoveredKeys(keys, ranges, first);
      }
    }
  }

  /** A job whose status bbm changed, with the status it had. */
  public record ChangedJob(long id, JobStatus previous) {}

  private static final String MARK_ALL_SUCCEEDED = "UPDATE " + Layout.JOBS + " j SET status = 3,"
      + " finished_at = now(), updated_at = now() FROM (SELECT id, status" + FROM
      + " WHERE batched_background_migration_id = ? AND status <> 3) old WHERE j.id = old.id"
      + " RETURNING j.id, old.status";

  /**
   * mark-finished: every job of the migration that has not succeeded becomes succeeded, with
   * finished_at now as GitLab's succeed event sets it (started_at and attempts stay: the job did
   * not run). Returns each changed job with its previous status. Lock them first
   * ({@link #lockNotSucceeded}) so that the previous status is the one the caller compared.
   */
  public List<ChangedJob> markAllSucceeded(Connection c, long migrationId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(MARK_ALL_SUCCEEDED)) {
      ps.setLong(1, migrationId);
      try (ResultSet rs = ps.executeQuery()) {
        List<ChangedJob> out = new ArrayList<>();
        while (rs.next()) {
          out.add(new ChangedJob(rs.getLong(1), JobStatus.fromCode(rs.getInt(2))));
        }
        return out;
      }
    }
  }

  /** The statement {@link #markAllSucceeded} runs, with its value written in, for --dry-run. */
  public static String markAllSucceededSql(long migrationId) {
    return SqlText.inline(MARK_ALL_SUCCEEDED, migrationId);
  }
}
