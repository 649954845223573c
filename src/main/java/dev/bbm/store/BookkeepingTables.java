package dev.bbm.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import dev.bbm.domain.Identifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates the bookkeeping tables a database lacks, with GitLab's 17.6+ DDL (the resource
 * {@code bbm/ddl/bookkeeping.sql}); tables that exist are never touched.
 */
public final class BookkeepingTables {
  private static final String RESOURCE = "/bbm/ddl/bookkeeping.sql";
  private static final String MARKER = "-- table: ";

  private BookkeepingTables() {}

  /** The tables of the layout that do not exist, in creation order. */
  public static List<String> missing(Layout layout) {
    List<String> out = new ArrayList<>();
    if (!layout.hasSchemaMigrations()) {
      out.add(Layout.SCHEMA_MIGRATIONS);
    }
    if (!layout.hasMigrations()) {
      out.add(Layout.MIGRATIONS);
    }
    if (!layout.hasJobs()) {
      out.add(Layout.JOBS);
    }
    if (!layout.hasTransitionLogs()) {
      out.add(Layout.TRANSITION_LOGS);
    }
    if (!layout.hasLegacyJobs()) {
      out.add(Layout.LEGACY_JOBS);
    }
    return out;
  }

  /** The DDL that creates these tables, for --dry-run and for {@link #create}. */
  public static String ddl(List<String> tables) {
    Map<String, String> sections = sections();
    StringBuilder out = new StringBuilder();
    for (String t : tables) {
      String section = sections.get(t);
      if (section == null) {
        throw new IllegalArgumentException("no DDL for table " + t);
      }
      out.append(section.strip()).append("\n");
    }
    return out.toString();
  }

  /**
   * Creates the tables in the caller's transaction, in {@code schema} (the layout's: where the
   * tables that exist resolve, so that a missing one joins them rather than starting a second set in
   * the search_path's first schema); null creates them where PostgreSQL would.
   */
  public static void create(Connection c, List<String> tables, String schema) throws SQLException {
    if (tables.isEmpty()) {
      return;
    }
    String before = null;
    if (schema != null) {
      before = setSearchPath(c, Identifiers.quote(schema));
    }
    try (Statement s = c.createStatement()) {
      s.setEscapeProcessing(false);
      s.execute(ddl(tables));
    }
    if (before != null) {
      setSearchPath(c, before);
    }
  }

  /** Sets the search_path for the rest of the transaction; returns the one it replaced. */
  private static String setSearchPath(Connection c, String value) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT current_setting('search_path'), set_config('search_path', ?, true)")) {
      ps.setString(1, value);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static Map<String, String> sections() {
    String text = resource();
    Map<String, String> out = new LinkedHashMap<>();
    int at = text.indexOf(MARKER);
    while (at >= 0) {
      int nameEnd = text.indexOf('\n', at);
      String name = text.substring(at + MARKER.length(), nameEnd).strip();
      int next = text.indexOf(MARKER, nameEnd);
      out.put(name, text.substring(nameEnd + 1, next < 0 ? text.length() : next));
      at = next;
    }
    return out;
  }

  private static String resource() {
    try (InputStream in = BookkeepingTables.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
