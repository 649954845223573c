package dev.bbm.config;

import static dev.bbm.domain.UrlSyntax.emptyToNull;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.UrlSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One database URL taken apart (libpq URI or pgjdbc URL), so that the resolver can merge its parts
 * with options and environment like psql does. Parts the URL does not give are null.
 *
 * @param prepareThreshold pgjdbc's {@code prepareThreshold} as given ({@code 0}: no named server-side
 *                         prepared statements), or null for the driver's default
 * @param ignoredParameters query parameters bbm does not use (for a warning), never their values
 */
public record DatabaseUrl(String host, Integer port, String database, String user, String password,
    String sslMode, String applicationName, Integer prepareThreshold, List<String> ignoredParameters) {

  public DatabaseUrl {
    ignoredParameters = List.copyOf(ignoredParameters);
  }

  /** A URL that gives none of its parts. */
  static DatabaseUrl none() {
    return new DatabaseUrl(null, null, null, null, null, null, null, null, List.of());
  }

  /**
   * Parses {@code postgresql://}, {@code postgres://}, {@code jdbc:postgresql://} and the short
   * {@code jdbc:postgresql:dbname} form.
   *
   * @param source where the URL came from ({@code --url}, {@code BBM_DATABASE_URL}), for messages
   * @throws BbmException exit 2, one sentence that quotes no part of the URL (it may hold a password)
   */
  public static DatabaseUrl parse(String url, String source) {
    return new Parser(source).parse(url);
  }

  @Override
  public String toString() {
    return "DatabaseUrl[host=" + host + ", port=" + port + ", database=" + database + ", user=" + user
        + ", password=" + (password == null ? "null" : "***") + ", sslMode=" + sslMode
        + ", applicationName=" + applicationName + ", prepareThreshold=" + prepareThreshold
        + ", ignoredParameters=" + ignoredParameters + "]";
  }

  /** The parsing state; a class so that every failure can name the URL's source. */
  private static final class Parser {
    private final String source;
    private String host;
    private Integer port;
    private String database;
    private String user;
    private String password;
    private String sslMode;
    private boolean sslTrue;
    private String applicationName;
    private Integer prepareThreshold;
    private final List<String> ignored = new ArrayList<>();

    Parser(String source) {
      this.source = source;
    }

    DatabaseUrl parse(String url) {
      String s = url == null ? "" : url.trim();
      if (s.isEmpty()) {
        throw fail("is empty");
      }
      String lower = s.toLowerCase(Locale.ROOT);
      String rest;
      boolean hasAuthority = true;
      if (lower.startsWith("postgresql://")) {
        rest = s.substring("postgresql://".length());
      } else if (lower.startsWith("postgres://")) {
        rest = s.substring("postgres://".length());
      } else if (lower.startsWith("jdbc:postgresql://")) {
        rest = s.substring("jdbc:postgresql://".length());
      } else if (lower.startsWith("jdbc:postgresql:")) {
        rest = s.substring("jdbc:postgresql:".length());
        hasAuthority = false;
      } else {
        throw fail("has an unknown scheme: expected postgresql://, postgres:// or jdbc:postgresql:");
      }
      // the short form has no authority: an empty one before its (optional) leading '/'
      UrlSyntax.Parts parts = UrlSyntax.parts(hasAuthority || rest.startsWith("/") ? rest : "/" + rest);
      String path = parts.path();
      if (hasAuthority) {
        parseAuthority(parts.authority());
      }
      if (path.indexOf('@') >= 0) {
        throw fail("has an '@' after the host: percent-encode '@', '/', '?' and ':' in the user name and password");
      }
      database = emptyToNull(decode(path));
      parseQuery(parts.query());
      if (sslMode == null && sslTrue) {
        sslMode = "verify-full";
      }
      return new DatabaseUrl(host, port, database, user, password, sslMode, applicationName, prepareThreshold,
          ignored);
    }

    private void parseAuthority(String authority) {
      UrlSyntax.UserInfo info = UrlSyntax.userInfo(authority);
      if (info.user() != null) {
        user = emptyToNull(decode(info.user()));
        password = info.password() == null ? null : decode(info.password());
      }
      String hostPort = info.hostPort();
      boolean bracketed = hostPort.startsWith("[");
      if (!bracketed && hostPort.indexOf(',') >= 0) {
        throw fail("names several hosts, which bbm does not support");
      }
      UrlSyntax.HostPort hp = UrlSyntax.hostPort(hostPort, this::fail);
      host = emptyToNull(bracketed ? hp.host() : decode(hp.host()));
      if (hp.port() != null && !hp.port().isEmpty()) {
        port = parsePort(hp.port());
      }
    }

    private void parseQuery(String query) {
      for (String pair : query.split("&", -1)) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        if (eq < 0) {
          throw fail("has a query parameter without '=' and a value");
        }
        String key = decode(pair.substring(0, eq));
        String value = decode(pair.substring(eq + 1));
        switch (key) {
          case "host" -> host = emptyToNull(value);
          case "port" -> port = value.isEmpty() ? port : Integer.valueOf(parsePort(value));
          case "user" -> user = emptyToNull(value);
          case "password" -> password = value;
          case "dbname" -> database = emptyToNull(value);
          case "sslmode" -> sslMode = emptyToNull(value);
          case "ssl" -> sslTrue = "true".equalsIgnoreCase(value);
          case "application_name", "ApplicationName" -> applicationName = value;
          case "prepareThreshold" -> prepareThreshold = parsePrepareThreshold(value);
          default -> ignored.add(key);
        }
      }
    }

    /** pgjdbc's integer; anything else is refused rather than left to the driver's silent default. */
    private Integer parsePrepareThreshold(String text) {
      if (!text.matches("-?[0-9]{1,9}")) {
        throw fail("has an invalid prepareThreshold: expected a whole number (0 turns named prepared statements off)");
      }
      return Integer.valueOf(text);
    }

    private int parsePort(String text) {
      int p = UrlSyntax.port(text, 6);
      if (p < 0) {
        throw fail("has an invalid port: expected a number from 1 to 65535");
      }
      return p;
    }

    /** Percent-decoding as in RFC 3986 ('+' stays '+'), the bytes read as UTF-8; {@code %00} is refused. */
    private String decode(String s) {
      return UrlSyntax.decode(s, "", true, this::fail);
    }

    private BbmException fail(UrlSyntax.Problem problem, String part) {
      return fail(switch (problem) {
        case IPV6_UNCLOSED -> "has an IPv6 address without its closing ']'";
        case IPV6_TRAILING_TEXT -> "has unexpected text after the IPv6 address";
        case BAD_ESCAPE -> "has an invalid percent-encoding";
        case NOT_UTF8 -> "has a percent-encoding that is not valid UTF-8";
      });
    }

    private BbmException fail(String problem) {
      return BbmException.usage("the database URL from " + source + " " + problem);
    }
  }
}
