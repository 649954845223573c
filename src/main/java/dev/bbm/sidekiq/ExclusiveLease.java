package dev.bbm.sidekiq;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * GitLab's {@code Gitlab::ExclusiveLease} from outside Rails: the same Redis key, a uuid as its
 * value, {@code SET NX} with a time to live, renewal and release only by the holder's uuid. Exists
 * so that bbm can hold the lease GitLab's batched migration execution worker takes, and no Sidekiq
 * worker is in the middle of computing a job range while bbm fences the migration.
 */
public final class ExclusiveLease implements AutoCloseable {
  /** {@code Gitlab::ExclusiveLease::PREFIX} and its separator. */
  public static final String PREFIX = "gitlab:exclusive_lease:";

  // GitLab's LUA_RENEW_SCRIPT and LUA_CANCEL_SCRIPT, the renewal in milliseconds
  private static final String RENEW = "if redis.call('get', KEYS[1]) == ARGV[1] then"
      + " redis.call('pexpire', KEYS[1], ARGV[2]) return 1 end return 0";
  private static final String CANCEL = "if redis.call('get', KEYS[1]) == ARGV[1] then"
      + " return redis.call('del', KEYS[1]) end return 0";

  private final Jedis jedis;
  private final RedisSettings settings;
  private final String key;
  private final String uuid = UUID.randomUUID().toString();
  private final Duration ttl;

  private ExclusiveLease(Jedis jedis, RedisSettings settings, String key, Duration ttl) {
    this.jedis = jedis;
    this.settings = settings;
    this.key = key;
    this.ttl = ttl;
  }

  /**
   * The lease key of GitLab's {@code Database::BatchedBackgroundMigration::*ExecutionWorker} for a
   * table: {@code "#{worker_class.name.underscore}:database_name:#{db}:table_name:#{table}"}, the
   * worker class being {@code MainExecutionWorker}, {@code CiExecutionWorker} or
   * {@code SecExecutionWorker} after the database; with GitLab's prefix.
   */
  public static String executionWorkerKey(String database, String table) {
    return PREFIX + "database/batched_background_migration/" + database + "_execution_worker:database_name:"
        + database + ":table_name:" + table;
  }

  /** Connects to Redis for the lease {@code key} (with its prefix); nothing is taken yet. */
  public static ExclusiveLease open(RedisSettings settings, String key, Duration ttl) {
    return new ExclusiveLease(RedisConnector.connect(settings), settings, key, ttl);
  }

  public String key() {
    return key;
  }

  public String uuid() {
    return uuid;
  }

  public Duration ttl() {
    return ttl;
  }

  /** Where the lease lives, without a password. */
  public String where() {
    return settings.describe();
  }

  /** {@code SET key uuid NX PX ttl}: true when this lease now holds the key. */
  public synchronized boolean tryObtain() {
    try {
      return "OK".equals(jedis.set(key, uuid, SetParams.setParams().nx().px(ttl.toMillis())));
    } catch (JedisException e) {
      throw lost(e);
    }
  }

  /** Extends the lease by its time to live; false when it is no longer this lease's. */
  public synchronized boolean renew() {
    try {
      Object r = jedis.eval(RENEW, List.of(key), List.of(uuid, Long.toString(ttl.toMillis())));
      return r instanceof Long n && n == 1L;
    } catch (JedisException e) {
      throw lost(e);
    }
  }

  /** How long the key has left, whoever holds it; zero when it is gone. */
  public synchronized Duration remaining() {
    try {
      long ms = jedis.pttl(key);
      return ms > 0 ? Duration.ofMillis(ms) : Duration.ZERO;
    } catch (JedisException e) {
      throw lost(e);
    }
  }

  /** Gives the lease back if it is still this one's (GitLab's compare-and-delete); never throws. */
  public synchronized void release() {
    try {
      jedis.eval(CANCEL, List.of(key), List.of(uuid));
    } catch (JedisException ignored) {
      // the key expires by itself within its time to live
    }
  }

  @Override
  public synchronized void close() {
    jedis.close();
  }

  private BbmException lost(JedisException e) {
    return new BbmException(ExitCode.CANNOT_CONNECT, "lost Redis (" + settings.describe() + ") while holding"
        + " GitLab's exclusive lease " + key + ": " + RedisConnector.reason(settings, e), e);
  }
}
