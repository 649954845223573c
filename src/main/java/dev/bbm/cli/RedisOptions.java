package dev.bbm.cli;

import dev.bbm.output.Output;
import dev.bbm.sidekiq.RedisSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where Sidekiq's Redis is: --redis-url, REDIS_URL, or GitLab's resque.yml / redis.queues.yml. */
public final class RedisOptions {
  /** Where Omnibus and source installs keep database.yml, resque.yml and redis.queues.yml. */
  static final List<Path> GITLAB_CONFIG_DIRS = List.of(Path.of("/var/opt/gitlab/gitlab-rails/etc"),
      Path.of("/home/git/gitlab/config"));

  @Option(names = "--redis-url", paramLabel = "URL",
      description = "Sidekiq's Redis: redis://[:PASSWORD@]HOST[:PORT][/DB], rediss://..., unix:/path/redis.socket"
          + " (else REDIS_URL, else GitLab's redis.queues.yml or resque.yml)")
  String redisUrl;

  @Option(names = "--gitlab-config", paramLabel = "PATH",
      description = "GitLab's database.yml, or the directory holding it and resque.yml (default: Omnibus's"
          + " /var/opt/gitlab/gitlab-rails/etc or a source install's /home/git/gitlab/config)")
  Path gitlabConfig;

  Optional<RedisSettings> resolve(Context ctx, Output output) {
    Path dir = null;
    if (gitlabConfig != null) {
      dir = Files.isDirectory(gitlabConfig) ? gitlabConfig : gitlabConfig.toAbsolutePath().getParent();
    } else {
      dir = GITLAB_CONFIG_DIRS.stream().filter(Files::isDirectory).findFirst().orElse(null);
    }
    Optional<RedisSettings> s = RedisSettings.resolve(redisUrl, ctx.env(), dir);
    s.ifPresent(r -> r.warnings().forEach(output::warning));
    return s;
  }
}
