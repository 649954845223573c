package dev.bbm.store;

import dev.bbm.domain.LegacyJob;
import dev.bbm.domain.LegacyJobStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads background_migration_jobs, GitLab's tracking table for legacy (Sidekiq) migrations. */
public final class LegacyJobStore {
  private static final String PENDING = "status = " + LegacyJobStatus.PENDING.code();

  LegacyJobStore() {}

  /** Pending tracked jobs per class, classes without a leading {@code ::}. */
  public Map<String, Long> pendingByClass(Connection c) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT ltrim(class_name, ':'), count(*) FROM "
        + Layout.LEGACY_JOBS + " WHERE " + PENDING + " GROUP BY 1 ORDER BY 1"); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
    }
    return out;
  }

  /** Pending tracked jobs, of one class (leading {@code ::} ignored) or of all when null. */
  public long pendingCount(Connection c, String className) throws SQLException {
    String sql = "SELECT count(*) FROM " + Layout.LEGACY_JOBS + " WHERE " + PENDING
        + (className == null ? "" : " AND ltrim(class_name, ':') = ?");
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (className != null) {
        ps.setString(1, className);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The pending tracked jobs of a class, oldest first. */
  public List<LegacyJob> pending(Connection c, String className) throws SQLException {
    List<LegacyJob> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, class_name, arguments::text, status FROM "
        + Layout.LEGACY_JOBS + " WHERE " + PENDING + " AND ltrim(class_name, ':') = ? ORDER BY id")) {
      ps.setString(1, className);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new LegacyJob(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
        }
      }
    }
    return out;
  }

  /**
   * Claims a pending job for this process: a row lock taken in {@code claim}'s open transaction
   * (SKIP LOCKED, so a concurrent steal passes over it). False when it is gone, done or taken.
   */
  public boolean claim(Connection claim, long jobId) throws SQLException {
    try (PreparedStatement ps = claim.prepareStatement("SELECT 1 FROM " + Layout.LEGACY_JOBS
        + " WHERE id = ? AND " + PENDING + " FOR UPDATE SKIP LOCKED")) {
      ps.setLong(1, jobId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /**
   * GitLab's mark_all_as_succeeded: every pending row of the class with these exact arguments.
   * Returns the rows changed.
   */
  public int markAllSucceeded(Connection c, String className, String argumentsJson) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + Layout.LEGACY_JOBS + " SET status = "
        + LegacyJobStatus.SUCCEEDED.code() + ", updated_at = now() WHERE " + PENDING
        + " AND ltrim(class_name, ':') = ? AND arguments = ?::jsonb")) {
      ps.setString(1, className);
      ps.setString(2, argumentsJson);
      return ps.executeUpdate();
    }
  }
}
