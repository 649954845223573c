package dev.bbm.sidekiq;

import static dev.bbm.domain.UrlSyntax.emptyToNull;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.UrlSyntax;
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
    UrlSyntax.Parts parts = UrlSyntax.parts(rest);
    if (parts.path().indexOf('@') >= 0) {
      throw fail("has an '@' after the host: percent-encode '@', '/', '?' and ':' in the password");
    }
    UrlSyntax.UserInfo info = UrlSyntax.userInfo(parts.authority());
    String username = null;
    String password = null;
    if (info.user() != null) {
      username = emptyToNull(decode(info.user(), "user name"));
      password = info.password() == null ? null : emptyToNull(decode(info.password(), "password"));
      if (info.password() == null) {
        // redis-rb reads a lone user-info part as a user name: a common slip for a password
        warnings.add("the Redis URL in " + source + " has a user name but no password"
            + " (a password alone is written redis://:password@host)");
      }
    }
    UrlSyntax.HostPort hp = UrlSyntax.hostPort(info.hostPort(), this::fail);
    if (hp.unbracketedIpv6()) {
      throw fail("has an IPv6 address without brackets: write redis://[::1]:6379");
    }
    String host = decode(hp.host(), "host");
    if (host.isEmpty()) {
      host = "localhost"; // redis-rb's default
    } else if (!host.matches("[A-Za-z0-9._:%-]+")) {
      throw fail("has a host name with characters a host name cannot have");
    }
    int port = hp.port() == null || hp.port().isEmpty() ? RedisSettings.DEFAULT_PORT : port(hp.port());
    int db = parts.path().isEmpty() ? 0 : number(parts.path(), "database number after the host");
    db = query(parts.query(), db);
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
    int port = UrlSyntax.port(text, 5);
    if (port < 0) {
      throw fail("has a port that is not a number from 1 to 65535");
    }
    return port;
  }

  private int number(String text, String what) {
    if (!text.matches("[0-9]{1,9}")) {
      throw fail("has a " + what + " that is not a number of 0 or more");
    }
    return Integer.parseInt(text);
  }

  /** Percent-decoding as for URLs, strict: a bad escape or invalid UTF-8 is refused, not guessed. */
  private String decode(String text, String part) {
    return UrlSyntax.decode(text, part, false, this::fail);
  }

  private BbmException fail(UrlSyntax.Problem problem, String part) {
    return fail(switch (problem) {
      case IPV6_UNCLOSED -> "has an IPv6 address without its closing ']'";
      case IPV6_TRAILING_TEXT -> "has text after the IPv6 address that is not a port";
      case BAD_ESCAPE -> "has a '%' in the " + part + " that is not followed by two hex digits";
      case NOT_UTF8 -> "has a percent-encoded " + part + " that is not valid UTF-8";
    });
  }

  private BbmException fail(String problem) {
    return BbmException.usage("the Redis URL in " + source + " " + problem);
  }
}
