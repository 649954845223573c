package dev.bbm.store;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.Cursor;
import dev.bbm.domain.CursorRange;
import dev.bbm.domain.JobStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads rows of batched_background_migration_jobs as BatchedJob: the one place that knows their columns. */
public final class JobRows {
  static final String COLUMNS = "id, batched_background_migration_id, min_value, max_value, batch_size,"
      + " sub_batch_size, pause_ms, status, attempts, created_at, updated_at, started_at, finished_at, metrics::text,"
      // the cursor columns exist from GitLab 17.6; read through the row's JSON so either layout works
      + " to_jsonb(" + Layout.JOBS + ") ->> 'min_cursor', to_jsonb(" + Layout.JOBS + ") ->> 'max_cursor'";
  static final String FROM = " FROM " + Layout.JOBS;

  JobRows() {}

  /**
   * One row selected as {@link #COLUMNS}; a job bbm cannot trust (neither a range nor cursors,
   * unknown status) is refused.
   */
  static BatchedJob map(ResultSet rs) throws SQLException {
    long id = rs.getLong(1);
    Long min = rs.getObject(3, Long.class);
    Long max = rs.getObject(4, Long.class);
    CursorRange cursor = null;
    if (min == null || max == null) {
      String minCursor = rs.getString(15);
      String maxCursor = rs.getString(16);
      if (minCursor == null || maxCursor == null) {
        throw BbmException.usage("batched job " + id + " has neither min_value/max_value nor min_cursor/max_cursor;"
            + " bbm cannot tell which keys it covers");
      }
      cursor = new CursorRange(Cursor.parse("min_cursor of batched job " + id, minCursor),
          Cursor.parse("max_cursor of batched job " + id, maxCursor));
    }
    JobStatus status = status(rs.getInt(8), "batched job " + id + " has status");
    return new BatchedJob(id, rs.getLong(2), min == null ? 0 : min, max == null ? 0 : max, rs.getInt(5),
        rs.getInt(6), rs.getInt(7), status, rs.getInt(9), rs.getObject(10, OffsetDateTime.class),
        rs.getObject(11, OffsetDateTime.class), rs.getObject(12, OffsetDateTime.class),
        rs.getObject(13, OffsetDateTime.class), rs.getString(14), cursor);
  }

  /**
   * The job status of a code read from a row; a code that is not GitLab's is refused with exit 2,
   * in a sentence that starts with {@code subject} (which ends with the words before the code).
   */
  static JobStatus status(int code, String subject) {
    for (JobStatus s : JobStatus.values()) {
      if (s.code() == code) {
        return s;
      }
    }
    throw BbmException.usage(subject + " " + code + ", which is not one of GitLab's job status codes (0 to 3)");
  }

  /** The jobs a {@code WHERE ...} (with its ORDER BY, LIMIT, locking) selects, the values bound in order. */
  static List<BatchedJob> query(Connection c, String where, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + FROM + " " + where)) {
      Bindings.all(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        return mapAll(rs);
      }
    }
  }

  /** Every row of a result selected as {@link #COLUMNS}. */
  static List<BatchedJob> mapAll(ResultSet rs) throws SQLException {
    List<BatchedJob> out = new ArrayList<>();
    while (rs.next()) {
      out.add(map(rs));
    }
    return out;
  }

  public List<BatchedJob> withStatus(Connection c, long migrationId, JobStatus status) throws SQLException {
    return query(c, "WHERE batched_background_migration_id = ? AND status = ? ORDER BY id",
        migrationId, status.code());
  }

  public Optional<BatchedJob> find(Connection c, long jobId) throws SQLException {
    return query(c, "WHERE id = ?", jobId).stream().findFirst();
  }

  public List<BatchedJob> all(Connection c, long migrationId) throws SQLException {
    return query(c, "WHERE batched_background_migration_id = ? ORDER BY min_value, id", migrationId);
  }

  /**
   * The jobs that ended (succeeded or failed) after {@code since}, by their updated_at, oldest first:
   * what another runner (GitLab's rake under finalize --via-rake) has done since the last look.
   */
  public List<BatchedJob> endedSince(Connection c, long migrationId, OffsetDateTime since) throws SQLException {
    return query(c, "WHERE batched_background_migration_id = ? AND status IN (" + JobStatus.FAILED.code() + ", "
        + JobStatus.SUCCEEDED.code() + ") AND updated_at > ? ORDER BY updated_at, id", migrationId, since);
  }

  /** The latest updated_at of a migration's jobs, or null when it has none. */
  public OffsetDateTime lastUpdatedAt(Connection c, long migrationId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT max(updated_at)" + FROM
        + " WHERE batched_background_migration_id = ?")) {
      Bindings.all(ps, migrationId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getObject(1, OffsetDateTime.class) : null;
      }
    }
  }

  /** GitLab's last_job: the job with the highest max_value. */
  public Optional<BatchedJob> lastJob(Connection c, long migrationId) throws SQLException {
    return query(c, "WHERE batched_background_migration_id = ? AND max_value IS NOT NULL"
        + " ORDER BY max_value DESC, id DESC LIMIT 1", migrationId).stream().findFirst();
  }

  /** GitLab's last_job for a cursor-batched migration: the job with the highest max_cursor. */
  public Optional<BatchedJob> lastCursorJob(Connection c, long migrationId) throws SQLException {
    return query(c, "WHERE batched_background_migration_id = ? AND max_cursor IS NOT NULL"
        + " ORDER BY max_cursor DESC, id DESC LIMIT 1", migrationId).stream().findFirst();
  }

  /** The running jobs of the given migrations. */
  public List<BatchedJob> running(Connection c, List<Long> migrationIds) throws SQLException {
    if (migrationIds.isEmpty()) {
      return List.of();
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + FROM
        + " WHERE batched_background_migration_id = ANY (?) AND status = " + JobStatus.RUNNING.code()
        + " ORDER BY id")) {
      ps.setArray(1, c.createArrayOf("int8", migrationIds.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        return mapAll(rs);
      }
    }
  }

  /**
   * GitLab's retriable scope, first by id: failed with attempts below the maximum, or stuck
   * (pending or running, untouched for {@code stuckAfter}).
   */
  public Optional<BatchedJob> firstRetriable(Connection c, long migrationId, Duration stuckAfter)
      throws SQLException {
    return query(c, "WHERE batched_background_migration_id = ?"
        + " AND ((status = " + JobStatus.FAILED.code() + " AND attempts < ?) OR (status IN ("
        + JobStatus.PENDING.code() + ", " + JobStatus.RUNNING.code() + ") AND updated_at <= now() - ?::interval))"
        + " ORDER BY id LIMIT 1", migrationId, JobStatus.MAX_ATTEMPTS, stuckAfter.toSeconds() + " seconds")
        .stream().findFirst();
  }
}
