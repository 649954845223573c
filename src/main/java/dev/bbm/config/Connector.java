package dev.bbm.config;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.store.SqlState;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Opens JDBC connections and turns every way a connection can fail into exit code 7 with one
 * sentence naming where bbm tried to connect and why it could not, instead of a driver stack trace.
 */
public final class Connector {

  private Connector() {}

  /**
   * Opens a connection through pgjdbc ({@link DriverManager}).
   *
   * @throws BbmException exit 7 ({@link ExitCode#CANNOT_CONNECT}) when the server cannot be reached or
   *                      refuses the login, exit 1 for any other driver error
   */
  public static Connection open(ConnectionSettings s) {
    if (s.isUnixSocket() && !Files.exists(Path.of(s.socketPath()))) {
      throw new BbmException(ExitCode.CANNOT_CONNECT, sentence(s, noSocket(s)));
    }
    try {
      Connection c = DriverManager.getConnection(s.jdbcUrl(), s.jdbcProperties());
      if (c == null) {
        throw new BbmException(ExitCode.FAILURE, sentence(s, "the PostgreSQL driver did not accept the URL"));
      }
      return c;
    } catch (SQLException e) {
      throw translate(s, e);
    }
  }

  /** The exception bbm reports for a failed connection attempt. */
  static BbmException translate(ConnectionSettings s, SQLException e) {
    return new BbmException(exitCode(e), sentence(s, reason(s, e)), e);
  }

  static ExitCode exitCode(SQLException e) {
    String state = e.getSQLState();
    if (state == null) {
      return hasCause(e, IOException.class) ? ExitCode.CANNOT_CONNECT : ExitCode.FAILURE;
    }
    boolean connect = SqlState.Category.CONNECTION_EXCEPTION.includes(state)
        || SqlState.Category.INVALID_AUTHORIZATION_SPECIFICATION.includes(state)
        || SqlState.INVALID_CATALOG_NAME.is(e) || SqlState.TOO_MANY_CONNECTIONS.is(e)
        || SqlState.CANNOT_CONNECT_NOW.is(e);
    return connect ? ExitCode.CANNOT_CONNECT : ExitCode.FAILURE;
  }

  /** One short clause: SQLSTATE first (server messages may be translated), then the cause chain. */
  static String reason(ConnectionSettings s, SQLException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    String lower = message.toLowerCase(Locale.ROOT);
    Optional<SqlState> state = SqlState.of(e);
    if (state.isPresent()) {
      switch (state.get()) {
        case INVALID_PASSWORD:
          return "password authentication failed";
        case INVALID_CATALOG_NAME:
          return "database \"" + s.database() + "\" does not exist";
        case TOO_MANY_CONNECTIONS:
          return "the server has too many connections";
        case CANNOT_CONNECT_NOW:
          return "the server is starting up or shutting down";
        default:
          break;
      }
    }
    if (lower.contains("peer authentication failed")) {
      return "peer authentication failed: the server lets only the operating system user mapped to \"" + s.user()
          + "\" connect this way (on Omnibus GitLab, run bbm as git: sudo -u git bbm ...)";
    }
    if (lower.contains("no pg_hba.conf entry")) {
      return "no pg_hba.conf entry allows this connection";
    }
    if (lower.contains("no password was provided")) {
      return "the server asks for a password and none was given";
    }
    if (hasCause(e, ConnectException.class)) {
      return "connection refused";
    }
    if (hasCause(e, SocketTimeoutException.class)) {
      return "timed out after " + s.connectTimeoutSeconds() + " seconds";
    }
    if (hasCause(e, UnknownHostException.class)) {
      return "unknown host";
    }
    if (hasCause(e, NoRouteToHostException.class)) {
      return "no route to host";
    }
    String chain = causeMessages(e).toLowerCase(Locale.ROOT);
    if (s.isUnixSocket() && chain.contains("no such file")) {
      return noSocket(s);
    }
    if (s.isUnixSocket() && chain.contains("permission denied")) {
      return "permission denied on socket file \"" + s.socketPath() + "\"";
    }
    return clean(message, s.password());
  }

  private static String noSocket(ConnectionSettings s) {
    return "no such socket file \"" + s.socketPath() + "\"";
  }

  private static String sentence(ConnectionSettings s, String reason) {
    return "cannot connect to PostgreSQL (" + s.describe() + "): " + reason;
  }

  /** The driver's or server's message as a clause: first line, no severity prefix, no final period. */
  static String clean(String message, String password) {
    String m = message.strip();
    int nl = m.indexOf('\n');
    if (nl >= 0) {
      m = m.substring(0, nl).strip();
    }
    m = m.replaceFirst("^(FATAL|ERROR|PANIC):\\s*", "");
    if (password != null && !password.isEmpty()) {
      m = m.replace(password, "***");
    }
    if (m.length() > 200) {
      m = m.substring(0, 200) + "...";
    }
    while (m.endsWith(".")) {
      m = m.substring(0, m.length() - 1);
    }
    return m.isEmpty() ? "unknown error" : m;
  }

  private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }

  private static String causeMessages(Throwable t) {
    StringBuilder b = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      b.append(c.getMessage()).append(' ');
    }
    return b.toString();
  }
}
