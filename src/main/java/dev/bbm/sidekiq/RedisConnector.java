package dev.bbm.sidekiq;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLException;
import redis.clients.jedis.ClientSetInfoConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Opens one Jedis connection from {@link RedisSettings} and turns every way that can fail into exit 7
 * with one readable reason; exists so that callers never see a Jedis exception or a password.
 */
final class RedisConnector {
  static final int CONNECT_TIMEOUT_MILLIS = 5_000;
  static final int READ_TIMEOUT_MILLIS = 30_000;

  private RedisConnector() {}

  static Jedis connect(RedisSettings s) {
    if (s.isUnixSocket() && !Files.exists(Path.of(s.socketPath()))) {
      throw failure(s, "no socket file at " + s.socketPath() + " (is Redis running, and is this its socket?)", null);
    }
    DefaultJedisClientConfig config = DefaultJedisClientConfig.builder()
        .connectionTimeoutMillis(CONNECT_TIMEOUT_MILLIS)
        .socketTimeoutMillis(READ_TIMEOUT_MILLIS)
        .user(s.username())
        .password(s.password())
        .database(s.database())
        .clientName("bbm")
        .clientSetInfoConfig(ClientSetInfoConfig.DISABLED)
        .ssl(s.tls())
        .build();
    Jedis jedis = null;
    try {
      jedis = s.isUnixSocket()
          ? new Jedis(new UnixSocketFactory(Path.of(s.socketPath()), CONNECT_TIMEOUT_MILLIS, READ_TIMEOUT_MILLIS), config)
          : new Jedis(new HostAndPort(s.host(), s.port()), config);
      jedis.ping();
      return jedis;
    } catch (JedisException e) {
      if (jedis != null) {
        jedis.close();
      }
      throw failure(s, reason(s, e), e);
    }
  }

  static BbmException failure(RedisSettings s, String reason, Throwable cause) {
    return new BbmException(ExitCode.CANNOT_CONNECT, "cannot connect to Redis (" + s.describe() + "): " + reason, cause);
  }

  /** One short reason from the exception chain; Redis's own error replies never echo a password. */
  static String reason(RedisSettings s, Throwable e) {
    for (Throwable t : chain(e)) {
      String message = t.getMessage() == null ? "" : t.getMessage();
      String lower = message.toLowerCase(Locale.ROOT);
      if (t instanceof UnknownHostException) {
        return "unknown host " + s.host();
      }
      if (t instanceof SocketTimeoutException) {
        return "no answer within the timeout (" + CONNECT_TIMEOUT_MILLIS / 1000 + " s to connect, "
            + READ_TIMEOUT_MILLIS / 1000 + " s per reply)";
      }
      if (t instanceof ConnectException || lower.contains("connection refused")) {
        return "connection refused (is Redis running and listening there?)";
      }
      if (t instanceof SSLException) {
        return "the TLS handshake failed: " + message;
      }
      if (lower.contains("permission denied")) {
        return "permission denied on " + (s.isUnixSocket() ? s.socketPath() : s.address())
            + " (run bbm as a user that may use it)";
      }
      if (lower.startsWith("wrongpass") || lower.contains("invalid password") || lower.contains("invalid username-password")) {
        return "authentication failed: the " + (s.username() == null ? "" : "user name or ") + "password is wrong";
      }
      if (lower.startsWith("noauth")) {
        return "the server requires a password and none was given";
      }
      if (lower.contains("without any password configured")) {
        return "a password was given but the server has none set";
      }
      if (lower.contains("db index is out of range")) {
        return "the server has no database " + s.database();
      }
    }
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  /** The exception, its causes and what they suppressed: Jedis adds each failed address as suppressed. */
  private static List<Throwable> chain(Throwable e) {
    List<Throwable> all = new ArrayList<>();
    Deque<Throwable> todo = new ArrayDeque<>(List.of(e));
    while (!todo.isEmpty() && all.size() < 20) {
      Throwable t = todo.removeFirst();
      if (all.contains(t)) {
        continue;
      }
      all.add(t);
      if (t.getCause() != null) {
        todo.addLast(t.getCause());
      }
      todo.addAll(Arrays.asList(t.getSuppressed()));
    }
    return all;
  }
}
