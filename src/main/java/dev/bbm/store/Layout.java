package dev.bbm.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which of GitLab's bookkeeping tables and columns this database has, read from the catalog
 * (never assumed): the pre-17.6 and 17.6+ layouts differ in cursor columns and nullability.
 */
public record Layout(
    boolean hasMigrations,
    boolean hasJobs,
    boolean hasTransitionLogs,
    boolean hasLegacyJobs,
    boolean hasSchemaMigrations,
    boolean hasCursorColumns,
    boolean hasGitlabSchema,
    boolean hasQueuedMigrationVersion,
    boolean hasMaxBatchSize) {

  public static final String MIGRATIONS = "batched_background_migrations";
  static final String JOBS = "batched_background_migration_jobs";
  static final String TRANSITION_LOGS = "batched_background_migration_job_transition_logs";
  static final String LEGACY_JOBS = "background_migration_jobs";
  public static final String SCHEMA_MIGRATIONS = "schema_migrations";

  /** The layout's name as GitLab versions know it. */
  public String describe() {
    if (!hasMigrations) {
      return "no batched background migration tables";
    }
    return hasCursorColumns ? "GitLab 17.6+ layout" : "pre-17.6 layout";
  }

  static Layout detect(Connection c) throws SQLException {
    Map<String, Set<String>> columns = new HashMap<>();
    String sql = "SELECT c.relname, a.attname FROM pg_class c"
        + " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
        + " WHERE c.relkind IN ('r', 'p') AND c.relname = ANY (?)"
        + " AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setArray(1, c.createArrayOf("text",
          new String[] {MIGRATIONS, JOBS, TRANSITION_LOGS, LEGACY_JOBS, SCHEMA_MIGRATIONS}));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          columns.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
        }
      }
    }
    Set<String> m = columns.getOrDefault(MIGRATIONS, Set.of());
    return new Layout(
        columns.containsKey(MIGRATIONS),
        columns.containsKey(JOBS),
        columns.containsKey(TRANSITION_LOGS),
        columns.containsKey(LEGACY_JOBS),
        columns.containsKey(SCHEMA_MIGRATIONS),
        m.contains("min_cursor"),
        m.contains("gitlab_schema"),
        m.contains("queued_migration_version"),
        m.contains("max_batch_size"));
  }
}
