package dev.bbm.store;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.JobTransition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one migration's audit trail for {@code bbm status ID --jobs}: every job, and every
 * transition-log row of those jobs, in two statements whatever the number of jobs.
 */
public final class JobHistory {
  JobHistory() {}

  /** Every job of the migration, by range (min_value, or min_cursor for cursor jobs) then id. */
  public List<BatchedJob> jobs(Connection c, long migrationId) throws SQLException {
    return JobRows.query(c, "WHERE batched_background_migration_id = ?"
        + " ORDER BY min_value, to_jsonb(" + Layout.JOBS + ") -> 'min_cursor', id", migrationId);
  }

  /**
   * Every transition-log row of the migration's jobs, by job id, then oldest first; empty when the
   * database has no transition-log table.
   */
  public List<JobTransition> transitions(Connection c, long migrationId, boolean haveLogs) throws SQLException {
    if (!haveLogs) {
      return List.of();
    }
    String sql = "SELECT t.id, t.batched_background_migration_job_id, t.previous_status, t.next_status,"
        + " t.created_at, t.exception_class, t.exception_message FROM " + Layout.TRANSITION_LOGS + " t JOIN "
        + Layout.JOBS + " j ON j.id = t.batched_background_migration_job_id"
        + " WHERE j.batched_background_migration_id = ?"
        + " ORDER BY t.batched_background_migration_job_id, t.created_at, t.id";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Bindings.all(ps, migrationId);
      try (ResultSet rs = ps.executeQuery()) {
        List<JobTransition> out = new ArrayList<>();
        while (rs.next()) {
          out.add(new JobTransition(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4),
              rs.getObject(5, OffsetDateTime.class), rs.getString(6), rs.getString(7)));
        }
        return out;
      }
    }
  }
}
