package dev.bbm.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool.PoolInitializationException;
import dev.bbm.domain.BbmException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The connections of the workers that run beside the session (finalize --parallel, --join), from a
 * HikariCP pool of exactly that many: opened by the database's own opener, kept alive while idle
 * between runs, bounded in how long a worker waits for one, and never retired while a worker holds
 * it, because a worker's backend names it as its jobs' runner and holds its worker lock.
 */
final class WorkerConnectionPool implements AutoCloseable {
  /** How long a worker waits for its connection while the pool opens it (one attempt may take 10 s). */
  static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(30);
  /** How often an idle pooled connection (between two runs) is checked, so that none goes stale unseen. */
  static final Duration KEEPALIVE = Duration.ofMinutes(5);
  /** A connection held longer than this is reported as a possible leak (through SLF4J, a no-op in bbm). */
  static final Duration LEAK_REPORT_AFTER = Duration.ofHours(6);

  private final HikariDataSource pool;

  private WorkerConnectionPool(HikariDataSource pool) {
    this.pool = pool;
  }

  /**
   * A pool of {@code size} connections, the first opened now: a server that refuses it fails here
   * with the opener's own exception (exit 7 and its sentence), as a plain connection would.
   */
  static WorkerConnectionPool open(String label, Database.Opener opener, int size) throws SQLException {
    HikariConfig config = new HikariConfig();
    config.setPoolName("bbm-workers-" + label);
    config.setDataSource(new OpenerDataSource(opener));
    config.setAutoCommit(true);
    // a fixed size, so no idle timeout applies; maxLifetime 0 never retires a connection, and one that
    // is lent out is never touched by the pool at all (pgjdbc's tcpKeepAlive covers it on the wire)
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(size);
    config.setMaxLifetime(0);
    config.setKeepaliveTime(KEEPALIVE.toMillis());
    config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
    config.setLeakDetectionThreshold(LEAK_REPORT_AFTER.toMillis());
    config.setInitializationFailTimeout(1);
    config.setRegisterMbeans(false);
    try {
      return new WorkerConnectionPool(new HikariDataSource(config));
    } catch (PoolInitializationException e) {
      throw failure(e.getCause(), e);
    }
  }

  /** How many connections the pool holds at most. */
  int size() {
    return pool.getMaximumPoolSize();
  }

  /** Room for {@code size} workers, when a later run has more than the first one. */
  void grow(int size) {
    if (size > size()) {
      pool.getHikariConfigMXBean().setMaximumPoolSize(size);
      pool.getHikariConfigMXBean().setMinimumIdle(size);
    }
  }

  /**
   * A worker's connection, in autocommit. Closing it gives it back with no session state left (its
   * advisory locks released, its settings reset); one that cannot be reset is closed for good.
   */
  Connection connection() throws SQLException {
    Connection pooled;
    try {
      pooled = pool.getConnection();
    } catch (SQLException e) {
      throw failure(e.getCause(), e);
    }
    return (Connection) Proxy.newProxyInstance(WorkerConnectionPool.class.getClassLoader(),
        new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("close") && method.getParameterCount() == 0) {
            giveBack(pooled);
            return null;
          }
          try {
            return method.invoke(pooled, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private void giveBack(Connection pooled) throws SQLException {
    if (pooled.isClosed()) {
      return;
    }
    try (Statement s = pooled.createStatement()) {
      s.execute("SELECT pg_advisory_unlock_all()");
      s.execute("RESET ALL");
    } catch (SQLException e) {
      pool.evictConnection(pooled);
      return;
    }
    pooled.close();
  }

  @Override
  public void close() {
    pool.close();
  }

  /** The opener's own failure (a BbmException with its exit code and sentence) rather than the pool's wrapper. */
  private static SQLException failure(Throwable cause, Exception wrapper) {
    if (cause instanceof BbmException b) {
      throw b;
    }
    if (cause instanceof SQLException s) {
      return s;
    }
    return new SQLException(wrapper.getMessage(), wrapper);
  }

  /** The pool's source of new connections: the database's opener, so they are made as the session is. */
  private static final class OpenerDataSource implements DataSource {
    private final Database.Opener opener;

    OpenerDataSource(Database.Opener opener) {
      this.opener = opener;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return opener.open();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      throw new SQLFeatureNotSupportedException("the opener holds the credentials");
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
      // nothing is logged
    }

    @Override
    public void setLoginTimeout(int seconds) {
      // the opener's settings carry the connect timeout
    }

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException("no java.util.logging");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }
}
