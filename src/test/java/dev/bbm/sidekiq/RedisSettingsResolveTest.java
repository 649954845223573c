package dev.bbm.sidekiq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --redis-url, then REDIS_URL, then GitLab's redis.yml / redis.queues.yml / resque.yml. */
class RedisSettingsResolveTest {
  @TempDir
  Path dir;

  private void write(String name, String yaml) throws IOException {
    Files.writeString(dir.resolve(name), yaml);
  }

  private RedisSettings fromFiles() {
    return RedisSettings.resolve(null, Map.of(), dir).orElseThrow();
  }

  @Test
  void optionBeatsEnvironmentBeatsFiles() throws IOException {
    write("resque.yml", "production:\n  url: unix:/var/opt/gitlab/redis/redis.socket\n");
    Map<String, String> env = Map.of("REDIS_URL", "redis://from-env:6380");
    RedisSettings option = RedisSettings.resolve("redis://from-option", env, dir).orElseThrow();
    assertEquals("from-option", option.host());
    assertEquals("--redis-url", option.source());
    RedisSettings fromEnv = RedisSettings.resolve(null, env, dir).orElseThrow();
    assertEquals("from-env", fromEnv.host());
    assertEquals("REDIS_URL", fromEnv.source());
    RedisSettings file = RedisSettings.resolve(null, Map.of("REDIS_URL", " "), dir).orElseThrow();
    assertEquals("/var/opt/gitlab/redis/redis.socket", file.socketPath());
    assertEquals(dir.resolve("resque.yml") + " (production)", file.source());
  }

  @Test
  void nothingConfiguredIsEmpty() {
    assertEquals(Optional.empty(), RedisSettings.resolve(null, Map.of(), null));
    assertEquals(Optional.empty(), RedisSettings.resolve(null, Map.of(), dir));
    assertEquals(Optional.empty(), RedisSettings.resolve(null, Map.of(), dir.resolve("missing")));
  }

  @Test
  void anEmptyOptionIsRefused() {
    BbmException e = assertThrows(BbmException.class, () -> RedisSettings.resolve("", Map.of(), dir));
    assertEquals("the Redis URL in --redis-url is empty", e.getMessage());
  }

  @Test
  void queuesFileBeatsResqueYml() throws IOException {
    write("resque.yml", "production:\n  url: redis://:cache-pass@redis-cache:6379\n");
    write("redis.queues.yml", "production:\n  url: redis://:queues-pass@redis-queues:8888/\n");
    RedisSettings s = fromFiles();
    assertEquals("redis-queues", s.host());
    assertEquals(8888, s.port());
    assertEquals("queues-pass", s.password());
  }

  @Test
  void redisYmlQueuesEntryBeatsEverything() throws IOException {
    write("resque.yml", "production:\n  url: redis://resque\n");
    write("redis.queues.yml", "production:\n  url: redis://queues-file\n");
    write("redis.yml", "production:\n  cache:\n    url: redis://cache\n  queues:\n    url: redis://from-redis-yml/3\n");
    RedisSettings s = fromFiles();
    assertEquals("from-redis-yml", s.host());
    assertEquals(3, s.database());
    assertEquals(dir.resolve("redis.yml") + " (production.queues)", s.source());
  }

  @Test
  void redisYmlWithoutQueuesAndOmnibusEmptyRedisYmlFallThrough() throws IOException {
    write("resque.yml", "production:\n  url: redis://resque\n");
    write("redis.yml", "production:\n  cache:\n    url: redis://cache\n");
    assertEquals("resque", fromFiles().host());
    write("redis.yml", "");
    assertEquals("resque", fromFiles().host());
  }

  @Test
  void aFileWithoutProductionFallsThrough() throws IOException {
    write("redis.queues.yml", "development:\n  url: redis://dev\n");
    write("resque.yml", "production:\n  url: redis://prod\n");
    assertEquals("prod", fromFiles().host());
  }

  @Test
  void theOldStringFormat() throws IOException {
    write("resque.yml", "development: redis://localhost:6379\nproduction: redis://redis.example.com:6379\n");
    assertEquals("redis.example.com", fromFiles().host());
  }

  @Test
  void rubySymbolKeys() throws IOException {
    write("resque.yml", ":production:\n  :url: redis://symbols:6379/1\n  :password: pw\n");
    RedisSettings s = fromFiles();
    assertEquals("symbols", s.host());
    assertEquals("pw", s.password());
  }

  @Test
  void sectionKeysOverrideTheUrlsParts() throws IOException {
    write("resque.yml", "production:\n  url: redis://:old@redis.example.com/1\n  password: 12345\n  username: gitlab\n  db: 4\n");
    RedisSettings s = fromFiles();
    assertEquals("12345", s.password());
    assertEquals("gitlab", s.username());
    assertEquals(4, s.database());
  }

  @Test
  void aSocketUrlWithPasswordKey() throws IOException {
    write("resque.yml", "production:\n  url: unix:/var/opt/gitlab/redis/redis.socket?db=2\n  password: sock-pass\n  db: 5\n");
    RedisSettings s = fromFiles();
    assertEquals("/var/opt/gitlab/redis/redis.socket", s.socketPath());
    assertEquals("sock-pass", s.password());
    assertEquals(2, s.database(), "GitLab lets a unix: URL's ?db= win over the db key");
  }

  @Test
  void sentinelsTlsParamsAndSecretFilesAreWarnedAbout() throws IOException {
    write("resque.yml", """
        production:
          url: rediss://:redis-pass@redis-master/
          sentinels:
            - host: 10.0.0.2
              port: 26379
              password: sentinel-pass
          ssl_params:
            ca_file: /opt/gitlab/embedded/ssl/certs/cacert.pem
          secret_file: /etc/gitlab/redis.yaml.enc
        """);
    RedisSettings s = fromFiles();
    assertEquals("redis-master", s.host());
    assertEquals(3, s.warnings().size());
    assertTrue(s.warnings().get(0).contains("lists Redis Sentinels"), s.warnings().get(0));
    assertTrue(s.warnings().get(0).contains("rediss://redis-master:6379/0"), s.warnings().get(0));
    assertTrue(s.warnings().get(1).contains("ssl_params"));
    assertTrue(s.warnings().get(2).contains("secret_file"));
    for (String warning : s.warnings()) {
      assertFalse(warning.contains("redis-pass"), warning);
      assertFalse(warning.contains("sentinel-pass"), warning);
    }
  }

  @Test
  void refusedSections() throws IOException {
    write("resque.yml", "production:\n  cluster:\n    - host: 10.0.0.5\n      port: 6379\n");
    assertUsage(dir.resolve("resque.yml") + " (production) configures a Redis Cluster, which bbm does not support;"
        + " pass --redis-url");
    write("resque.yml", "production:\n  password: x\n");
    assertUsage(dir.resolve("resque.yml") + " (production) has no url");
    write("resque.yml", "production:\n  url: <%= ENV['REDIS_URL'] %>\n");
    assertUsage(dir.resolve("resque.yml") + " (production) computes the Redis URL with ERB, which bbm does not"
        + " evaluate; pass --redis-url");
    write("resque.yml", "production:\n  - redis://a\n");
    assertUsage(dir.resolve("resque.yml") + " (production) is neither a URL nor a map with a url");
    write("resque.yml", "just a string\n");
    assertUsage(dir.resolve("resque.yml") + " does not hold a map of environments (production: ...)");
    write("resque.yml", "production:\n  url: redis://:hunter2@h\n  db: two\n");
    assertUsage(dir.resolve("resque.yml") + " (production) has a db that is not a number of 0 or more");
  }

  @Test
  void aMalformedUrlInAFileNamesTheFileNotThePassword() throws IOException {
    write("redis.queues.yml", "production:\n  url: redis://:hunter2@redis-queues:port/\n");
    assertUsage("the Redis URL in " + dir.resolve("redis.queues.yml") + " (production) has a port that is not a number"
        + " from 1 to 65535");
  }

  @Test
  void invalidYamlGivesTheLineNotTheContent() throws IOException {
    write("resque.yml", "production:\n  url: redis://:hunter2@h\n  password: [hunter2\n");
    BbmException e = assertThrows(BbmException.class, this::fromFiles);
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertTrue(e.getMessage().startsWith(dir.resolve("resque.yml") + " is not valid YAML at line "), e.getMessage());
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
  }

  @Test
  void anUnreadableFileIsAUsageErrorThatSaysWhatToDo() throws IOException {
    write("resque.yml", "production:\n  url: redis://h\n");
    Path file = dir.resolve("resque.yml");
    assertTrue(file.toFile().setReadable(false, false));
    org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(file), "running as root: every file is readable");
    assertUsage("cannot read " + file + ": permission denied; run bbm as root or as the user GitLab runs as,"
        + " or pass --redis-url");
  }

  private void assertUsage(String message) {
    BbmException e = assertThrows(BbmException.class, this::fromFiles);
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertEquals(message, e.getMessage());
    assertFalse(e.getMessage().contains("hunter2"));
  }

  @Test
  void warningsOfTheUrlSurviveTheFile() throws IOException {
    write("resque.yml", "production:\n  url: redis://h/0?timeout=3\n");
    assertEquals(List.of("the Redis URL in " + dir.resolve("resque.yml") + " (production) has a parameter bbm ignores:"
        + " timeout"), fromFiles().warnings());
  }
}
