package dev.bbm.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bbm.domain.ExitCode;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The failure translation of {@link Connector} for failures a test server cannot easily produce. */
class ConnectorReasonTest {
  private static final ConnectionSettings S =
      new ConnectionSettings("db.example.com", 5432, "gitlabhq_production", "gitlab", "hunter2", null, null);

  @Test
  void timeoutAndUnknownHostComeFromTheCauseChain() {
    SQLException timeout = new SQLException("The connection attempt failed.", "08001",
        new SocketTimeoutException("Connect timed out"));
    assertEquals("cannot connect to PostgreSQL (host \"db.example.com\", port 5432, database \"gitlabhq_production\","
        + " user \"gitlab\"): timed out after 10 seconds", Connector.translate(S, timeout).getMessage());
    assertEquals(ExitCode.CANNOT_CONNECT, Connector.translate(S, timeout).exitCode());
    SQLException unknown = new SQLException("The connection attempt failed.", "08001",
        new UnknownHostException("db.example.com"));
    assertEquals("unknown host", Connector.reason(S, unknown));
  }

  @Test
  void sqlStateDecidesTheExitCode() {
    assertEquals(ExitCode.CANNOT_CONNECT, Connector.exitCode(new SQLException("x", "28000")));
    assertEquals(ExitCode.CANNOT_CONNECT, Connector.exitCode(new SQLException("x", "3D000")));
    assertEquals(ExitCode.CANNOT_CONNECT, Connector.exitCode(new SQLException("x", "08006")));
    assertEquals(ExitCode.FAILURE, Connector.exitCode(new SQLException("x", "42501")));
    assertEquals(ExitCode.FAILURE, Connector.exitCode(new SQLException("x")));
  }

  @Test
  void otherMessagesBecomeOneCleanClauseWithoutThePassword() {
    SQLException e = new SQLException("FATAL: role \"gitlab\" is not permitted to log in (hunter2).\n  Detail", "28000");
    assertEquals("role \"gitlab\" is not permitted to log in (***)", Connector.reason(S, e));
    assertEquals("no pg_hba.conf entry allows this connection", Connector.reason(S,
        new SQLException("FATAL: no pg_hba.conf entry for host \"10.0.0.1\", user \"gitlab\"", "28000")));
  }

  @Test
  void peerAuthenticationFailureSaysWhichUserToRunAs() {
    String r = Connector.reason(S, new SQLException("FATAL: Peer authentication failed for user \"gitlab\"", "28000"));
    assertEquals("peer authentication failed: the server lets only the operating system user mapped to \"gitlab\""
        + " connect this way (on Omnibus GitLab, run bbm as git: sudo -u git bbm ...)", r);
  }
}
