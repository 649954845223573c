package dev.bbm.schema;

import dev.bbm.domain.Identifiers;
import dev.bbm.domain.MigrationStatus;
import dev.bbm.domain.Selection;
import dev.bbm.store.Database;
import dev.bbm.store.Layout;
import dev.bbm.store.SqlState;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of db migrate's directives on batched_background_migrations (queue, delete, and what a
 * queue reads first), so that the rest of the schema package holds no SQL text.
 */
final class DirectiveStore {
  private final Database db;

  DirectiveStore(Database db) {
    this.db = db;
  }

  /**
   * GitLab's queue_batched_background_migration insert: an active migration (started_at now), or a
   * finished one (finished_at now) when the table was empty. Columns a pre-17.6 or older layout
   * lacks (max_batch_size, gitlab_schema, queued_migration_version) are left out, as GitLab does.
   * Returns the new id.
   */
  long insertQueued(Connection c, MigrationDirective.Queue q, long maxValue, boolean finished,
      Long totalTupleCount, String queuedMigrationVersion) throws SQLException {
    Layout l = db.layout();
    List<String> columns = new ArrayList<>(List.of("created_at", "updated_at", "min_value", "max_value", "batch_size",
        "sub_batch_size", "\"interval\"", "status", "job_class_name", "batch_class_name", "table_name", "column_name",
        "job_arguments", "total_tuple_count", "pause_ms", finished ? "finished_at" : "started_at"));
    List<String> values = new ArrayList<>(List.of("now()", "now()", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?",
        "?::jsonb", "?", "?", "now()"));
    List<Object> params = new ArrayList<>(List.of(q.batchMinValue(), maxValue, q.batchSize(), q.subBatchSize(),
        q.jobIntervalSeconds(), (finished ? MigrationStatus.FINISHED : MigrationStatus.ACTIVE).code(),
        q.key().jobClassName(), q.batchClassName(), q.key().tableName(), q.key().columnName(),
        q.key().jobArgumentsJson()));
    params.add(totalTupleCount);
    params.add(q.pauseMs());
    if (l.hasMaxBatchSize()) {
      columns.add("max_batch_size");
      values.add("?");
      params.add(q.maxBatchSize());
    }
    if (l.hasGitlabSchema()) {
      columns.add("gitlab_schema");
      values.add("?");
      params.add(q.gitlabSchema());
    }
    if (l.hasQueuedMigrationVersion()) {
      columns.add("queued_migration_version");
      values.add("?");
      params.add(queuedMigrationVersion);
    }
    String sql = "INSERT INTO " + Layout.MIGRATIONS + " (" + String.join(", ", columns) + ") VALUES ("
        + String.join(", ", values) + ") RETURNING id";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        Object p = params.get(i);
        if (p == null) {
          ps.setNull(i + 1, Types.NULL);
        } else {
          ps.setObject(i + 1, p);
        }
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** MAX(column) of a table (GitLab's batch_max_value default), or null when the table is empty. */
  static Long maxValue(Connection c, String table, String column) throws SQLException {
    String sql = "SELECT MAX(" + Identifiers.quote(column) + ") FROM " + Identifiers.quoteQualified(table);
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      rs.next();
      Object v = rs.getObject(1);
      if (v == null) {
        return null;
      }
      if (!(v instanceof Number n) || v instanceof BigDecimal d && d.scale() > 0) {
        throw new SQLException("column " + column + " of " + table + " is not an integer column (MAX is " + v + ")",
            SqlState.DATATYPE_MISMATCH.code());
      }
      return n.longValue();
    }
  }

  /** pg_class's row estimate of a table (GitLab's cardinality_estimate), or null when it has none. */
  static Long tupleEstimate(Connection c, String table) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(?)")) {
      ps.setString(1, Identifiers.quoteQualified(table));
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        long n = rs.getLong(1);
        return n < 1 ? null : n;
      }
    }
  }

  /**
   * GitLab's delete_batched_background_migration: the migrations of this configuration (in this
   * gitlab_schema when given) go, their jobs and transition logs with them through ON DELETE CASCADE.
   * Returns how many were deleted.
   */
  int deleteByConfiguration(Connection c, Selection.ByConfiguration key, String gitlabSchema)
      throws SQLException {
    boolean bySchema = gitlabSchema != null && db.layout().hasGitlabSchema();
    String sql = "DELETE FROM " + Layout.MIGRATIONS + " WHERE ltrim(job_class_name, ':') = ? AND table_name = ?"
        + " AND column_name = ? AND job_arguments = ?::jsonb" + (bySchema ? " AND gitlab_schema = ?" : "");
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, key.jobClassName());
      ps.setString(2, key.tableName());
      ps.setString(3, key.columnName());
      ps.setString(4, key.jobArgumentsJson());
      if (bySchema) {
        ps.setString(5, gitlabSchema);
      }
      return ps.executeUpdate();
    }
  }
}
