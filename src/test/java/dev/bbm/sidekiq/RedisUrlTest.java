package dev.bbm.sidekiq;

import static dev.bbm.domain.ExitCode.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The URL forms GitLab writes into resque.yml, and malformed ones refused without the password. */
class RedisUrlTest {
  private static RedisSettings parse(String url) {
    return RedisSettings.parseUrl(url, "--redis-url");
  }

  @Test
  void omnibusSocket() {
    RedisSettings s = parse("unix:/var/opt/gitlab/redis/redis.socket");
    assertTrue(s.isUnixSocket());
    assertEquals("/var/opt/gitlab/redis/redis.socket", s.socketPath());
    assertEquals(0, s.database());
    assertNull(s.password());
    assertEquals("unix:/var/opt/gitlab/redis/redis.socket", s.address());
    assertEquals("unix:/var/opt/gitlab/redis/redis.socket from --redis-url", s.describe());
  }

  @Test
  void socketUrlWithSlashesAndDatabase() {
    RedisSettings s = parse("unix:///var/run/redis/redis.sock?db=3");
    assertEquals("/var/run/redis/redis.sock", s.socketPath());
    assertEquals(3, s.database());
    assertEquals("unix:/var/run/redis/redis.sock?db=3", s.address());
    assertEquals("/tmp/r.sock", parse("unix://localhost/tmp/r.sock").socketPath());
    assertEquals("/tmp/my redis.sock", parse("unix:/tmp/my%20redis.sock").socketPath());
  }

  @Test
  void omnibusExternalRedisWithPassword() {
    RedisSettings s = parse("redis://:redis-pass@redis.example.com:5000/2");
    assertEquals("redis.example.com", s.host());
    assertEquals(5000, s.port());
    assertEquals(2, s.database());
    assertNull(s.username());
    assertEquals("redis-pass", s.password());
    assertFalse(s.tls());
    assertEquals("redis://redis.example.com:5000/2 from --redis-url", s.describe());
    assertFalse(s.toString().contains("redis-pass"), s.toString());
    assertEquals(List.of(), s.warnings());
  }

  @Test
  void defaultsAndTls() {
    RedisSettings s = parse("redis://localhost");
    assertEquals("localhost", s.host());
    assertEquals(6379, s.port());
    assertEquals(0, s.database());
    assertEquals("redis://localhost:6379/0", s.address());
    RedisSettings tls = parse("rediss://:p@redis.example.com:6380/");
    assertTrue(tls.tls());
    assertEquals("rediss://redis.example.com:6380/0", tls.address());
    assertEquals("localhost", parse("redis://:p@/1").host(), "redis-rb's default host");
  }

  @Test
  void aclUserAndPercentEncodedPassword() {
    RedisSettings s = parse("redis://gitlab:p%40ss%3Aw%2Frd@10.0.0.5/1");
    assertEquals("gitlab", s.username());
    assertEquals("p@ss:w/rd", s.password());
    assertEquals("redis://gitlab@10.0.0.5:6379/1", s.address());
  }

  @Test
  void ipv6() {
    RedisSettings s = parse("redis://[::1]:6380/4");
    assertEquals("::1", s.host());
    assertEquals(6380, s.port());
    assertEquals("redis://[::1]:6380/4", s.address());
  }

  @Test
  void unknownParametersAreNamedNotValued() {
    RedisSettings s = parse("redis://h/0?timeout=5&password=hunter2");
    assertEquals(List.of("the Redis URL in --redis-url has a parameter bbm ignores: timeout",
        "the Redis URL in --redis-url has a parameter bbm ignores: password"), s.warnings());
    assertEquals(7, parse("redis://h/0?db=7").database());
  }

  @Test
  void aUserNameWithoutPasswordIsWarnedAbout() {
    RedisSettings s = parse("redis://hunter2@h");
    assertEquals("hunter2", s.username());
    assertEquals(1, s.warnings().size());
    assertTrue(s.warnings().get(0).contains("redis://:password@host"), s.warnings().get(0));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''                                      | is empty",
      "http://:hunter2@h                       | has an unknown scheme: expected redis://, rediss:// or unix:",
      "localhost:6379                          | has an unknown scheme: expected redis://, rediss:// or unix:",
      "redis://:hunter2@h:99999                | has a port that is not a number from 1 to 65535",
      "redis://:hunter2@h:0                    | has a port that is not a number from 1 to 65535",
      "redis://:hunter2@h:port                 | has a port that is not a number from 1 to 65535",
      "redis://:hunter2@h/zero                 | has a database number after the host that is not a number of 0 or more",
      "redis://:hunter2@h/1?db=x               | has a db parameter that is not a number of 0 or more",
      "redis://:hunter2@h/1@x                  | has an '@' after the host: percent-encode '@', '/', '?' and ':' in the password",
      "redis://:hunter2%zz@h                   | has a '%' in the password that is not followed by two hex digits",
      "redis://:hunter2%ff@h                   | has a percent-encoded password that is not valid UTF-8",
      "redis://:hunter2@::1:6379               | has an IPv6 address without brackets: write redis://[::1]:6379",
      "redis://:hunter2@[::1                   | has an IPv6 address without its closing ']'",
      "redis://:hunter2@h st                   | has a host name with characters a host name cannot have",
      "unix:redis.socket                       | has no absolute socket path: write unix:/path/to/redis.socket",
      "unix:                                   | has no absolute socket path: write unix:/path/to/redis.socket",
      "unix://otherhost/var/redis.sock         | names a host in a unix: URL; write unix:/path/to/redis.socket",
  })
  void malformedUrlsAreUsageErrorsThatNeverEchoThePassword(String url, String problem) {
    BbmException e = assertThrows(BbmException.class, () -> parse(url));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertEquals(USAGE, e.exitCode());
    assertEquals("the Redis URL in --redis-url " + problem, e.getMessage());
    assertFalse(e.getMessage().contains("hunter2"));
  }
}
