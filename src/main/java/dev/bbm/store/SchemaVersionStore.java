package dev.bbm.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;

/** Reads schema_migrations, Rails' record of applied schema migration versions. */
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
}
