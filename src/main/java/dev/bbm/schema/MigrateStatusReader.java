package dev.bbm.schema;

import dev.bbm.store.Database;
import dev.bbm.store.Layout;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** db migrate:status: the migration files and the versions in schema_migrations, merged as Rails lists them. */
final class MigrateStatusReader {
  private final Database db;
  private final SchemaVersionStore versions;

  MigrateStatusReader(Database db) {
    this.db = db;
    this.versions = new SchemaVersionStore(db);
  }

  MigrateStatusReport read(List<Path> dirs) throws SQLException {
    List<MigrationFile> files = MigrationFiles.migrations(dirs);
    Layout layout = db.layout();
    Set<String> applied = layout.hasSchemaMigrations() ? new TreeSet<>(versions.appliedVersions()) : new TreeSet<>();
    List<MigrateStatusReport.Row> rows = new ArrayList<>();
    for (MigrationFile f : files) {
      rows.add(new MigrateStatusReport.Row(applied.remove(f.version()), f.version(), f.humanizedName(), f));
    }
    for (String v : applied) {
      rows.add(new MigrateStatusReport.Row(true, v, MigrateStatusReport.NO_FILE, null));
    }
    rows.sort(Comparator.comparing((MigrateStatusReport.Row r) -> versionNumber(r.version()))
        .thenComparing(MigrateStatusReport.Row::version));
    return new MigrateStatusReport(db.label(), versions.databaseName(), layout.hasSchemaMigrations(), rows);
  }

  /** Rails orders by version.to_i: the leading digits as a number. */
  private static BigInteger versionNumber(String v) {
    int end = 0;
    while (end < v.length() && Character.isDigit(v.charAt(end))) {
      end++;
    }
    return end == 0 ? BigInteger.ZERO : new BigInteger(v.substring(0, end));
  }
}
