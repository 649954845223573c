package dev.bbm.sidekiq;

import static dev.bbm.sidekiq.SidekiqFixture.COPY;
import static dev.bbm.sidekiq.SidekiqFixture.COPY_ARGS;
import static dev.bbm.sidekiq.SidekiqFixture.WORKER;
import static dev.bbm.sidekiq.SidekiqFixture.failedJob;
import static dev.bbm.sidekiq.SidekiqFixture.job;
import static dev.bbm.sidekiq.SidekiqFixture.migrationJob;
import static dev.bbm.sidekiq.SidekiqFixture.scheduledJob;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** take as Sidekiq's job.delete (one winner among concurrent stealers) and putBack as perform_async. */
class TakeAndPutBackTest {
  private static final int DB = 2;
  private static final ObjectMapper JSON = new ObjectMapper();

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
  void twoStealersNeverTakeTheSameJob() throws Exception {
    SidekiqFixture fixture = new SidekiqFixture(redis, "");
    int n = 300;
    for (int i = 0; i < n; i++) {
      fixture.enqueue("background_migration", migrationJob("q" + i, COPY, "[" + i + "]"));
      fixture.schedule(1700000000 + i, scheduledJob("s" + i, COPY, "[" + i + "]"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<List<String>>> stealers = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        stealers.add(pool.submit(() -> {
          try (SidekiqQueues queues = SidekiqQueues.open(server.tcp(DB))) {
            List<SidekiqJob> found = queues.find(null, COPY, false);
            go.await();
            List<String> taken = new ArrayList<>();
            for (SidekiqJob job : found) {
              if (queues.take(job)) {
                taken.add(job.jid());
              }
            }
            return taken;
          }
        }));
      }
      go.countDown();
      List<String> first = stealers.get(0).get();
      List<String> second = stealers.get(1).get();
      Set<String> all = new HashSet<>(first);
      all.addAll(second);
      assertEquals(first.size() + second.size(), all.size(), "no job taken twice");
      assertEquals(2 * n, all.size(), "every job taken once");
      assertEquals(0, redis.llen("queue:background_migration"));
      assertEquals(0, redis.zcard("schedule"));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void putBackEnqueuesLikePerformAsync() throws Exception {
    new SidekiqFixture(redis, "").schedule(1700000100, scheduledJob("4b5e0c4f2b1a9d8e7f6a5b4c", COPY, COPY_ARGS));
    try (SidekiqQueues queues = SidekiqQueues.open(server.tcp(DB))) {
      SidekiqJob job = queues.find(null, COPY, false).get(0);
      assertTrue(queues.take(job));
      double before = System.currentTimeMillis() / 1000.0;
      String jid = queues.putBack(job);
      double after = System.currentTimeMillis() / 1000.0;

      assertEquals(0, redis.zcard("schedule"), "not back in the schedule: it runs now, as GitLab re-enqueues it");
      assertEquals(Set.of("background_migration"), redis.smembers("queues"));
      List<String> queue = redis.lrange("queue:background_migration", 0, -1);
      assertEquals(1, queue.size());
      String pushed = queue.get(0);
      assertTrue(pushed.startsWith("{\"class\":\"BackgroundMigrationWorker\",\"args\":[\"" + COPY + "\"," + COPY_ARGS
          + "],\"retry\":3,\"queue\":\"background_migration\",\"jid\":\"" + jid + "\",\"created_at\":"), pushed);
      JsonNode node = JSON.readTree(pushed);
      assertTrue(jid.matches("[0-9a-f]{24}"), jid);
      assertNotEquals(job.jid(), jid);
      assertTrue(node.get("created_at").isFloatingPointNumber(), "Sidekiq 7 writes float seconds");
      double enqueuedAt = node.get("enqueued_at").asDouble();
      assertTrue(enqueuedAt >= before - 0.001 && enqueuedAt <= after + 0.001, pushed);
      assertEquals(List.of("class", "args", "retry", "queue", "jid", "created_at", "enqueued_at"), fieldNames(node));

      // the re-enqueued job is found again, first in line for Sidekiq only after the older ones
      SidekiqJob again = queues.find(null, COPY, false).get(0);
      assertEquals(jid, again.jid());
      assertEquals(job.arguments(), again.arguments());
    }
  }

  @Test
  void putBackOfARetriedJobDropsTheErrorBookkeepingAndRegistersItsQueue() throws Exception {
    redis.sadd("queues", "default");
    String failed = failedJob("r1", COPY).replace("\"queue\":\"background_migration\"", "\"queue\":\"background_migration_ci\"");
    new SidekiqFixture(redis, "").retry(1700000400, failed);
    try (SidekiqQueues queues = SidekiqQueues.open(server.tcp(DB))) {
      SidekiqJob job = queues.find(null, COPY, true).get(0);
      assertEquals(JobSource.RETRY, job.source());
      assertTrue(queues.take(job));
      queues.putBack(job);
    }
    assertEquals(Set.of("default", "background_migration_ci"), redis.smembers("queues"));
    JsonNode node = JSON.readTree(redis.lindex("queue:background_migration_ci", 0));
    assertFalse(node.has("error_message"));
    assertFalse(node.has("retry_count"));
    assertFalse(node.has("failed_at"));
    assertEquals(3, node.get("retry").asInt());
  }

  @Test
  void putBackKeepsNumbersExactlyAsWritten() {
    String args = "[1.50,2.0,1.0e+20,-0.000125,12345678901234567890,3]";
    new SidekiqFixture(redis, "").enqueue("background_migration", migrationJob("n1", "Numbers", args));
    try (SidekiqQueues queues = SidekiqQueues.open(server.tcp(DB))) {
      SidekiqJob job = queues.find(null, "Numbers", false).get(0);
      assertTrue(queues.take(job));
      queues.putBack(job);
    }
    String pushed = redis.lindex("queue:background_migration", 0);
    assertTrue(pushed.contains("\"args\":[\"Numbers\",[1.50,2.0,1.0E+20,-0.000125,12345678901234567890,3]]"), pushed);
  }

  @Test
  void putBackFollowsSidekiq8sMillisecondTimestamps() throws Exception {
    String payload = job(WORKER, "default", "j8", "[\"" + COPY + "\"," + COPY_ARGS + "]",
        ",\"enqueued_at\":1700000000124").replace("1700000000.123", "1700000000123");
    new SidekiqFixture(redis, "").enqueue("default", payload);
    long before = System.currentTimeMillis();
    try (SidekiqQueues queues = SidekiqQueues.open(server.tcp(DB))) {
      SidekiqJob job = queues.find(null, COPY, false).get(0);
      assertTrue(queues.take(job));
      queues.putBack(job);
    }
    JsonNode node = JSON.readTree(redis.lindex("queue:default", 0));
    assertTrue(node.get("created_at").isIntegralNumber());
    assertTrue(node.get("enqueued_at").asLong() >= before);
  }

  @Test
  void aJobWithoutQueueFieldGoesBackToTheListItCameFrom() throws Exception {
    String payload = "{\"class\":\"BackgroundMigrationWorker\",\"args\":[\"" + COPY + "\",[1]],\"jid\":\"nq\"}";
    new SidekiqFixture(redis, "").enqueue("background_migration", payload);
    try (SidekiqQueues queues = SidekiqQueues.open(server.tcp(DB))) {
      SidekiqJob job = queues.find(null, COPY, false).get(0);
      assertEquals("background_migration", job.queue());
      assertTrue(queues.take(job));
      queues.putBack(job);
    }
    JsonNode node = JSON.readTree(redis.lindex("queue:background_migration", 0));
    assertEquals("background_migration", node.get("queue").asText());
    assertFalse(node.has("retry"), "no retry field invented");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
