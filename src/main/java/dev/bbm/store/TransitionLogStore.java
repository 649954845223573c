package dev.bbm.store;

import dev.bbm.domain.JobStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;

/**
 * Writes a transition-log row for each job status change, as GitLab's after_transition does.
 * The row goes in under a savepoint: when no partition accepts it, the data work is kept and the
 * caller is told once, because an audit row must never roll back a job.
 */
public final class TransitionLogStore {
  private final Database db;
  private String lastProblem;

  TransitionLogStore(Database db) {
    this.db = db;
  }

  /** Whether the database has the table (read from its layout, which is read once). */
  private boolean available() throws SQLException {
    return db.layout().hasTransitionLogs();
  }

  /**
   * Inserts the row inside the caller's transaction ({@code c} must not be in autocommit).
   * Returns false when it could not be written; {@link #lastProblem()} says why.
   */
  public boolean record(Connection c, long jobId, JobStatus from, JobStatus to, String exceptionClass,
      String exceptionMessage) throws SQLException {
    if (!available()) {
      lastProblem = "the table " + Layout.TRANSITION_LOGS + " does not exist";
      return false;
    }
    return insert(c, "INSERT INTO " + Layout.TRANSITION_LOGS
        + " (batched_background_migration_job_id, created_at, updated_at, previous_status, next_status,"
        + " exception_class, exception_message) VALUES (?, now(), now(), ?, ?, ?, ?)", ps -> {
          ps.setLong(1, jobId);
          ps.setInt(2, from.code());
          ps.setInt(3, to.code());
          ps.setString(4, SqlErrors.truncate(exceptionClass, 100));
          ps.setString(5, SqlErrors.truncate(exceptionMessage, 1000));
        });
  }

  public String lastProblem() {
    return lastProblem;
  }

  /**
   * One row per job in one statement, all under one savepoint ({@code c} must not be in
   * autocommit): each job's previous status, the same next status, class and message. Returns
   * false when the rows could not be written; {@link #lastProblem()} says why.
   */
  public boolean recordAll(Connection c, List<JobRepairs.ChangedJob> jobs, JobStatus to, String exceptionClass,
      String exceptionMessage) throws SQLException {
    if (!available()) {
      lastProblem = "the table " + Layout.TRANSITION_LOGS + " does not exist";
      return false;
    }
    if (jobs.isEmpty()) {
      return true;
    }
    return insert(c, "INSERT INTO " + Layout.TRANSITION_LOGS
        + " (batched_background_migration_job_id, created_at, updated_at, previous_status, next_status,"
        + " exception_class, exception_message) SELECT u.job_id, now(), now(), u.previous, ?, ?, ?"
        + " FROM unnest(?::bigint[], ?::int[]) AS u(job_id, previous)", ps -> {
          ps.setInt(1, to.code());
          ps.setString(2, SqlErrors.truncate(exceptionClass, 100));
          ps.setString(3, SqlErrors.truncate(exceptionMessage, 1000));
          ps.setArray(4, c.createArrayOf("int8", jobs.stream().map(JobRepairs.ChangedJob::id).toArray()));
          ps.setArray(5, c.createArrayOf("int4", jobs.stream().map(j -> j.previous().code()).toArray()));
        });
  }

  /** Binds the values of an insert. */
  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  /**
   * Runs one insert under a savepoint: a row no partition accepts is rolled back to the savepoint
   * (the caller's transaction and its data work stay), remembered in lastProblem, and reported
   * as false. A lost connection is not an audit problem and is thrown.
   */
  private boolean insert(Connection c, String sql, Binder binder) throws SQLException {
    Savepoint sp = c.setSavepoint();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      ps.executeUpdate();
      c.releaseSavepoint(sp);
      return true;
    } catch (SQLException e) {
      if (SqlErrors.isConnectionLost(e)) {
        throw e;
      }
      c.rollback(sp);
      lastProblem = SqlErrors.firstLine(e.getMessage());
      return false;
    }
  }

  /** For mark-finished's dry run: the transition-log insert it makes, in outline. */
  public static String insertOutline() {
    return "INSERT INTO batched_background_migration_job_transition_logs ... (one row per changed job)";
  }
}
