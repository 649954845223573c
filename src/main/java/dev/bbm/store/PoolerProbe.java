package dev.bbm.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Tells whether bbm's session reaches PostgreSQL through a transaction-pooling pooler (PgBouncer's
 * {@code pool_mode = transaction} or {@code statement}), where session state (advisory locks, SET,
 * named prepared statements) does not outlast a transaction.
 *
 * <p>The test is a proof, never a guess: on PostgreSQL directly, and through a session-mode pooler,
 * one client connection keeps its backend for its whole life and two open connections never share
 * one. So bbm asks for the backend of its session, then of a second connection, then of the session
 * again, a few times, each question its own transaction: a second connection answering with the
 * session's backend (a pooler hands out the server connection the session just gave back, as
 * PgBouncer does from an idle pool), or the session answering with another one (a busy pool), proves
 * transaction pooling. Nothing waits: no transaction is held open while another asks, so a pool of
 * one server connection cannot deadlock the test. A backend is its pid with its postmaster's start
 * time, so that two servers behind one address are not taken for one.
 */
public final class PoolerProbe {
  /** How many rounds of questions; each costs two round trips. */
  public static final int ROUNDS = 3;

  private PoolerProbe() {}

  /** One server backend. */
  record Backend(int pid, String postmasterStart) {}

  /**
   * Whether {@code session} and {@code other} (both open, in autocommit) show that their transactions
   * are pooled.
   */
  public static boolean transactionPooled(Connection session, Connection other) throws SQLException {
    Backend first = backend(session);
    for (int round = 0; round < ROUNDS; round++) {
      if (backend(other).equals(first) || !backend(session).equals(first)) {
        return true;
      }
    }
    return false;
  }

  /** A simple statement (never a named prepared one, which a pooler would lose). */
  private static Backend backend(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT pg_backend_pid(), pg_postmaster_start_time()::text")) {
      rs.next();
      return new Backend(rs.getInt(1), rs.getString(2));
    }
  }
}
