package dev.bbm.store;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which of GitLab's bookkeeping tables and columns this database has, read from the catalog
 * (never assumed): the pre-17.6 and 17.6+ layouts differ in cursor columns and nullability. The
 * tables are found as PostgreSQL resolves bbm's unqualified names, on the session's search_path.
 *
 * @param schema the schema the tables resolve to, or where PostgreSQL would create them (current_schema()) when
 *     none exists; null when the search_path names no schema that exists
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
    boolean hasMaxBatchSize,
    String schema) {

  public static final String MIGRATIONS = "batched_background_migrations";
  static final String JOBS = "batched_background_migration_jobs";
  static final String TRANSITION_LOGS = "batched_background_migration_job_transition_logs";
  static final String LEGACY_JOBS = "background_migration_jobs";
  public static final String SCHEMA_MIGRATIONS = "schema_migrations";
  private static final String[] TABLES = {MIGRATIONS, JOBS, TRANSITION_LOGS, LEGACY_JOBS, SCHEMA_MIGRATIONS};

  /** The layout's name as GitLab versions know it. */
  public String describe() {
    if (!hasMigrations) {
      return "no batched background migration tables";
    }
    return hasCursorColumns ? "GitLab 17.6+ layout" : "pre-17.6 layout";
  }

  /**
   * Reads the layout. Each table is resolved with to_regclass, which searches the search_path (a
   * {@code "$user"} schema, then public, or whatever the role or database sets) exactly as the
   * unqualified names in bbm's statements are resolved; a table found in another schema than the
   * others is refused, since bbm's statements would then mix two sets of bookkeeping.
   */
  static Layout detect(Connection c) throws SQLException {
    Map<String, String> schemaOf = new LinkedHashMap<>();
    Map<String, Set<String>> columns = new HashMap<>();
    String sql = "SELECT t.name, n.nspname, a.attname FROM unnest(?::text[]) AS t(name)"
        + " JOIN pg_class c ON c.oid = to_regclass(quote_ident(t.name))"
        + " JOIN pg_namespace n ON n.oid = c.relnamespace"
        + " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
        + " WHERE c.relkind IN ('r', 'p') ORDER BY array_position(?::text[], t.name), a.attnum";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setArray(1, c.createArrayOf("text", TABLES));
      ps.setArray(2, c.createArrayOf("text", TABLES));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          schemaOf.put(rs.getString(1), rs.getString(2));
          columns.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(3));
        }
      }
    }
    String schema = oneSchema(schemaOf);
    if (schema == null) {
      schema = currentSchema(c);
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
        m.contains("max_batch_size"),
        schema);
  }

  /** The one schema the found tables are in, null when none was found; refuses tables split over schemas. */
  private static String oneSchema(Map<String, String> schemaOf) {
    Set<String> schemas = new HashSet<>(schemaOf.values());
    if (schemas.size() <= 1) {
      return schemas.isEmpty() ? null : schemas.iterator().next();
    }
    StringBuilder where = new StringBuilder();
    schemaOf.forEach((table, schema) -> where.append(where.length() == 0 ? "" : ", ").append(table)
        .append(" in ").append(schema));
    throw new BbmException(ExitCode.FAILURE, "GitLab's bookkeeping tables resolve to different schemas on the"
        + " search_path (" + where + "), so bbm would mix two sets of them; set the search_path so that all resolve"
        + " to the schema GitLab uses (ALTER ROLE ... SET search_path), or drop the stray tables");
  }

  private static String currentSchema(Connection c) throws SQLException {
    try (var s = c.createStatement(); var rs = s.executeQuery("SELECT current_schema()")) {
      return rs.next() ? rs.getString(1) : null;
    }
  }
}
