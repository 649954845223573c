package dev.bbm.schema;

import dev.bbm.domain.ExitCode;
import java.util.List;

/**
 * db migrate:status for one database: Rails' rows, files and applied versions merged in version order.
 *
 * @param databaseName the server's name of the database, as Rails prints it
 * @param hasSchemaMigrations false when schema_migrations does not exist (every file is down)
 */
public record MigrateStatusReport(String database, String databaseName, boolean hasSchemaMigrations,
    List<Row> rows) {

  /** Rails' placeholder name for an applied version without a file. */
  public static final String NO_FILE = "********** NO FILE **********";

  /**
   * One row.
   *
   * @param up applied (listed in schema_migrations)
   * @param name the humanized name, or {@link #NO_FILE}
   * @param file the file, or null for an applied version without one
   */
  public record Row(boolean up, String version, String name, MigrationFile file) {
    public String status() {
      return up ? "up" : "down";
    }
  }

  public long down() {
    return rows.stream().filter(r -> !r.up()).count();
  }

  /** 0 when everything is up, 3 when anything is down. */
  public ExitCode exitCode() {
    return down() > 0 ? ExitCode.UNFINISHED : ExitCode.OK;
  }
}
