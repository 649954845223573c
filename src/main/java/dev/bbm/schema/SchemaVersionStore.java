package dev.bbm.schema;

import dev.bbm.store.Database;
import dev.bbm.store.Layout;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;

/** Reads and writes schema_migrations, Rails' record of applied schema migration versions. */
public final class SchemaVersionStore {
  private final Database db;

  public SchemaVersionStore(Database db) {
    this.db = db;
  }

  public Set<String> appliedVersions() throws SQLException {
    Set<String> out = new TreeSet<>();
    try (PreparedStatement ps = db.session().prepareStatement("SELECT version FROM " + Layout.SCHEMA_MIGRATIONS);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  /** Records a version as applied (finished_at takes its default, now()), in the caller's transaction. */
  public void record(Connection c, String version) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + Layout.SCHEMA_MIGRATIONS + " (version) VALUES (?)")) {
      ps.setString(1, version);
      ps.executeUpdate();
    }
  }

  /** The statement {@link #record} runs, with the version written in, for db migrate --dry-run. */
  static String recordStatement(String version) {
    return "INSERT INTO " + Layout.SCHEMA_MIGRATIONS + " (version) VALUES ('" + version + "')";
  }

  /** The name of the database the session is connected to, as Rails prints it in db:migrate:status. */
  public String databaseName() throws SQLException {
    return currentDatabase(db.session());
  }

  static String currentDatabase(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_database()")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** Runs one statement of a migration file as it is written (no JDBC escapes, no parameters). */
  public static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.setEscapeProcessing(false);
      s.execute(sql);
    }
  }
}
