package dev.bbm.sidekiq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit 7 with one sentence and no password when nothing answers; needs no redis-server. */
class RedisConnectFailureTest {
  @Test
  void connectionRefusedIsExit7() throws Exception {
    int port = RedisTestServer.freePort();
    BbmException e = assertThrows(BbmException.class,
        () -> SidekiqQueues.open(RedisSettings.parseUrl("redis://:hunter2@127.0.0.1:" + port + "/0", "--redis-url")));
    assertEquals(ExitCode.CANNOT_CONNECT, e.exitCode());
    assertEquals("cannot connect to Redis (redis://127.0.0.1:" + port + "/0 from --redis-url): connection refused"
        + " (is Redis running and listening there?)", e.getMessage());
    assertFalse(e.getMessage().contains("hunter2"));
  }

  @Test
  void aMissingSocketIsExit7(@TempDir Path dir) {
    Path socket = dir.resolve("redis.socket");
    BbmException e = assertThrows(BbmException.class,
        () -> SidekiqQueues.open(RedisSettings.parseUrl("unix:" + socket, "/etc/gitlab/resque.yml (production)")));
    assertEquals(ExitCode.CANNOT_CONNECT, e.exitCode());
    assertEquals("cannot connect to Redis (unix:" + socket + " from /etc/gitlab/resque.yml (production)): no socket file at "
        + socket + " (is Redis running, and is this its socket?)", e.getMessage());
  }

  @Test
  void aFileThatIsNoSocketIsExit7(@TempDir Path dir) throws Exception {
    Path notASocket = java.nio.file.Files.writeString(dir.resolve("redis.socket"), "");
    BbmException e = assertThrows(BbmException.class,
        () -> SidekiqQueues.open(RedisSettings.parseUrl("unix:" + notASocket, "test")));
    assertEquals(ExitCode.CANNOT_CONNECT, e.exitCode());
  }
}
