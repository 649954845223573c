package dev.bbm.store;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.GitlabSchemas;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.core.BaseConnection;

/**
 * One configured database: a lazily opened session connection (which also carries bbm's
 * session-level advisory locks) and the layout of GitLab's tables found in it.
 */
public final class Database implements AutoCloseable {

  /** Opens a new connection; connection failures surface as BbmException with exit 7. */
  @FunctionalInterface
  public interface Opener {
    Connection open() throws SQLException;
  }

  /** A unit of work on a connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private final String label;
  private final Opener opener;
  private final GitlabSchemas.Scope scope;
  private boolean prepareThresholdGiven;
  private Connection session;
  private WorkerConnectionPool workers;
  private Layout layout;
  private Stores stores;

  public Database(String label, Opener opener) {
    this(label, opener, GitlabSchemas.Scope.ALL);
  }

  /** @param scope the gitlab_schemas whose batched migrations this database shows (GitLab's per-connection filter) */
  public Database(String label, Opener opener, GitlabSchemas.Scope scope) {
    this.label = label;
    this.opener = opener;
    this.scope = scope;
  }

  /**
   * Says that the user chose pgjdbc's prepareThreshold (a URL's {@code ?prepareThreshold=}), which
   * {@link #avoidNamedPreparedStatements()} then leaves alone.
   */
  public Database prepareThresholdGiven(boolean given) {
    this.prepareThresholdGiven = given;
    return this;
  }

  /**
   * Behind a transaction-pooling pooler, where a named prepared statement made on one server
   * connection is missing on the next ({@code prepared statement "S_1" does not exist}): the
   * session's statements from now on are unnamed (pgjdbc's prepareThreshold 0), unless the user
   * chose a prepareThreshold, which bbm never overrides.
   */
  public void avoidNamedPreparedStatements() throws SQLException {
    Connection s = session();
    if (!prepareThresholdGiven && s.isWrapperFor(PGConnection.class)) {
      s.unwrap(PGConnection.class).setPrepareThreshold(0);
    }
  }

  /**
   * Whether this database's connections are pooled per transaction (PgBouncer's transaction mode):
   * {@link PoolerProbe} on the session and one more connection, closed at once.
   */
  public boolean transactionPooled() throws SQLException {
    Connection s = session();
    try (Connection other = openAnother()) {
      return PoolerProbe.transactionPooled(s, other);
    }
  }

  /**
   * Whether the session plainly reaches PostgreSQL itself: over TCP, on a port other than PgBouncer's
   * usual 6432, and the server says it accepted the connection on the very port bbm dialled. One round
   * trip, so that commands that only read need not open the pooler probe's second connection. Not a
   * proof (a pooler on another host may listen on the server's port): only reads rely on it.
   */
  public boolean dialedServerDirectly() throws SQLException {
    Connection s = session();
    if (!s.isWrapperFor(BaseConnection.class)) {
      return false;
    }
    int dialed = s.unwrap(BaseConnection.class).getQueryExecutor().getHostSpec().getPort();
    try (Statement st = s.createStatement(); ResultSet rs = st.executeQuery("SELECT inet_server_port()")) {
      rs.next();
      int port = rs.getInt(1);
      return !rs.wasNull() && port == dialed && dialed != 6432;
    }
  }

  /** Which batched migrations, by gitlab_schema, bbm sees in this database. */
  public GitlabSchemas.Scope scope() {
    return scope;
  }

  /** The database's name in ids and output: {@code main}, {@code ci}. */
  public String label() {
    return label;
  }

  /** The stores of this database, built on first use (which runs no statement). */
  public synchronized Stores stores() {
    if (stores == null) {
      stores = new Stores(this);
    }
    return stores;
  }

  public Connection session() throws SQLException {
    if (session == null || session.isClosed()) {
      session = opener.open();
      session.setAutoCommit(true);
    }
    return session;
  }

  /**
   * The session if it is open, else null, without connecting: for clean-up after a failure (giving
   * a lock back), which must not open a new connection. After a lost connection, a reconnect would
   * at best find no lock to give back, and against a server that is restarting it would replace the
   * failure being reported with a connection error.
   */
  public Connection openSession() {
    try {
      return session == null || session.isClosed() ? null : session;
    } catch (SQLException e) {
      return null;
    }
  }

  /** A second connection, for work that must not share the session (watching, parallel jobs). */
  public Connection openAnother() throws SQLException {
    Connection c = opener.open();
    c.setAutoCommit(true);
    return c;
  }

  /**
   * A connection for one of the {@code besideSession} workers that run beside the session (finalize
   * --parallel N has N - 1), from a pool of that many made on the first call, so that bbm status and
   * --help never make one, and kept until {@link #close()}. Closing the connection gives it back.
   */
  public Connection workerConnection(int besideSession) throws SQLException {
    if (workers == null) {
      workers = WorkerConnectionPool.open(label, opener, besideSession);
    } else {
      workers.grow(besideSession);
    }
    return workers.connection();
  }

  public Layout layout() throws SQLException {
    if (layout == null) {
      layout = Layout.detect(session());
    }
    return layout;
  }

  /** Forgets the layout read so far: the next {@link #layout()} reads the catalog again (after creating tables). */
  public void refreshLayout() {
    layout = null;
  }

  /**
   * The layout, refusing a database that has no batched background migration tables: the sentence
   * names the database, user and server bbm actually reached (as the server reports them), and when
   * that database is libpq's default (postgres, or the user's own name) says where GitLab's usually is.
   */
  public Layout requireBatchedTables() throws SQLException {
    Layout l = layout();
    if (!l.hasMigrations() || !l.hasJobs()) {
      String where = l.schema() == null ? "in any schema on the search_path (which names no schema that exists)"
          : "on the search_path (schema " + l.schema() + " first)";
      String[] reached = reached();
      boolean defaultDb = reached[0].equals("postgres") || reached[0].equals(reached[1]);
      throw new BbmException(ExitCode.FAILURE, "connected to database \"" + reached[0] + "\" as user \"" + reached[1]
          + "\" " + reached[2] + " (for " + label + "), which has no batched_background_migrations and"
          + " batched_background_migration_jobs tables " + where + (defaultDb ? "; GitLab's database is usually"
          + " gitlabhq_production: name it with -d gitlabhq_production (or in --url), or run bbm db migrate to"
          + " create the tables here" : "; is this a GitLab database (or run bbm db migrate to create them)?"));
    }
    return l;
  }

  /** The database, user and server of the session, as the server reports them, for messages. */
  private String[] reached() throws SQLException {
    try (Statement s = session().createStatement();
        ResultSet rs = s.executeQuery("SELECT current_database(), current_user, inet_server_addr()::text,"
            + " inet_server_port()")) {
      rs.next();
      String addr = rs.getString(3);
      String server = addr == null ? "over a Unix socket" : "on " + addr.replaceFirst("/\\d+$", "") + " port "
          + rs.getInt(4);
      return new String[] {rs.getString(1), rs.getString(2), server};
    }
  }

  /** Runs work in one transaction on the session: committed when it returns, rolled back when it throws. */
  public <T> T inTransaction(Work<T> work) throws SQLException {
    return inTransaction(session(), work);
  }

  /** Runs work in one transaction on {@code c} (in autocommit before and after). */
  public static <T> T inTransaction(Connection c, Work<T> work) throws SQLException {
    c.setAutoCommit(false);
    try {
      T result = work.run(c);
      c.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        c.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    } finally {
      try {
        c.setAutoCommit(true);
      } catch (SQLException ignored) {
        // a broken connection is reported by the next statement
      }
    }
  }

  /** Closes the workers' pool, then the session, whose locks are thus the last to go. */
  @Override
  public void close() {
    if (workers != null) {
      workers.close();
      workers = null;
    }
    if (session != null) {
      try {
        session.close();
      } catch (SQLException ignored) {
        // closing a dead connection has nothing left to tell
      }
      session = null;
    }
  }
}
