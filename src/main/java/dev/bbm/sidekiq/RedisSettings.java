package dev.bbm.sidekiq;

import dev.bbm.domain.BbmException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where Sidekiq's Redis is and how to log in to it; exists so that bbm reads the queues GitLab's
 * Sidekiq uses, found from {@code --redis-url}, {@code REDIS_URL} or GitLab's own Redis config files.
 *
 * <p>Exactly one of {@code host} (TCP, with {@code port}) and {@code socketPath} (Unix-domain socket)
 * is set. {@code username} and {@code password} are null when not given. {@code source} says where the
 * settings came from ({@code --redis-url}, {@code REDIS_URL} or a file path) and {@code warnings} what
 * bbm ignored there (Sentinels, TLS parameters, unknown URL parameters), never a secret.
 */
public record RedisSettings(String host, int port, String socketPath, int database, String username,
    String password, boolean tls, String source, List<String> warnings) {

  /** Redis's own default port. */
  public static final int DEFAULT_PORT = 6379;

  /** The environment variable Sidekiq itself reads, consulted after {@code --redis-url}. */
  public static final String ENV_VAR = "REDIS_URL";

  public RedisSettings {
    if ((host == null) == (socketPath == null)) {
      throw new IllegalArgumentException("exactly one of host and socketPath must be set");
    }
    warnings = List.copyOf(warnings);
  }

  /**
   * Finds Sidekiq's Redis the way an operator would expect: the option, else {@value #ENV_VAR}, else
   * GitLab's config files in {@code gitlabConfigDir} ({@code redis.yml}'s {@code production.queues},
   * then {@code redis.queues.yml}, then {@code resque.yml}, each read at its {@code production} key,
   * GitLab's own order for its Queues instance).
   *
   * @param redisUrlOption  the {@code --redis-url} value, or null when the option was not given
   * @param env             the process environment, injectable for tests
   * @param gitlabConfigDir the directory that holds GitLab's {@code database.yml}
   *                        ({@code /var/opt/gitlab/gitlab-rails/etc}, {@code /home/git/gitlab/config}),
   *                        or null
   * @return empty when nothing configures Redis
   * @throws BbmException exit 2 for a malformed URL or config file, in one sentence without the password
   */
  public static Optional<RedisSettings> resolve(String redisUrlOption, Map<String, String> env, Path gitlabConfigDir) {
    if (redisUrlOption != null) {
      return Optional.of(parseUrl(redisUrlOption, "--redis-url"));
    }
    String fromEnv = env == null ? null : env.get(ENV_VAR);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Optional.of(parseUrl(fromEnv, ENV_VAR));
    }
    return gitlabConfigDir == null ? Optional.empty() : GitlabRedisConfig.read(gitlabConfigDir);
  }

  /**
   * GitLab's SharedState Redis, where {@code Gitlab::ExclusiveLease} keeps the leases of its
   * workers: {@code --redis-url} or {@value #ENV_VAR} when given (one Redis for everything, as
   * Omnibus sets it up), else {@code redis.yml}'s {@code production.shared_state}, then
   * {@code redis.shared_state.yml}, then {@code resque.yml}.
   */
  public static Optional<RedisSettings> resolveSharedState(String redisUrlOption, Map<String, String> env,
      Path gitlabConfigDir) {
    if (redisUrlOption != null || env != null && env.get(ENV_VAR) != null && !env.get(ENV_VAR).isBlank()) {
      return resolve(redisUrlOption, env, null);
    }
    return gitlabConfigDir == null ? Optional.empty() : GitlabRedisConfig.read(gitlabConfigDir, "shared_state");
  }

  /**
   * Parses {@code redis://[[user]:password@]host[:port][/db]}, {@code rediss://...} (TLS),
   * {@code unix:/path/to/redis.socket} and {@code unix:///path?db=N}.
   *
   * @param source where the URL came from, for messages and {@link #describe()}
   * @throws BbmException exit 2, one sentence that quotes no part of the URL
   */
  public static RedisSettings parseUrl(String url, String source) {
    return RedisUrl.parse(url, source);
  }

  public boolean isUnixSocket() {
    return socketPath != null;
  }

  /** The address as a URL without the password: {@code redis://host:6379/0}, {@code unix:/path?db=2}. */
  public String address() {
    if (isUnixSocket()) {
      return "unix:" + socketPath + (database == 0 ? "" : "?db=" + database);
    }
    String user = username == null ? "" : username + "@";
    String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    return (tls ? "rediss://" : "redis://") + user + h + ":" + port + "/" + database;
  }

  /** The address and where it came from, never the password; for messages and output. */
  public String describe() {
    return address() + " from " + source;
  }

  RedisSettings withWarnings(List<String> more) {
    List<String> all = new ArrayList<>(warnings);
    all.addAll(more);
    return new RedisSettings(host, port, socketPath, database, username, password, tls, source, all);
  }

  RedisSettings withCredentials(String newUsername, String newPassword, int newDatabase) {
    return new RedisSettings(host, port, socketPath, newDatabase, newUsername, newPassword, tls, source, warnings);
  }

  @Override
  public String toString() {
    return "RedisSettings[" + address() + ", password=" + (password == null ? "null" : "***")
        + ", source=" + source + ", warnings=" + warnings + "]";
  }
}
