package dev.bbm.sidekiq;

import dev.bbm.domain.BbmException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Takes a Redis URL apart the way redis-rb and GitLab's Redis wrapper do; exists so that every
 * failure is one sentence naming the URL's source and quoting none of it (it may hold a password).
 */
final class RedisUrl {
  private final String source;
  private final List<String> warnings = new ArrayList<>();

  private RedisUrl(String source) {
    this.source = source;
  }

  static RedisSettings parse(String url, String source) {
    return new RedisUrl(source).parse(url);
  }

  private RedisSettings parse(String url) {
    String s = url == null ? "" : url.trim();
    if (s.isEmpty()) {
      throw fail("is empty");
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("unix:")) {
      return unix(s.substring("unix:".length()));
    }
    if (lower.startsWith("redis://")) {
      return tcp(s.substring("redis://".length()), false);
    }
    if (lower.startsWith("rediss://")) {
      return tcp(s.substring("rediss://".length()), true);
    }
    throw fail("has an unknown scheme: expected redis://, rediss:// or unix:");
  }

  /** {@code unix:/path}, {@code unix:///path}, {@code unix://localhost/path}, each with {@code ?db=N}. */
  private RedisSettings unix(String rest) {
    int q = rest.indexOf('?');
    String path = q < 0 ? rest : rest.substring(0, q);
    int db = query(q < 0 ? "" : rest.substring(q + 1), 0);
    if (path.startsWith("//")) {
      int slash = path.indexOf('/', 2);
      String authority = slash < 0 ? path.substring(2) : path.substring(2, slash);
      if (!authority.isEmpty() && !authority.equalsIgnoreCase("localhost")) {
        throw fail("names a host in a unix: URL; write unix:/path/to/redis.socket");
      }
      path = slash < 0 ? "" : path.substring(slash);
    }
    path = decode(path, "socket path");
    if (!path.startsWith("/") || path.length() < 2) {
      throw fail("has no absolute socket path: write unix:/path/to/redis.socket");
    }
    return new RedisSettings(null, 0, path, db, null, null, false, source, warnings);
  }

  private RedisSettings tcp(String rest, boolean tls) {
    int q = rest.indexOf('?');
    String beforeQuery = q < 0 ? rest : rest.substring(0, q);
    int slash = beforeQuery.indexOf('/');
    String authority = slash < 0 ? beforeQuery : beforeQuery.substring(0, slash);
    String path = slash < 0 ? "" : beforeQuery.substring(slash + 1);
    if (path.indexOf('@') >= 0) {
      throw fail("has an '@' after the host: percent-encode '@', '/', '?' and ':' in the password");
    }
    String username = null;
    String password = null;
    int at = authority.lastIndexOf('@');
    String hostPort = authority;
    if (at >= 0) {
      String userInfo = authority.substring(0, at);
      hostPort = authority.substring(at + 1);
      int colon = userInfo.indexOf(':');
      username = emptyToNull(decode(colon < 0 ? userInfo : userInfo.substring(0, colon), "user name"));
      password = colon < 0 ? null : emptyToNull(decode(userInfo.substring(colon + 1), "password"));
      if (colon < 0) {
        // redis-rb reads a lone user-info part as a user name: a common slip for a password
        warnings.add("the Redis URL in " + source + " has a user name but no password"
            + " (a password alone is written redis://:password@host)");
      }
    }
    String host;
    String portText = null;
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close < 0) {
        throw fail("has an IPv6 address without its closing ']'");
      }
      host = hostPort.substring(1, close);
      String after = hostPort.substring(close + 1);
      if (!after.isEmpty()) {
        if (!after.startsWith(":")) {
          throw fail("has text after the IPv6 address that is not a port");
        }
        portText = after.substring(1);
      }
    } else {
      int colon = hostPort.lastIndexOf(':');
      host = colon < 0 ? hostPort : hostPort.substring(0, colon);
      portText = colon < 0 ? null : hostPort.substring(colon + 1);
      if (host.indexOf(':') >= 0) {
        throw fail("has an IPv6 address without brackets: write redis://[::1]:6379");
      }
    }
    host = decode(host, "host");
    if (host.isEmpty()) {
      host = "localhost"; // redis-rb's default
    } else if (!host.matches("[A-Za-z0-9._:%-]+")) {
      throw fail("has a host name with characters a host name cannot have");
    }
    int port = portText == null || portText.isEmpty() ? RedisSettings.DEFAULT_PORT : port(portText);
    int db = path.isEmpty() ? 0 : number(path, "database number after the host");
    db = query(q < 0 ? "" : rest.substring(q + 1), db);
    return new RedisSettings(host, port, null, db, username, password, tls, source, warnings);
  }

  /** Reads {@code db=N} and records every other parameter's name (never its value) as ignored. */
  private int query(String query, int db) {
    int result = db;
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq), "parameter name");
      if (name.equals("db")) {
        result = number(eq < 0 ? "" : decode(pair.substring(eq + 1), "database number"), "db parameter");
      } else if (name.matches("[A-Za-z0-9_.-]{1,40}")) {
        warnings.add("the Redis URL in " + source + " has a parameter bbm ignores: " + name);
      } else {
        warnings.add("the Redis URL in " + source + " has a parameter bbm ignores");
      }
    }
    return result;
  }

  private int port(String text) {
    if (!text.matches("[0-9]{1,5}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65535) {
      throw fail("has a port that is not a number from 1 to 65535");
    }
    return Integer.parseInt(text);
  }

  private int number(String text, String what) {
    if (!text.matches("[0-9]{1,9}")) {
      throw fail("has a " + what + " that is not a number of 0 or more");
    }
    return Integer.parseInt(text);
  }

  /** Percent-decoding as for URLs, strict: a bad escape or invalid UTF-8 is refused, not guessed. */
  private String decode(String text, String part) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int plain = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != '%') {
        continue;
      }
      if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0
          || Character.digit(text.charAt(i + 2), 16) < 0) {
        throw fail("has a '%' in the " + part + " that is not followed by two hex digits");
      }
      bytes.writeBytes(text.substring(plain, i).getBytes(StandardCharsets.UTF_8));
      bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
      i += 2;
      plain = i + 1;
    }
    bytes.writeBytes(text.substring(plain).getBytes(StandardCharsets.UTF_8));
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      throw fail("has a percent-encoded " + part + " that is not valid UTF-8");
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private BbmException fail(String problem) {
    return BbmException.usage("the Redis URL in " + source + " " + problem);
  }
}
