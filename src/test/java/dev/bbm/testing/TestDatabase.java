package dev.bbm.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh database for one test, copied from a template that holds GitLab's tables in one layout.
 * Templates are prepared once per run; copies are dropped on close.
 */
public final class TestDatabase implements AutoCloseable {
  private static final Set<GitlabLayout> PREPARED = EnumSet.noneOf(GitlabLayout.class);
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final PostgresServer server;
  private final String name;

  private TestDatabase(PostgresServer server, String name) {
    this.server = server;
    this.name = name;
  }

  /** A database with GitLab's bookkeeping tables in the given layout. */
  public static TestDatabase create(GitlabLayout layout) {
    PostgresServer server = PostgresServer.get();
    prepare(server, layout);
    String name = "t_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    server.admin("CREATE DATABASE " + name + " TEMPLATE " + layout.templateName());
    return new TestDatabase(server, name);
  }

  /**
   * A database with GitLab's bookkeeping tables on another server than the run's (one a test
   * started, stops and restarts itself): created and filled directly, without a template.
   */
  public static TestDatabase createOn(PostgresServer server, GitlabLayout layout) {
    String name = "t_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    server.admin("CREATE DATABASE " + name);
    try (Connection c = server.connect(name); Statement s = c.createStatement()) {
      for (String fixture : layout.fixtures()) {
        s.execute(resource("/fixtures/" + fixture));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not fill " + name + ": " + e.getMessage(), e);
    }
    return new TestDatabase(server, name);
  }

  /** A database that already exists on {@code server} (a standby's copy of a primary's); never dropped by close. */
  public static TestDatabase onExisting(PostgresServer server, String name) {
    return new TestDatabase(server, name);
  }

  /** An empty database, without GitLab's tables. */
  public static TestDatabase createEmpty() {
    PostgresServer server = PostgresServer.get();
    String name = "t_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    server.admin("CREATE DATABASE " + name);
    return new TestDatabase(server, name);
  }

  private static synchronized void prepare(PostgresServer server, GitlabLayout layout) {
    if (PREPARED.contains(layout)) {
      return;
    }
    String tpl = layout.templateName();
    server.admin("DROP DATABASE IF EXISTS " + tpl);
    server.admin("CREATE DATABASE " + tpl);
    try (Connection c = server.connect(tpl); Statement s = c.createStatement()) {
      for (String fixture : layout.fixtures()) {
        s.execute(resource("/fixtures/" + fixture));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not prepare template " + tpl + ": " + e.getMessage(), e);
    }
    PREPARED.add(layout);
  }

  static String resource(String path) {
    try (InputStream in = TestDatabase.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String name() {
    return name;
  }

  public PostgresServer server() {
    return server;
  }

  /** The postgresql:// URI to give bbm with --url. */
  public String uri() {
    return server.uri(name);
  }

  public Connection connect() throws SQLException {
    return server.connect(name);
  }

  public void execute(String sql) {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** The first column of the first row, or null. */
  public Object scalar(String sql, Object... params) {
    try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getObject(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  public long count(String sql, Object... params) {
    Object v = scalar(sql, params);
    return v == null ? 0 : ((Number) v).longValue();
  }

  @Override
  public void close() {
    if (Boolean.getBoolean("bbm.test.keepDatabases")) {
      return;
    }
    server.admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }
}
