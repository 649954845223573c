package dev.bbm.sidekiq;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the Redis settings of GitLab's Queues instance (Sidekiq's Redis) from the files GitLab's
 * {@code Gitlab::Redis::Wrapper} reads, in its order; exists so that bbm finds the queues on an
 * Omnibus or source install without being told.
 *
 * <p>Order: {@code redis.yml} at {@code production.queues}, {@code redis.queues.yml} at
 * {@code production}, {@code resque.yml} at {@code production}. A section is a URL string or a map
 * with {@code url} and optional {@code password}, {@code username} and {@code db}. Not supported,
 * reported as warnings: {@code sentinels} (bbm connects to the URL's host itself), {@code ssl_params}
 * (the JVM's trust store is used), {@code secret_file} (encrypted credentials are not read); a
 * section with {@code cluster} and no {@code url}, and URLs computed with ERB, are refused.
 */
final class GitlabRedisConfig {
  private static final String ENV = "production";

  private GitlabRedisConfig() {}

  static Optional<RedisSettings> read(Path dir) {
    return read(dir, "queues");
  }

  /**
   * The same for another of GitLab's Redis instances ({@code shared_state}, where
   * {@code Gitlab::ExclusiveLease} keeps its leases): {@code redis.yml} at {@code production.NAME},
   * {@code redis.NAME.yml}, then {@code resque.yml}.
   */
  static Optional<RedisSettings> read(Path dir, String instance) {
    Path redisYml = dir.resolve("redis.yml");
    Object queues = get(production(redisYml), instance);
    if (queues != null) {
      return Optional.of(settings(queues, redisYml + " (production." + instance + ")"));
    }
    for (String name : List.of("redis." + instance + ".yml", "resque.yml")) {
      Path file = dir.resolve(name);
      Object section = production(file);
      if (section != null) {
        return Optional.of(settings(section, file + " (production)"));
      }
    }
    return Optional.empty();
  }

  /** The {@code production} value of a file, or null when the file or the key does not exist. */
  private static Object production(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (AccessDeniedException e) {
      throw BbmException.usage("cannot read " + file + ": permission denied; run bbm as root or as the user"
          + " GitLab runs as, or pass --redis-url");
    } catch (IOException e) {
      throw BbmException.usage("cannot read " + file + ": " + e.getClass().getSimpleName());
    }
    Object root;
    try {
      root = YamlReader.load(text);
    } catch (YamlReader.Malformed e) {
      // only where: the parser's own message may quote the offending line, which may hold a password
      throw BbmException.usage(file + " is not valid YAML" + e.location());
    }
    if (root == null) {
      return null; // an empty file, as Omnibus writes redis.yml when nothing overrides it
    }
    if (!(root instanceof Map)) {
      throw BbmException.usage(file + " does not hold a map of environments (production: ...)");
    }
    return get(root, ENV);
  }

  private static RedisSettings settings(Object section, String source) {
    if (section instanceof String url) {
      return checked(url, source);
    }
    if (!(section instanceof Map)) {
      throw BbmException.usage(source + " is neither a URL nor a map with a url");
    }
    Object url = get(section, "url");
    if (url == null || url.toString().isBlank()) {
      if (get(section, "cluster") != null) {
        throw BbmException.usage(source + " configures a Redis Cluster, which bbm does not support; pass --redis-url");
      }
      throw BbmException.usage(source + " has no url");
    }
    RedisSettings parsed = checked(url.toString(), source);
    String username = text(get(section, "username"), parsed.username());
    String password = text(get(section, "password"), parsed.password());
    int db = parsed.database();
    Object dbValue = get(section, "db");
    // GitLab merges the section over the URL's parts, except that a unix: URL's ?db= wins
    if (dbValue != null && !(parsed.isUnixSocket() && url.toString().contains("db="))) {
      if (!dbValue.toString().matches("[0-9]{1,9}")) {
        throw BbmException.usage(source + " has a db that is not a number of 0 or more");
      }
      db = Integer.parseInt(dbValue.toString());
    }
    List<String> warnings = new ArrayList<>();
    if (get(section, "sentinels") != null) {
      warnings.add(source + " lists Redis Sentinels, which bbm does not ask for the primary; it connects to "
          + parsed.address() + " directly (pass --redis-url with the primary's address if that fails)");
    }
    if (get(section, "ssl_params") != null) {
      warnings.add(source + " has ssl_params, which bbm ignores; TLS uses the JVM's trust store");
    }
    if (get(section, "secret_file") != null) {
      warnings.add(source + " names a secret_file, which bbm does not decrypt; pass the password in --redis-url");
    }
    return parsed.withCredentials(username, password, db).withWarnings(warnings);
  }

  private static RedisSettings checked(String url, String source) {
    if (url.contains("<%")) {
      throw BbmException.usage(source + " computes the Redis URL with ERB, which bbm does not evaluate;"
          + " pass --redis-url");
    }
    return RedisSettings.parseUrl(url, source);
  }

  private static String text(Object value, String fallback) {
    return value == null || value.toString().isEmpty() ? fallback : value.toString();
  }

  /** A key of a YAML map, also written as a Ruby symbol ({@code :url:}), as Ruby's to_yaml does. */
  private static Object get(Object map, String key) {
    if (!(map instanceof Map<?, ?> m)) {
      return null;
    }
    Object value = m.get(key);
    return value != null ? value : m.get(":" + key);
  }
}
