package dev.bbm.sidekiq;

import static dev.bbm.sidekiq.SidekiqFixture.COPY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** Connecting over a Unix socket and with a password, against real redis-servers. */
class RedisConnectionTest {
  private static final String SECRET = "hunter2-s3cret";

  @Test
  void everyOperationWorksOverTheUnixSocket() {
    RedisTestServer server = RedisTestServer.get();
    RedisSettings settings = server.unix(4);
    assertEquals("unix:" + server.socket() + "?db=4", settings.address());
    try (SidekiqQueues queues = SidekiqQueues.open(settings)) {
      queues.putBack(new SidekiqJob(JobSource.QUEUE, "queue:background_migration",
          SidekiqFixture.migrationJob("u1", COPY, "[1,2]"), "u1", "background_migration", COPY, List.of(1L, 2L), null));
      assertEquals(new RemainingCount(0, Map.of("background_migration", 1L)), queues.remaining(null));
      SidekiqJob job = queues.find(null, COPY, false).get(0);
      assertEquals(List.of(1L, 2L), job.arguments());
      assertTrue(queues.take(job));
      assertFalse(queues.take(job));
      assertEquals(0, queues.countRemaining(null));
    }
  }

  @Test
  void anAclUserWithItsPasswordConnects() {
    RedisTestServer server = RedisTestServer.get();
    try (Jedis admin = server.client(0)) {
      admin.aclSetUser("bbmtest", "on", ">" + SECRET, "~*", "+@all");
      try (SidekiqQueues queues = SidekiqQueues.open(RedisSettings.parseUrl(
          "redis://bbmtest:" + SECRET + "@127.0.0.1:" + server.tcpPort() + "/5", "test"))) {
        assertEquals(0, queues.countRemaining(null));
        assertEquals("redis://bbmtest@127.0.0.1:" + server.tcpPort() + "/5 from test", queues.settings().describe());
      }
      BbmException e = assertThrows(BbmException.class, () -> SidekiqQueues.open(RedisSettings.parseUrl(
          "redis://bbmtest:wrong-" + SECRET + "@127.0.0.1:" + server.tcpPort() + "/5", "test")));
      assertEquals(ExitCode.CANNOT_CONNECT, e.exitCode());
      assertEquals("cannot connect to Redis (redis://bbmtest@127.0.0.1:" + server.tcpPort()
          + "/5 from test): authentication failed: the user name or password is wrong", e.getMessage());
    } finally {
      try (Jedis admin = server.client(0)) {
        admin.aclDelUser("bbmtest");
      }
    }
  }

  @Test
  void aPasswordForAServerWithoutOneIsReported() {
    RedisTestServer server = RedisTestServer.get();
    BbmException e = assertThrows(BbmException.class, () -> SidekiqQueues.open(RedisSettings.parseUrl(
        "redis://:" + SECRET + "@127.0.0.1:" + server.tcpPort(), "REDIS_URL")));
    assertEquals(ExitCode.CANNOT_CONNECT, e.exitCode());
    assertTrue(e.getMessage().endsWith("a password was given but the server has none set"), e.getMessage());
    assertFalse(e.getMessage().contains(SECRET));
  }

  @Test
  void aDatabaseTheServerDoesNotHaveIsReported() {
    RedisTestServer server = RedisTestServer.get();
    BbmException e = assertThrows(BbmException.class, () -> SidekiqQueues.open(server.tcp(99)));
    assertEquals(ExitCode.CANNOT_CONNECT, e.exitCode());
    assertTrue(e.getMessage().endsWith("the server has no database 99"), e.getMessage());
  }
}
