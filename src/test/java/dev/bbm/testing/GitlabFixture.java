package dev.bbm.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Puts GitLab-shaped rows into a test database: tables to migrate, migrations, jobs. */
public final class GitlabFixture {
  private final TestDatabase db;

  public GitlabFixture(TestDatabase db) {
    this.db = db;
  }

  /**
   * A table with a bigint primary key {@code id} 1..rows (with optional gaps every {@code gapEvery}
   * ids), integer source columns filled from id, and bigint target columns left NULL.
   */
  public void copyTable(String table, long rows, String[] sources, String[] targets) {
    StringBuilder ddl = new StringBuilder("CREATE TABLE " + table + " (id bigint PRIMARY KEY");
    for (String s : sources) {
      if (!s.equals("id")) {
        ddl.append(", ").append(s).append(" integer");
      }
    }
    for (String t : targets) {
      ddl.append(", ").append(t).append(" bigint");
    }
    ddl.append(")");
    db.execute(ddl.toString());
    StringBuilder ins = new StringBuilder("INSERT INTO " + table + " (id");
    for (String s : sources) {
      if (!s.equals("id")) {
        ins.append(", ").append(s);
      }
    }
    ins.append(") SELECT g");
    for (String s : sources) {
      if (!s.equals("id")) {
        ins.append(", (g * 7 + 3) % 100000");
      }
    }
    ins.append(" FROM generate_series(1, ").append(rows).append(") g");
    db.execute(ins.toString());
  }

  /** Inserts a migration row; returns its id. Status codes as GitLab's. */
  public long migration(String jobClass, String table, String column, String jobArgumentsJson, long min, long max,
      int batchSize, int subBatchSize, int status) {
    String sql = "INSERT INTO batched_background_migrations (created_at, updated_at, min_value, max_value,"
        + " batch_size, sub_batch_size, \"interval\", status, job_class_name, table_name, column_name,"
        + " job_arguments, pause_ms, gitlab_schema, total_tuple_count, started_at)"
        + " VALUES (now(), now(), ?, ?, ?, ?, 120, ?, ?, ?, ?, ?::jsonb, 100, 'gitlab_main', ?,"
        + " CASE WHEN ? IN (1, 4, 5) THEN now() - interval '1 day' END) RETURNING id";
    try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, min);
      ps.setLong(2, max);
      ps.setInt(3, batchSize);
      ps.setInt(4, subBatchSize);
      ps.setInt(5, status);
      ps.setString(6, jobClass);
      ps.setString(7, table);
      ps.setString(8, column);
      ps.setString(9, jobArgumentsJson);
      ps.setLong(10, max - min + 1);
      ps.setInt(11, status);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Inserts a job row; returns its id. */
  public long job(long migrationId, long min, long max, int status, int attempts, String updatedAgo) {
    String sql = "INSERT INTO batched_background_migration_jobs (created_at, updated_at, started_at, finished_at,"
        + " batched_background_migration_id, min_value, max_value, batch_size, sub_batch_size, status, attempts,"
        + " metrics, pause_ms) VALUES (now() - ?::interval, now() - ?::interval,"
        + " CASE WHEN ? > 0 THEN now() - ?::interval END, CASE WHEN ? IN (2, 3) THEN now() - ?::interval END,"
        + " ?, ?, ?, ?, 100, ?, ?, '{}', 100) RETURNING id";
    try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      ps.setString(i++, updatedAgo);
      ps.setString(i++, updatedAgo);
      ps.setInt(i++, attempts);
      ps.setString(i++, updatedAgo);
      ps.setInt(i++, status);
      ps.setString(i++, updatedAgo);
      ps.setLong(i++, migrationId);
      ps.setLong(i++, min);
      ps.setLong(i++, max);
      ps.setLong(i++, Math.max(100, max - min + 1));
      ps.setInt(i++, status);
      ps.setInt(i++, attempts);
      long id;
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        id = rs.getLong(1);
      }
      if (status == 3) {
        // GitLab logged pending -> running -> succeeded for a job that succeeded
        try (Statement s = c.createStatement()) {
          s.execute("INSERT INTO batched_background_migration_job_transition_logs (batched_background_migration_job_id,"
              + " created_at, updated_at, previous_status, next_status) VALUES (" + id + ", now(), now(), 0, 1), ("
              + id + ", now(), now(), 1, 3)");
        }
      }
      return id;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A transition log row with an error, as GitLab writes for a failed job. */
  public void failureLog(long jobId, String exceptionClass, String message) {
    try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
        "INSERT INTO batched_background_migration_job_transition_logs (batched_background_migration_job_id,"
            + " created_at, updated_at, previous_status, next_status, exception_class, exception_message)"
            + " VALUES (?, now(), now(), 1, 2, ?, ?)")) {
      ps.setLong(1, jobId);
      ps.setString(2, exceptionClass);
      ps.setString(3, message);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Rows where any target differs from its source (must be 0 once a copy is done). */
  public long uncopied(String table, String[] sources, String[] targets) {
    StringBuilder where = new StringBuilder();
    for (int i = 0; i < sources.length; i++) {
      if (i > 0) {
        where.append(" OR ");
      }
      where.append(targets[i]).append(" IS DISTINCT FROM ").append(sources[i]);
    }
    return db.count("SELECT count(*) FROM " + table + " WHERE " + where);
  }

  /**
   * GitLab's invariants after a finished migration: every job succeeded, ranges contiguous and
   * non-overlapping from min_value to max_value, a transition log for each job. Returns a problem
   * description, or null when all hold.
   */
  public String invariantProblem(long migrationId) {
    return invariantProblem(migrationId, true);
  }

  /**
   * As {@link #invariantProblem(long)}; with {@code checkGaps} false, gaps between job ranges are allowed, as
   * GitLab's PrimaryKeyBatchingStrategy leaves them where only rows outside a job class's scope_to lie.
   */
  public String invariantProblem(long migrationId, boolean checkGaps) {
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      long notSucceeded = scalar(s, "SELECT count(*) FROM batched_background_migration_jobs"
          + " WHERE batched_background_migration_id = " + migrationId + " AND status <> 3");
      if (notSucceeded > 0) {
        return notSucceeded + " job(s) not succeeded";
      }
      long overlaps = scalar(s, "SELECT count(*) FROM batched_background_migration_jobs a"
          + " JOIN batched_background_migration_jobs b ON a.batched_background_migration_id = b.batched_background_migration_id"
          + " AND a.id < b.id AND a.min_value <= b.max_value AND b.min_value <= a.max_value"
          + " WHERE a.batched_background_migration_id = " + migrationId);
      if (overlaps > 0) {
        return overlaps + " overlapping job range pair(s)";
      }
      long gaps = scalar(s, "SELECT count(*) FROM (SELECT min_value, lag(max_value) OVER (ORDER BY min_value) AS prev"
          + " FROM batched_background_migration_jobs WHERE batched_background_migration_id = " + migrationId
          + ") x WHERE prev IS NOT NULL AND min_value <> prev + 1");
      if (checkGaps && gaps > 0) {
        return gaps + " gap(s) between job ranges";
      }
      long noLog = scalar(s, "SELECT count(*) FROM batched_background_migration_jobs j"
          + " WHERE j.batched_background_migration_id = " + migrationId + " AND NOT EXISTS (SELECT 1 FROM"
          + " batched_background_migration_job_transition_logs l WHERE l.batched_background_migration_job_id = j.id"
          + " AND l.next_status = 3)");
      if (noLog > 0) {
        return noLog + " job(s) without a transition log to succeeded";
      }
      long badTimes = scalar(s, "SELECT count(*) FROM batched_background_migration_jobs"
          + " WHERE batched_background_migration_id = " + migrationId
          + " AND (started_at IS NULL OR finished_at IS NULL OR finished_at < started_at OR attempts < 1)");
      if (badTimes > 0) {
        return badTimes + " job(s) without started_at/finished_at/attempts";
      }
      return null;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long scalar(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  public int status(long migrationId) {
    return ((Number) db.scalar("SELECT status FROM batched_background_migrations WHERE id = ?", migrationId))
        .intValue();
  }
}
