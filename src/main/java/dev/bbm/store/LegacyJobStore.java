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
}
