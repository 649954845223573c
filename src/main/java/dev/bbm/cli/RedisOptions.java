package dev.bbm.cli;

import dev.bbm.output.Output;
import dev.bbm.sidekiq.RedisSettings;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Where Sidekiq's Redis is: --redis-url, REDIS_URL, or GitLab's resque.yml / redis.queues.yml in the
 * directory of --gitlab-config (a connection option) or the auto-detected one.
 */
public final class RedisOptions {
  @Option(names = "--redis-url", paramLabel = "URL",
      description = "Sidekiq's Redis: redis://[:PASSWORD@]HOST[:PORT][/DB], rediss://..., unix:/path/redis.socket"
          + " (else REDIS_URL, else GitLab's redis.queues.yml or resque.yml)")
  String redisUrl;

  Optional<RedisSettings> resolve(Context ctx, Output output, ConnectionOptions connection) {
    Optional<RedisSettings> s = RedisSettings.resolve(redisUrl, ctx.env(), ctx.gitlabConfigDir(connection.gitlabConfig));
    s.ifPresent(r -> r.warnings().forEach(output::warning));
    return s;
  }

  /** GitLab's SharedState Redis (its exclusive leases): --redis-url, REDIS_URL, else its config files. */
  Optional<RedisSettings> resolveSharedState(Context ctx, Output output, ConnectionOptions connection) {
    Optional<RedisSettings> s = RedisSettings.resolveSharedState(redisUrl, ctx.env(),
        ctx.gitlabConfigDir(connection.gitlabConfig));
    s.ifPresent(r -> r.warnings().forEach(output::warning));
    return s;
  }
}
