package dev.bbm.store;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.Cursor;
import dev.bbm.domain.CursorRange;
import dev.bbm.domain.JobArguments;
import dev.bbm.domain.MigrationStatus;
import dev.bbm.domain.Selection;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads and writes rows of batched_background_migrations. */
public final class MigrationStore {
  /** Finished and finalized, the states with nothing left to run, as an SQL list: {@code (3, 6)}. */
  private static final String DONE = "(" + MigrationStatus.FINISHED.code() + ", " + MigrationStatus.FINALIZED.code()
      + ")";

  private final Database db;

  MigrationStore(Database db) {
    this.db = db;
  }

  private String selectList() throws SQLException {
    Layout l = db.layout();
    return "SELECT id, job_class_name, batch_class_name, table_name, column_name, job_arguments::text,"
        + " min_value, max_value, "
        // cursor-batched (17.6+): cursors set and the integer range not (min_value has a default of 1)
        + (l.hasCursorColumns() ? "(min_cursor IS NOT NULL AND max_cursor IS NOT NULL"
            + " AND (min_value IS NULL OR max_value IS NULL))" : "false") + " AS cursor_based,"
        + " batch_size, sub_batch_size, " + (l.hasMaxBatchSize() ? "max_batch_size" : "NULL::integer") + ","
        + " \"interval\", pause_ms, status, total_tuple_count, "
        + (l.hasGitlabSchema() ? "gitlab_schema" : "NULL::text") + ","
        + " created_at, updated_at, started_at, finished_at, on_hold_until"
        + " FROM " + Layout.MIGRATIONS;
  }

  /**
   * A cursor-batched migration's min_cursor..max_cursor (GitLab 17.6+), or empty when the row
   * has none; a cursor that is not an array of numbers and strings is refused with exit 2.
   */
  public Optional<CursorRange> cursorBounds(Connection c, long id) throws SQLException {
    if (!db.layout().hasCursorColumns()) {
      return Optional.empty();
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT min_cursor::text, max_cursor::text FROM "
        + Layout.MIGRATIONS + " WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next() || rs.getString(1) == null || rs.getString(2) == null) {
          return Optional.empty();
        }
        return Optional.of(new CursorRange(Cursor.parse("min_cursor of migration " + id, rs.getString(1)),
            Cursor.parse("max_cursor of migration " + id, rs.getString(2))));
      }
    }
  }

  /** A row whose status code is not one of GitLab's: refused with exit 2. */
  private static BbmException unknownStatus(long id, int code) {
    return BbmException.usage("batched background migration " + id + " has status " + code
        + ", which is not one of GitLab's status codes (0, 1, 3, 4, 5, 6)");
  }

  private BatchedMigration map(ResultSet rs) throws SQLException {
    long id = rs.getLong(1);
    int status = rs.getInt(15);
    if (!MigrationStatus.isKnownCode(status)) {
      throw unknownStatus(id, status);
    }
    JobArguments args = JobArguments.parse("job_arguments of batched background migration " + id, rs.getString(6));
    return new BatchedMigration(id, db.label(), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getString(5), args, (Long) rs.getObject(7, Long.class), (Long) rs.getObject(8, Long.class),
        rs.getBoolean(9), rs.getInt(10), rs.getInt(11), rs.getObject(12, Integer.class), rs.getInt(13),
        rs.getInt(14), MigrationStatus.fromCode(status), rs.getObject(16, Long.class), rs.getString(17),
        rs.getObject(18, OffsetDateTime.class), rs.getObject(19, OffsetDateTime.class),
        rs.getObject(20, OffsetDateTime.class), rs.getObject(21, OffsetDateTime.class),
        rs.getObject(22, OffsetDateTime.class));
  }

  private List<BatchedMigration> query(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Bindings.all(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        List<BatchedMigration> out = new ArrayList<>();
        while (rs.next()) {
          BatchedMigration m = map(rs);
          // GitLab's gitlab_schemas_for_connection filter: rows another database serves are not ours
          if (db.scope().includes(m.gitlabSchema())) {
            out.add(m);
          }
        }
        return out;
      }
    }
  }

  public Optional<BatchedMigration> findById(Connection c, long id) throws SQLException {
    return query(c, selectList() + " WHERE id = ?", id).stream().findFirst();
  }

  /**
   * GitLab's for_configuration: class (leading {@code ::} ignored), table, column, and job
   * arguments compared as jsonb. Several rows can match across gitlab_schemas.
   */
  public List<BatchedMigration> findByConfiguration(Connection c, Selection.ByConfiguration key)
      throws SQLException {
    return query(c, selectList()
        + " WHERE ltrim(job_class_name, ':') = ? AND table_name = ? AND column_name = ?"
        + " AND job_arguments = ?::jsonb ORDER BY id",
        key.jobClassName(), key.tableName(), key.columnName(), key.jobArgumentsJson());
  }

  /**
   * Only the ids, for shell completion: the unfinished migrations first, then the finished and
   * finalized ones, each in queue order; rows another database serves are left out, as everywhere.
   * Empty when the database has no batched_background_migrations table.
   */
  public List<Long> ids(Connection c) throws SQLException {
    Layout l = db.layout();
    if (!l.hasMigrations()) {
      return List.of();
    }
    String sql = "SELECT id, " + (l.hasGitlabSchema() ? "gitlab_schema" : "NULL::text") + " FROM " + Layout.MIGRATIONS
        + " ORDER BY (status IN " + DONE + "), id";
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      List<Long> out = new ArrayList<>();
      while (rs.next()) {
        if (db.scope().includes(rs.getString(2))) {
          out.add(rs.getLong(1));
        }
      }
      return out;
    }
  }

  /** All migrations, or only the unfinished ones (status not finished or finalized), in queue order. */
  public List<BatchedMigration> list(Connection c, boolean includeDone) throws SQLException {
    return query(c, selectList() + (includeDone ? "" : " WHERE status NOT IN " + DONE) + " ORDER BY id");
  }

  /**
   * Compare-and-set status change by a GitLab event. Returns false when the row was no longer in a
   * state the event may leave (somebody else changed it).
   */
  public boolean transition(Connection c, long id, MigrationStatus.Event event) throws SQLException {
    String extra = "";
    if (event == MigrationStatus.Event.FINISH) {
      extra = ", finished_at = now()";
    } else if (event == MigrationStatus.Event.EXECUTE) {
      extra = ", started_at = now()";
    }
    String sql = "UPDATE " + Layout.MIGRATIONS + " SET status = ?, updated_at = now()" + extra
        + " WHERE id = ? AND status = ANY (?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setInt(1, event.target().code());
      ps.setLong(2, id);
      Integer[] from = Arrays.stream(event.fromCodes()).boxed().toArray(Integer[]::new);
      ps.setArray(3, c.createArrayOf("int4", from));
      return ps.executeUpdate() == 1;
    }
  }

  /** Sets a status directly (restoring a state bbm itself changed), only if it is still {@code expected}. */
  public boolean restore(Connection c, long id, MigrationStatus expected, MigrationStatus previous)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + Layout.MIGRATIONS
        + " SET status = ?, updated_at = now() WHERE id = ? AND status = ?")) {
      ps.setInt(1, previous.code());
      ps.setLong(2, id);
      ps.setInt(3, expected.code());
      return ps.executeUpdate() == 1;
    }
  }

  /**
   * Puts back the status and the updated_at a fence replaced, only if the migration is still
   * {@code expected}: a finalize that stops busy right after fencing leaves the row as it found it.
   */
  public boolean unfence(Connection c, long id, MigrationStatus expected, MigrationStatus previous,
      OffsetDateTime updatedAt) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + Layout.MIGRATIONS
        + " SET status = ?, updated_at = ? WHERE id = ? AND status = ?")) {
      Bindings.all(ps, previous.code(), updatedAt, id, expected.code());
      return ps.executeUpdate() == 1;
    }
  }

  /**
   * Locks the migration's row until the caller's transaction ends and returns its status: the
   * one point where every worker of every bbm process finalizing it takes its turn (to hand out
   * the next range, or to decide that the migration is finished). Empty when the row is gone.
   */
  public Optional<MigrationStatus> lockStatus(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT status FROM " + Layout.MIGRATIONS
        + " WHERE id = ? FOR UPDATE")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        int code = rs.getInt(1);
        if (!MigrationStatus.isKnownCode(code)) {
          throw unknownStatus(id, code);
        }
        return Optional.of(MigrationStatus.fromCode(code));
      }
    }
  }

  /** The migration's started_at (GitLab's should_stop? counts jobs created since), or null. */
  public OffsetDateTime startedAt(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT started_at FROM " + Layout.MIGRATIONS + " WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getObject(1, OffsetDateTime.class) : null;
      }
    }
  }

  /** The optimizer's new batch size (GitLab's optimize! saves it on the migration). */
  public void updateBatchSize(Connection c, long id, int batchSize) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + Layout.MIGRATIONS
        + " SET batch_size = ?, updated_at = now() WHERE id = ? AND sub_batch_size <= ?")) {
      ps.setInt(1, batchSize);
      ps.setLong(2, id);
      ps.setInt(3, batchSize);
      ps.executeUpdate();
    }
  }

  /**
   * Compare-and-set from exactly {@code expected} to the event's target, with the event's
   * timestamp (execute sets started_at, finish sets finished_at). Unlike {@link #transition}, the
   * caller names the one state it read: pause leaves only active, resume only paused, and
   * mark-finished may leave failed, as GitLab's documented update_attribute does although the
   * state machine's finish event would not. Returns false when the row is no longer in that state.
   */
  public boolean changeStatus(Connection c, long id, MigrationStatus expected, MigrationStatus.Event event)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(changeStatusTemplate(event))) {
      ps.setInt(1, event.target().code());
      ps.setLong(2, id);
      ps.setInt(3, expected.code());
      return ps.executeUpdate() == 1;
    }
  }

  /** The statement {@link #changeStatus} runs, with its values written in, for --dry-run. */
  public static String changeStatusSql(long id, MigrationStatus expected, MigrationStatus.Event event) {
    return SqlText.inline(changeStatusTemplate(event), event.target().code(), id, expected.code());
  }

  private static String changeStatusTemplate(MigrationStatus.Event event) {
    String stamp = "";
    if (event == MigrationStatus.Event.FINISH) {
      stamp = ", finished_at = now()";
    } else if (event == MigrationStatus.Event.EXECUTE) {
      stamp = ", started_at = now()";
    }
    return "UPDATE " + Layout.MIGRATIONS + " SET status = ?, updated_at = now()" + stamp
        + " WHERE id = ? AND status = ?";
  }
}
