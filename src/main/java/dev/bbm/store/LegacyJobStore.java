package dev.bbm.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads background_migration_jobs, GitLab's tracking table for legacy (Sidekiq) migrations. */
public final class LegacyJobStore {
  private final Database db;

  public LegacyJobStore(Database db) {
    this.db = db;
  }

  /** Pending (status 0) tracked jobs per class, classes without a leading {@code ::}. */
  public Map<String, Long> pendingByClass() throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (PreparedStatement ps = db.session().prepareStatement("SELECT ltrim(class_name, ':'), count(*) FROM "
        + Layout.LEGACY_JOBS + " WHERE status = 0 GROUP BY 1 ORDER BY 1"); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
    }
    return out;
  }

  /** Pending tracked jobs, of one class (leading {@code ::} ignored) or of all when null. */
  public long pendingCount(String className) throws SQLException {
    String sql = "SELECT count(*) FROM " + Layout.LEGACY_JOBS + " WHERE status = 0"
        + (className == null ? "" : " AND ltrim(class_name, ':') = ?");
    try (PreparedStatement ps = db.session().prepareStatement(sql)) {
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
  public java.util.List<dev.bbm.domain.LegacyJob> pending(String className) throws SQLException {
    java.util.List<dev.bbm.domain.LegacyJob> out = new java.util.ArrayList<>();
    try (PreparedStatement ps = db.session().prepareStatement("SELECT id, class_name, arguments::text, status FROM "
        + Layout.LEGACY_JOBS + " WHERE status = 0 AND ltrim(class_name, ':') = ? ORDER BY id")) {
      ps.setString(1, className);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new dev.bbm.domain.LegacyJob(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
        }
      }
    }
    return out;
  }

  /**
   * Claims a pending job for this process: a row lock taken in {@code claim}'s open transaction
   * (SKIP LOCKED, so a concurrent steal passes over it). False when it is gone, done or taken.
   */
  public static boolean claim(java.sql.Connection claim, long jobId) throws SQLException {
    try (PreparedStatement ps = claim.prepareStatement("SELECT 1 FROM " + Layout.LEGACY_JOBS
        + " WHERE id = ? AND status = 0 FOR UPDATE SKIP LOCKED")) {
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
  public static int markAllSucceeded(java.sql.Connection c, String className, String argumentsJson)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + Layout.LEGACY_JOBS + " SET status = 1,"
        + " updated_at = now() WHERE status = 0 AND ltrim(class_name, ':') = ? AND arguments = ?::jsonb")) {
      ps.setString(1, className);
      ps.setString(2, argumentsJson);
      return ps.executeUpdate();
    }
  }
}
