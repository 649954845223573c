package dev.bbm.sidekiq;

import redis.clients.jedis.Jedis;

/**
 * Job payloads written byte for byte as Sidekiq 7 writes them (JSON.generate of the job hash, keys in
 * Sidekiq's order), and helpers that store them where Sidekiq would.
 */
final class SidekiqFixture {
  static final String WORKER = "BackgroundMigrationWorker";
  static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  static final String COPY_ARGS = "[1,100,\"events\",\"id\",\"id\",\"id_convert_to_bigint\",50]";

  private final Jedis jedis;
  private final String prefix;

  SidekiqFixture(Jedis jedis, String prefix) {
    this.jedis = jedis;
    this.prefix = prefix;
  }

  /** A background-migration job as perform_async enqueues it. */
  static String migrationJob(String jid, String migrationClass, String argumentsJson) {
    return job(WORKER, "background_migration", jid,
        "[\"" + migrationClass + "\"," + argumentsJson + "]", ",\"enqueued_at\":1700000000.124");
  }

  /** Any job; {@code tail} is appended inside the object (timestamps, error fields). */
  static String job(String worker, String queue, String jid, String argsJson, String tail) {
    return "{\"class\":\"" + worker + "\",\"args\":" + argsJson + ",\"retry\":3,\"queue\":\"" + queue
        + "\",\"jid\":\"" + jid + "\",\"created_at\":1700000000.123" + tail + "}";
  }

  /** A scheduled (perform_in) job: Sidekiq drops enqueued_at and "at" from the stored payload. */
  static String scheduledJob(String jid, String migrationClass, String argumentsJson) {
    return job(WORKER, "background_migration", jid, "[\"" + migrationClass + "\"," + argumentsJson + "]", "");
  }

  /** A failed job as the retry set holds it. */
  static String failedJob(String jid, String migrationClass) {
    return job(WORKER, "background_migration", jid, "[\"" + migrationClass + "\"," + COPY_ARGS + "]",
        ",\"enqueued_at\":1700000000.124,\"error_message\":\"PG::QueryCanceled: ERROR:  canceling statement"
            + " due to statement timeout\",\"error_class\":\"ActiveRecord::QueryCanceled\",\"failed_at\":1700000100.5,"
            + "\"retry_count\":1,\"retried_at\":1700000200.25");
  }

  /** perform_async: SADD queues, LPUSH queue:name. */
  SidekiqFixture enqueue(String queue, String payload) {
    jedis.sadd(prefix + "queues", queue);
    jedis.lpush(prefix + "queue:" + queue, payload);
    return this;
  }

  SidekiqFixture schedule(double at, String payload) {
    jedis.zadd(prefix + "schedule", at, payload);
    return this;
  }

  SidekiqFixture retry(double at, String payload) {
    jedis.zadd(prefix + "retry", at, payload);
    return this;
  }

  SidekiqFixture dead(double at, String payload) {
    jedis.zadd(prefix + "dead", at, payload);
    return this;
  }
}
