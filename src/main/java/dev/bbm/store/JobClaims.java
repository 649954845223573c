package dev.bbm.store;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.CursorRange;
import dev.bbm.domain.JobRange;
import dev.bbm.domain.JobStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/** The claim queue finalize's workers share: claim a job under a row lock, mark it running, then finished. */
public final class JobClaims {
  private static final String PENDING = "status = " + JobStatus.PENDING.code();
  private static final String RUNNING = "status = " + JobStatus.RUNNING.code();
  private static final String FAILED = "status = " + JobStatus.FAILED.code();

  JobClaims() {}

  /**
   * The first pending job, row-locked until the caller's transaction ends; jobs another
   * transaction is claiming are skipped rather than waited for.
   */
  public Optional<BatchedJob> claimPending(Connection c, long migrationId) throws SQLException {
    return JobRows.query(c, "WHERE batched_background_migration_id = ? AND " + PENDING + " ORDER BY id LIMIT 1"
        + " FOR UPDATE SKIP LOCKED", migrationId).stream().findFirst();
  }

  /**
   * The first running job whose runner is gone, row-locked as {@link #claimPending}: a bbm runner
   * that no session holds the job's runner lock for ({@link RunnerLocks}); a runner of a bbm before
   * those locks whose backend is gone ({@link RunnerLocks#legacyRunnerAlive}); or, without a bbm
   * runner, a job untouched for {@code staleAfter}. A job whose bbm runner is alive, or may be
   * ({@code locksVisible} false: pg_locks cannot be read), is never returned, however old, so no
   * range runs twice at once.
   */
  public Optional<BatchedJob> claimStaleRunning(Connection c, long migrationId, Duration staleAfter,
      boolean locksVisible) throws SQLException {
    return JobRows.query(c, "WHERE batched_background_migration_id = ? AND " + RUNNING + " AND CASE"
        + " WHEN metrics->'bbm_runner'->'job_lock' = 'true'::jsonb"
        + " THEN " + (locksVisible ? "NOT " + RunnerLocks.heldSql("id") : "false")
        + " WHEN jsonb_typeof(metrics->'bbm_runner'->'pid') = 'number'"
        + " AND jsonb_typeof(metrics->'bbm_runner'->'backend_start') = 'string'"
        + " THEN NOT " + RunnerLocks.legacyRunnerAliveSql()
        + " ELSE updated_at <= now() - ?::interval END ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED",
        migrationId, staleAfter.toMillis() + " milliseconds").stream().findFirst();
  }

  /**
   * GitLab's retriable scope for a claim: failed with attempts below the maximum (stuck running
   * jobs are {@link #claimStaleRunning}'s), row-locked as {@link #claimPending}.
   */
  public Optional<BatchedJob> claimRetriable(Connection c, long migrationId) throws SQLException {
    return JobRows.query(c, "WHERE batched_background_migration_id = ? AND " + FAILED + " AND attempts < ?"
        + " ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED", migrationId, JobStatus.MAX_ATTEMPTS).stream().findFirst();
  }

  /**
   * GitLab's run!: attempts + 1, started_at now, finished_at cleared, metrics reset (bbm keeps
   * its runner's identity there while the job runs). Compare-and-set on the status bbm read.
   */
  public Optional<BatchedJob> markRunning(Connection c, BatchedJob job, String runnerMetricsJson,
      Integer subBatchSize) throws SQLException {
    String sql = "UPDATE " + Layout.JOBS + " SET " + RUNNING + ", attempts = attempts + 1, started_at = now(),"
        + " finished_at = NULL, metrics = ?::jsonb, updated_at = now()"
        + (subBatchSize == null ? "" : ", sub_batch_size = least(batch_size, " + Math.max(1, subBatchSize) + ")")
        + " WHERE id = ? AND status = ? AND attempts = ? RETURNING " + JobRows.COLUMNS;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Bindings.all(ps, runnerMetricsJson, job.id(), job.status().code(), job.attempts());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(JobRows.map(rs)) : Optional.empty();
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
        + " VALUES (?, ?, ?, ?, ?, ?, " + JobStatus.RUNNING.code() + ", 1, ?::jsonb, now(), now(), now())"
        + " RETURNING " + JobRows.COLUMNS;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Bindings.all(ps, migrationId, range.min(), range.max(), batchSize, subBatchSize, pauseMs, runnerMetricsJson);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return JobRows.map(rs);
      }
    }
  }

  /** As {@link #createRunning}, for a cursor-batched migration: min_cursor/max_cursor set, the values NULL. */
  public BatchedJob createRunningCursor(Connection c, long migrationId, CursorRange range, int batchSize,
      int subBatchSize, int pauseMs, String runnerMetricsJson) throws SQLException {
    String sql = "INSERT INTO " + Layout.JOBS + " (batched_background_migration_id, min_cursor, max_cursor,"
        + " batch_size, sub_batch_size, pause_ms, status, attempts, metrics, created_at, updated_at, started_at)"
        + " VALUES (?, ?::jsonb, ?::jsonb, ?, ?, ?, " + JobStatus.RUNNING.code() + ", 1, ?::jsonb, now(), now(), now())"
        + " RETURNING " + JobRows.COLUMNS;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Bindings.all(ps, migrationId, range.min().json(), range.max().json(), batchSize, subBatchSize, pauseMs,
          runnerMetricsJson);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return JobRows.map(rs);
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
        + " updated_at = now() WHERE id = ? AND " + RUNNING;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (subBatchSize == null) {
        Bindings.all(ps, outcome.code(), metricsJson, jobId);
      } else {
        Bindings.all(ps, outcome.code(), metricsJson, subBatchSize, jobId);
      }
      return ps.executeUpdate() == 1;
    }
  }

  /** Failed without counting the attempt (bbm stopped between sub-batches); only from running. */
  public boolean markFailedUncounted(Connection c, long jobId, String metricsJson) throws SQLException {
    String sql = "UPDATE " + Layout.JOBS + " SET " + FAILED + ", finished_at = now(), metrics = ?::jsonb,"
        + " attempts = greatest(attempts - 1, 0), updated_at = now() WHERE id = ? AND " + RUNNING;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Bindings.all(ps, metricsJson, jobId);
      return ps.executeUpdate() == 1;
    }
  }

  /** Keeps a running job's updated_at fresh so it is not mistaken for stuck. */
  public void touch(Connection c, long jobId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + Layout.JOBS
        + " SET updated_at = now() WHERE id = ? AND " + RUNNING)) {
      ps.setLong(1, jobId);
      ps.executeUpdate();
    }
  }

  /** What is left of a migration's jobs when nothing can be claimed. */
  public record Activity(long active, long retriable, long failedForGood) {}

  public Activity activity(Connection c, long migrationId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FILTER (WHERE status IN ("
        + JobStatus.PENDING.code() + ", " + JobStatus.RUNNING.code() + ")),"
        + " count(*) FILTER (WHERE " + FAILED + " AND attempts < ?),"
        + " count(*) FILTER (WHERE " + FAILED + " AND attempts >= ?)"
        + JobRows.FROM + " WHERE batched_background_migration_id = ?")) {
      Bindings.all(ps, JobStatus.MAX_ATTEMPTS, JobStatus.MAX_ATTEMPTS, migrationId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new Activity(rs.getLong(1), rs.getLong(2), rs.getLong(3));
      }
    }
  }

  /** How many of the migration's jobs have not succeeded: none left means the migration may finish. */
  public long countNotSucceeded(Connection c, long migrationId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT count(*)" + JobRows.FROM
        + " WHERE batched_background_migration_id = ? AND status <> " + JobStatus.SUCCEEDED.code())) {
      ps.setLong(1, migrationId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
