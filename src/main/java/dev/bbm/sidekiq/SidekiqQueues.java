package dev.bbm.sidekiq;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.JobClassNames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Transaction;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Legacy background-migration jobs in Sidekiq's Redis, read and removed the way GitLab's
 * {@code Gitlab::BackgroundMigration} ({@code remaining}, {@code steal}) does; exists so that
 * {@code bbm remaining} and {@code bbm steal} see and take the same jobs as GitLab's Rails console.
 *
 * <p>Layout (Sidekiq 6 to 8): the set {@code queues} names every queue; each queue is the list
 * {@code queue:<name>} (perform_async LPUSHes, Sidekiq BRPOPs); {@code schedule}, {@code retry}
 * and {@code dead} are sorted sets scored by time. Each entry is the job's JSON payload with
 * {@code class}, {@code args}, {@code queue}, {@code jid}, {@code retry}, {@code created_at} and
 * {@code enqueued_at}. Old GitLab prefixed every key with {@code resque:gitlab:}; {@link #open(RedisSettings)}
 * detects that.
 *
 * <p>One connection, not thread-safe. Every failure is a {@link BbmException}: exit 7 when Redis
 * cannot be reached, exit 1 when it refuses a command.
 */
public final class SidekiqQueues implements AutoCloseable {
  /** The worker of GitLab's legacy background migrations on the main database. */
  public static final String DEFAULT_WORKER_CLASS = "BackgroundMigrationWorker";

  private final Jedis jedis;
  private final RedisSettings settings;
  private final SidekiqKeys keys;

  private SidekiqQueues(Jedis jedis, RedisSettings settings, SidekiqKeys keys) {
    this.jedis = jedis;
    this.settings = settings;
    this.keys = keys;
  }

  /**
   * Connects and detects the key namespace: the bare names when the {@code queues} set exists, GitLab's
   * old {@code resque:gitlab:} prefix when only {@code resque:gitlab:queues} does.
   *
   * @throws BbmException exit 7 {@code cannot connect to Redis (<where>): <reason>}
   */
  public static SidekiqQueues open(RedisSettings settings) {
    return open(settings, null);
  }

  /**
   * Connects with a known namespace: {@code ""} for none, {@code "resque:gitlab"} for old GitLab;
   * null detects it as {@link #open(RedisSettings)} does.
   */
  public static SidekiqQueues open(RedisSettings settings, String namespace) {
    Jedis jedis = RedisConnector.connect(settings);
    try {
      SidekiqKeys keys = namespace != null ? SidekiqKeys.forNamespace(namespace) : SidekiqKeys.detect(jedis);
      return new SidekiqQueues(jedis, settings, keys);
    } catch (JedisException e) {
      jedis.close();
      throw translate(settings, "looking for Sidekiq's keys", e);
    }
  }

  public RedisSettings settings() {
    return settings;
  }

  /** The key namespace in use, without its trailing colon; empty when keys are not prefixed. */
  public String namespace() {
    return keys.namespace();
  }

  /**
   * Jobs of {@code workerClass} still to run, as GitLab's {@code remaining} counts them: every queue
   * named in the {@code queues} set plus the {@code schedule} set, whatever the migration class.
   * The retry and dead sets are not counted. GitLab looks only at the worker's own queue; bbm looks
   * at every queue, since routing rules may have sent the worker to another one.
   *
   * @param workerClass null for {@value #DEFAULT_WORKER_CLASS}
   */
  public RemainingCount remaining(String workerClass) {
    String worker = worker(workerClass);
    return call("counting " + worker + " jobs", () -> {
      long scheduled = JobScanner.sortedSet(jedis, keys.schedule(), worker).stream()
          .filter(e -> isWorker(e.raw(), worker)).count();
      Map<String, Long> queued = new TreeMap<>();
      for (String queue : queueNames()) {
        long n = JobScanner.list(jedis, keys.queue(queue), worker).stream()
            .filter(e -> isWorker(e.raw(), worker)).count();
        if (n > 0) {
          queued.put(queue, n);
        }
      }
      return new RemainingCount(scheduled, queued);
    });
  }

  /** {@link #remaining(String)}'s total: GitLab's {@code Gitlab::BackgroundMigration.remaining}. */
  public long countRemaining(String workerClass) {
    return remaining(workerClass).total();
  }

  /**
   * Jobs of {@code workerClass} whose {@code args[0]} is {@code migrationClass} (a leading {@code ::}
   * ignored on both sides), in GitLab's steal order: the schedule set (soonest first), then each queue
   * (queues by name; in each, the next job Sidekiq would take first), then, when asked as with steal's
   * {@code retry_dead_jobs}, the retry and dead sets (by score).
   *
   * @param workerClass null for {@value #DEFAULT_WORKER_CLASS}
   */
  public List<SidekiqJob> find(String workerClass, String migrationClass, boolean includeRetryAndDead) {
    String worker = worker(workerClass);
    String migration = stripColons(migrationClass);
    if (migration == null || migration.isEmpty()) {
      throw new IllegalArgumentException("migrationClass is required");
    }
    return call("looking for " + migration + " jobs", () -> {
      List<SidekiqJob> jobs = new ArrayList<>();
      collect(jobs, JobSource.SCHEDULE, keys.schedule(), null, worker, migration);
      for (String queue : queueNames()) {
        collect(jobs, JobSource.QUEUE, keys.queue(queue), queue, worker, migration);
      }
      if (includeRetryAndDead) {
        collect(jobs, JobSource.RETRY, keys.retry(), null, worker, migration);
        collect(jobs, JobSource.DEAD, keys.dead(), null, worker, migration);
      }
      return jobs;
    });
  }

  /**
   * Removes exactly this entry, as Sidekiq's {@code job.delete} does (ZREM for a sorted set, LREM of
   * one for a queue). Atomic in Redis: of several processes taking the same job, one gets true.
   *
   * @return true only when this call removed it; false when it was gone (run by Sidekiq, moved from
   *     schedule to its queue, or taken by another bbm)
   */
  public boolean take(SidekiqJob job) {
    return call("removing job " + job.jid(), () -> job.source() == JobSource.QUEUE
        ? jedis.lrem(job.key(), 1, job.raw()) == 1
        : jedis.zrem(job.key(), job.raw()) == 1);
  }

  /**
   * Re-enqueues a taken job as GitLab's steal does after a failure ({@code perform_async(class, args)}):
   * SADD its queue to {@code queues} and LPUSH onto {@code queue:<queue>} a payload with the same
   * class, args, queue and retry, a new jid and created_at/enqueued_at now. A job taken from the
   * schedule, retry or dead set therefore goes onto its queue to run now, not back where it was.
   *
   * @return the new jid
   */
  public String putBack(SidekiqJob job) {
    SidekiqPayload payload = SidekiqPayload.parse(job.raw())
        .orElseThrow(() -> new IllegalArgumentException("not a Sidekiq job payload"));
    String queue = job.queue() != null ? job.queue() : "default";
    String jid = SidekiqPayload.newJid();
    String pushed = payload.requeued(queue, jid, Instant.now());
    return call("re-enqueueing job " + job.jid(), () -> {
      Transaction tx = jedis.multi();
      tx.sadd(keys.queues(), queue);
      tx.lpush(keys.queue(queue), pushed);
      tx.exec();
      return jid;
    });
  }

  @Override
  public void close() {
    jedis.close();
  }

  private void collect(List<SidekiqJob> into, JobSource source, String key, String listQueue, String worker,
      String migration) {
    for (JobScanner.Entry e : source == JobSource.QUEUE
        ? JobScanner.list(jedis, key, migration)
        : JobScanner.sortedSet(jedis, key, migration)) {
      Optional<SidekiqPayload> parsed = SidekiqPayload.parse(e.raw());
      if (parsed.isEmpty() || !worker.equals(parsed.get().workerClass())
          || !migration.equals(stripColons(parsed.get().migrationClass()))) {
        continue;
      }
      SidekiqPayload p = parsed.get();
      String queue = p.queue() != null ? p.queue() : listQueue;
      into.add(new SidekiqJob(source, key, e.raw(), p.jid(), queue, p.migrationClass(), p.arguments(), e.score()));
    }
  }

  /** The queues Sidekiq knows, by name; queue names are not prefixed, only the keys are. */
  private List<String> queueNames() {
    return new ArrayList<>(new TreeSet<>(jedis.smembers(keys.queues())));
  }

  private static boolean isWorker(String raw, String worker) {
    return SidekiqPayload.parse(raw).map(p -> worker.equals(p.workerClass())).orElse(false);
  }

  private static String worker(String workerClass) {
    return workerClass == null || workerClass.isEmpty() ? DEFAULT_WORKER_CLASS : workerClass;
  }

  private static String stripColons(String className) {
    return JobClassNames.withoutLeadingColons(className);
  }

  private <T> T call(String what, Supplier<T> action) {
    try {
      return action.get();
    } catch (JedisException e) {
      throw translate(settings, what, e);
    }
  }

  private static BbmException translate(RedisSettings settings, String what, JedisException e) {
    if (e instanceof JedisConnectionException) {
      return new BbmException(ExitCode.CANNOT_CONNECT, "lost the connection to Redis (" + settings.describe()
          + ") while " + what + ": " + RedisConnector.reason(settings, e), e);
    }
    String reply = e instanceof JedisDataException && e.getMessage() != null ? e.getMessage() : e.toString();
    return new BbmException(ExitCode.FAILURE, "Redis (" + settings.describe() + ") refused " + what + ": " + reply, e);
  }
}
