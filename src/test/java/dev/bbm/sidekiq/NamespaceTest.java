package dev.bbm.sidekiq;

import static dev.bbm.sidekiq.SidekiqFixture.COPY;
import static dev.bbm.sidekiq.SidekiqFixture.COPY_ARGS;
import static dev.bbm.sidekiq.SidekiqFixture.migrationJob;
import static dev.bbm.sidekiq.SidekiqFixture.scheduledJob;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** Old GitLab's resque:gitlab: key prefix: detected, or given. */
class NamespaceTest {
  private static final int DB = 3;
  private static final String PREFIX = "resque:gitlab:";

  private RedisTestServer server;
  private Jedis redis;

  @BeforeEach
  void start() {
    server = RedisTestServer.get();
    redis = server.client(DB);
    redis.flushDB();
  }

  @AfterEach
  void close() {
    if (redis != null) {
      redis.close();
    }
  }

  @Test
  void theGitlabNamespaceIsDetectedAndUsedForEveryKey() {
    new SidekiqFixture(redis, PREFIX)
        .enqueue("background_migration", migrationJob("q1", COPY, COPY_ARGS))
        .schedule(1700000100, scheduledJob("s1", COPY, COPY_ARGS));
    try (SidekiqQueues queues = SidekiqQueues.open(server.tcp(DB))) {
      assertEquals("resque:gitlab", queues.namespace());
      assertEquals(new RemainingCount(1, Map.of("background_migration", 1L)), queues.remaining(null));
      List<SidekiqJob> jobs = queues.find(null, COPY, false);
      assertEquals(List.of("resque:gitlab:schedule", "resque:gitlab:queue:background_migration"),
          jobs.stream().map(SidekiqJob::key).toList());
      assertTrue(queues.take(jobs.get(0)));
      queues.putBack(jobs.get(0));
    }
    assertEquals(2, redis.llen(PREFIX + "queue:background_migration"));
    assertEquals(Set.of("background_migration"), redis.smembers(PREFIX + "queues"));
    assertEquals(Set.of(PREFIX + "queues", PREFIX + "queue:background_migration"), redis.keys("*"));
  }

  @Test
  void bareKeysWinWhenBothExist() {
    new SidekiqFixture(redis, PREFIX).enqueue("background_migration", migrationJob("old", COPY, COPY_ARGS));
    new SidekiqFixture(redis, "").enqueue("default", migrationJob("new", COPY, COPY_ARGS));
    try (SidekiqQueues queues = SidekiqQueues.open(server.tcp(DB))) {
      assertEquals("", queues.namespace());
      assertEquals(List.of("new"), queues.find(null, COPY, false).stream().map(SidekiqJob::jid).toList());
    }
  }

  @Test
  void anEmptyRedisUsesBareKeys() {
    try (SidekiqQueues queues = SidekiqQueues.open(server.tcp(DB))) {
      assertEquals("", queues.namespace());
    }
  }

  @Test
  void anExplicitNamespaceIsUsedWithoutDetection() {
    new SidekiqFixture(redis, "").enqueue("default", migrationJob("bare", COPY, COPY_ARGS));
    redis.zadd(PREFIX + "schedule", 1700000100, scheduledJob("s1", COPY, COPY_ARGS));
    try (SidekiqQueues queues = SidekiqQueues.open(server.tcp(DB), "resque:gitlab")) {
      assertEquals("resque:gitlab", queues.namespace());
      assertEquals(List.of("s1"), queues.find(null, COPY, false).stream().map(SidekiqJob::jid).toList());
    }
    try (SidekiqQueues queues = SidekiqQueues.open(server.tcp(DB), "")) {
      assertEquals(List.of("bare"), queues.find(null, COPY, false).stream().map(SidekiqJob::jid).toList());
    }
  }
}
