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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** Counting and finding as GitLab's remaining and steal do, against a real redis-server. */
class SidekiqQueuesTest {
  private static final int DB = 1;

  private RedisTestServer server;
  private Jedis redis;
  private SidekiqQueues queues;

  @BeforeEach
  void seed() {
    server = RedisTestServer.get();
    redis = server.client(DB);
    redis.flushDB();
    new SidekiqFixture(redis, "")
        // the scheduled set, inserted out of order
        .schedule(1700000300, scheduledJob("s300", COPY, COPY_ARGS))
        .schedule(1700000100, scheduledJob("s100", COPY, COPY_ARGS))
        .schedule(1700000200, scheduledJob("s200", COPY, "[101,200,\"events\",\"id\",\"id\",\"id_convert_to_bigint\",50]"))
        .schedule(1700000150, scheduledJob("s-other", "BackfillNamespaceTraversalIdsRoots", "[1,10,100]"))
        // another worker whose first argument happens to be the same class name
        .schedule(1700000050, job("PostReceiveWorker", "default", "s-post", "[\"" + COPY + "\",[1]]", ""))
        // the worker's queue, oldest first as perform_async pushed them
        .enqueue("background_migration", migrationJob("q1", COPY, COPY_ARGS))
        .enqueue("background_migration", migrationJob("q2", COPY, COPY_ARGS))
        .enqueue("background_migration", migrationJob("q-other", "BackfillNamespaceTraversalIdsRoots", "[1,10,100]"))
        .enqueue("background_migration", migrationJob("q3", COPY, COPY_ARGS))
        // routing rules may send it to default; GitLab's console sometimes writes the ::-prefixed name
        .enqueue("default", migrationJob("d1", "::" + COPY, COPY_ARGS))
        .enqueue("default", job("ProjectCacheWorker", "default", "d-cache", "[42,[],true]", ",\"enqueued_at\":1.7e9"))
        .enqueue("default", "not json at all")
        .enqueue("default", "[\"an\",\"array\"]")
        .enqueue("mailers", job("ActionMailer::MailDeliveryJob", "mailers", "m1", "[\"x\"]", ""))
        .retry(1700000400, failedJob("r1", COPY))
        .dead(1700000500, failedJob("x1", COPY));
    redis.lpush("queue:default".getBytes(), new byte[] {(byte) 0xff, (byte) 0xfe, '{', '}'});
    // a list Sidekiq does not know about (not in the queues set) is not looked at, as in Sidekiq
    redis.lpush("queue:orphan", migrationJob("o1", COPY, COPY_ARGS));
    queues = SidekiqQueues.open(server.tcp(DB));
  }

  @AfterEach
  void close() {
    if (queues != null) {
      queues.close();
    }
    if (redis != null) {
      redis.close();
    }
  }

  @Test
  void remainingCountsQueuesAndScheduleButNotRetryOrDeadAsGitlabDoes() {
    RemainingCount count = queues.remaining(null);
    assertEquals(4, count.scheduled(), "every BackgroundMigrationWorker job in the schedule, any migration class");
    assertEquals(Map.of("background_migration", 4L, "default", 1L), count.queued());
    assertEquals(5, count.queuedTotal());
    assertEquals(9, count.total());
    assertEquals(9, queues.countRemaining(WORKER));
    assertEquals("", queues.namespace());
  }

  @Test
  void remainingOfAnotherWorkerClass() {
    RemainingCount count = queues.remaining("ProjectCacheWorker");
    assertEquals(0, count.scheduled());
    assertEquals(Map.of("default", 1L), count.queued());
  }

  @Test
  void emptyRedisHasNothingRemaining() {
    redis.flushDB();
    assertEquals(new RemainingCount(0, Map.of()), queues.remaining(null));
    assertEquals(List.of(), queues.find(null, COPY, true));
  }

  @Test
  void findWalksScheduleThenQueuesInStealOrder() {
    List<SidekiqJob> jobs = queues.find(null, COPY, false);
    assertEquals(List.of("s100", "s200", "s300", "q1", "q2", "q3", "d1"), jobs.stream().map(SidekiqJob::jid).toList());
    assertEquals(List.of(JobSource.SCHEDULE, JobSource.SCHEDULE, JobSource.SCHEDULE, JobSource.QUEUE,
        JobSource.QUEUE, JobSource.QUEUE, JobSource.QUEUE), jobs.stream().map(SidekiqJob::source).toList());

    SidekiqJob first = jobs.get(0);
    assertEquals("schedule", first.key());
    assertEquals(1700000100.0, first.score());
    assertEquals(scheduledJob("s100", COPY, COPY_ARGS), first.raw());
    assertEquals("background_migration", first.queue());
    assertEquals(COPY, first.migrationClass());
    assertEquals(List.of(1L, 100L, "events", "id", "id", "id_convert_to_bigint", 50L), first.arguments());
    assertEquals(List.of(101L, 200L, "events", "id", "id", "id_convert_to_bigint", 50L), jobs.get(1).arguments());

    SidekiqJob queued = jobs.get(3);
    assertEquals("queue:background_migration", queued.key());
    assertNull(queued.score());
    SidekiqJob prefixed = jobs.get(6);
    assertEquals("queue:default", prefixed.key());
    assertEquals("::" + COPY, prefixed.migrationClass(), "args[0] as stored");
  }

  @Test
  void findWithRetryAndDeadAppendsThemLast() {
    List<SidekiqJob> jobs = queues.find(WORKER, COPY, true);
    assertEquals(List.of("s100", "s200", "s300", "q1", "q2", "q3", "d1", "r1", "x1"),
        jobs.stream().map(SidekiqJob::jid).toList());
    assertEquals(JobSource.RETRY, jobs.get(7).source());
    assertEquals("retry", jobs.get(7).key());
    assertEquals(JobSource.DEAD, jobs.get(8).source());
    assertEquals(1700000500.0, jobs.get(8).score());
  }

  @Test
  void aLeadingDoubleColonIsIgnoredInTheRequestedClass() {
    assertEquals(queues.find(null, COPY, false), queues.find(null, "::" + COPY, false));
  }

  @Test
  void otherMigrationClassesAndWorkersAreNotFound() {
    assertEquals(List.of("s-other", "q-other"),
        queues.find(null, "BackfillNamespaceTraversalIdsRoots", false).stream().map(SidekiqJob::jid).toList());
    assertEquals(List.of(), queues.find(null, "CopyColumn", false), "the whole class name must match");
    assertEquals(List.of("s-post"), queues.find("PostReceiveWorker", COPY, false).stream().map(SidekiqJob::jid).toList());
  }

  @Test
  void argumentsKeepJsonTypes() {
    redis.flushDB();
    new SidekiqFixture(redis, "").enqueue("background_migration",
        migrationJob("t1", "Mixed", "[9223372036854775808,1.50,-2,\"x\",null,true,[1,[2]],{\"a\":1}]"));
    List<Object> args = queues.find(null, "Mixed", false).get(0).arguments();
    assertEquals(new java.math.BigDecimal("9223372036854775808"), args.get(0));
    assertEquals(new java.math.BigDecimal("1.50"), args.get(1));
    assertEquals(-2L, args.get(2));
    assertEquals("x", args.get(3));
    assertNull(args.get(4));
    assertEquals(true, args.get(5));
    assertEquals(List.of(1L, List.of(2L)), args.get(6));
    assertEquals(Map.of("a", 1L), args.get(7));
  }

  @Test
  void aJobWithoutMigrationArgumentsHasNone() {
    redis.flushDB();
    new SidekiqFixture(redis, "").enqueue("background_migration",
        job(WORKER, "background_migration", "n1", "[\"NoArgs\"]", ""));
    SidekiqJob found = queues.find(null, "NoArgs", false).get(0);
    assertEquals(List.of(), found.arguments());
  }

  @Test
  void bigQueuesAndSchedulesAreReadInPages() {
    redis.flushDB();
    SidekiqFixture fixture = new SidekiqFixture(redis, "");
    int n = JobScanner.PAGE * 2 + 500;
    for (int i = 0; i < n; i++) {
      fixture.enqueue("background_migration", migrationJob("q" + i, COPY, "[" + i + "]"));
      fixture.schedule(1700000000 + (n - i), scheduledJob("s" + i, COPY, "[" + i + "]"));
      fixture.enqueue("background_migration", job("OtherWorker", "background_migration", "o" + i, "[1]", ""));
    }
    assertEquals(new RemainingCount(n, Map.of("background_migration", (long) n)), queues.remaining(null));
    List<SidekiqJob> jobs = queues.find(null, COPY, false);
    assertEquals(2 * n, jobs.size());
    assertEquals("s" + (n - 1), jobs.get(0).jid(), "lowest score first");
    assertEquals("s0", jobs.get(n - 1).jid());
    assertEquals("q0", jobs.get(n).jid(), "the oldest queued job first");
    assertEquals("q" + (n - 1), jobs.get(2 * n - 1).jid());
  }

  @Test
  void takeRemovesExactlyThatEntryOnce() {
    List<SidekiqJob> jobs = queues.find(null, COPY, true);
    SidekiqJob scheduled = jobs.get(0);
    assertTrue(queues.take(scheduled));
    assertFalse(queues.take(scheduled), "a second taker gets false");
    assertEquals(4, redis.zcard("schedule"));
    assertEquals(null, redis.zscore("schedule", scheduled.raw()));

    SidekiqJob queued = jobs.get(3);
    assertEquals("q1", queued.jid());
    assertTrue(queues.take(queued));
    assertFalse(queues.take(queued));
    assertEquals(List.of(migrationJob("q3", COPY, COPY_ARGS), migrationJob("q-other", "BackfillNamespaceTraversalIdsRoots",
        "[1,10,100]"), migrationJob("q2", COPY, COPY_ARGS)), redis.lrange("queue:background_migration", 0, -1));

    assertTrue(queues.take(jobs.get(7)));
    assertTrue(queues.take(jobs.get(8)));
    assertEquals(0, redis.zcard("retry"));
    assertEquals(0, redis.zcard("dead"));
  }

  @Test
  void aJobSidekiqAlreadyRanCannotBeTaken() {
    SidekiqJob queued = queues.find(null, COPY, false).get(3);
    redis.rpop("queue:background_migration"); // Sidekiq fetched it
    assertFalse(queues.take(queued));
    assertEquals(3, redis.llen("queue:background_migration"));
  }
}
