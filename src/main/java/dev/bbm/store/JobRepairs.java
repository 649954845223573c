package dev.bbm.store;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.JobRange;
import dev.bbm.domain.JobStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Changes to job rows outside a job's own run: GitLab's repairs after failures, and mark-finished's update. */
public final class JobRepairs {
  JobRepairs() {}

  /** A pending job, inserted in the caller's transaction, as create_batched_job! leaves it. */
  public BatchedJob create(Connection c, long migrationId, JobRange range, int batchSize, int subBatchSize,
      int pauseMs) throws SQLException {
    String sql = "INSERT INTO " + Layout.JOBS + " (batched_background_migration_id, min_value, max_value,"
        + " batch_size, sub_batch_size, pause_ms, status, attempts, metrics, created_at, updated_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, " + JobStatus.PENDING.code() + ", 0, '{}', now(), now()) RETURNING "
        + JobRows.COLUMNS;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Bindings.all(ps, migrationId, range.min(), range.max(), batchSize, subBatchSize, pauseMs);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return JobRows.map(rs);
      }
    }
  }

  /** GitLab's reset_attempts_of_blocked_jobs!, limited to jobs that have not succeeded. */
  public int resetBlockedAttempts(Connection c, long migrationId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + Layout.JOBS + " SET attempts = 0, updated_at = now()"
        + " WHERE batched_background_migration_id = ? AND attempts >= ? AND status <> "
        + JobStatus.SUCCEEDED.code())) {
      Bindings.all(ps, migrationId, JobStatus.MAX_ATTEMPTS);
      return ps.executeUpdate();
    }
  }

  /** GitLab's reduce_sub_batch_size!: only a failed job's sub-batch size shrinks. */
  public boolean reduceSubBatchSize(Connection c, long jobId, int newSize) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + Layout.JOBS
        + " SET sub_batch_size = ?, updated_at = now() WHERE id = ? AND status = " + JobStatus.FAILED.code())) {
      Bindings.all(ps, newSize, jobId);
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
    try (PreparedStatement lock = c.prepareStatement("SELECT status FROM " + Layout.JOBS
        + " WHERE id = ? FOR UPDATE")) {
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
        Bindings.all(ps, Math.max(1, newBatchSize), job.id());
        ps.executeUpdate();
      }
      return null;
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + Layout.JOBS + " SET batch_size = ?, max_value = ?,"
        + " attempts = 0, started_at = NULL, finished_at = NULL, metrics = '{}', updated_at = now() WHERE id = ?")) {
      Bindings.all(ps, newBatchSize, midpoint, job.id());
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + Layout.JOBS + " (batched_background_migration_id,"
        + " min_value, max_value, batch_size, sub_batch_size, pause_ms, status, attempts, metrics, created_at,"
        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, " + JobStatus.FAILED.code() + ", 0, '{}', now(), now())"
        + " RETURNING id")) {
      Bindings.all(ps, job.migrationId(), midpoint + 1, job.maxValue(), newBatchSize, job.subBatchSize(),
          job.pauseMs());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** A job whose status bbm changed, with the status it had. */
  public record ChangedJob(long id, JobStatus previous) {}

  private static final String MARK_ALL_SUCCEEDED = "UPDATE " + Layout.JOBS + " j SET status = "
      + JobStatus.SUCCEEDED.code() + ", finished_at = now(), updated_at = now() FROM (SELECT id, status"
      + JobRows.FROM + " WHERE batched_background_migration_id = ? AND status <> " + JobStatus.SUCCEEDED.code()
      + ") old WHERE j.id = old.id RETURNING j.id, old.status";

  /**
   * mark-finished: every job of the migration that has not succeeded becomes succeeded, with
   * finished_at now as GitLab's succeed event sets it (started_at and attempts stay: the job did
   * not run). Returns each changed job with its previous status. Lock them first
   * ({@link JobStatistics#lockNotSucceeded}) so that the previous status is the one the caller compared.
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
