package dev.bbm.config;

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
 * One database URL taken apart (libpq URI or pgjdbc URL), so that the resolver can merge its parts
 * with options and environment like psql does. Parts the URL does not give are null.
 *
 * @param ignoredParameters query parameters bbm does not use (for a warning), never their values
 */
public record DatabaseUrl(String host, Integer port, String database, String user, String password,
    String sslMode, String applicationName, List<String> ignoredParameters) {

  public DatabaseUrl {
    ignoredParameters = List.copyOf(ignoredParameters);
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
        + ", applicationName=" + applicationName + ", ignoredParameters=" + ignoredParameters + "]";
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
      int q = rest.indexOf('?');
      String query = q < 0 ? "" : rest.substring(q + 1);
      String beforeQuery = q < 0 ? rest : rest.substring(0, q);
      String path = beforeQuery;
      if (hasAuthority) {
        int slash = beforeQuery.indexOf('/');
        String authority = slash < 0 ? beforeQuery : beforeQuery.substring(0, slash);
        path = slash < 0 ? "" : beforeQuery.substring(slash + 1);
        parseAuthority(authority);
      } else if (path.startsWith("/")) {
        path = path.substring(1);
      }
      if (path.indexOf('@') >= 0) {
        throw fail("has an '@' after the host: percent-encode '@', '/', '?' and ':' in the user name and password");
      }
      database = emptyToNull(decode(path));
      parseQuery(query);
      if (sslMode == null && sslTrue) {
        sslMode = "verify-full";
      }
      return new DatabaseUrl(host, port, database, user, password, sslMode, applicationName, ignored);
    }

    private void parseAuthority(String authority) {
      int at = authority.lastIndexOf('@');
      String hostPort = authority;
      if (at >= 0) {
        String userInfo = authority.substring(0, at);
        hostPort = authority.substring(at + 1);
        int colon = userInfo.indexOf(':');
        user = emptyToNull(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
        password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
      }
      String portText = null;
      if (hostPort.startsWith("[")) {
        int close = hostPort.indexOf(']');
        if (close < 0) {
          throw fail("has an IPv6 address without its closing ']'");
        }
        host = hostPort.substring(1, close);
        String after = hostPort.substring(close + 1);
        if (!after.isEmpty() && !after.startsWith(":")) {
          throw fail("has unexpected text after the IPv6 address");
        }
        portText = after.isEmpty() ? null : after.substring(1);
      } else {
        if (hostPort.indexOf(',') >= 0) {
          throw fail("names several hosts, which bbm does not support");
        }
        int colon = hostPort.indexOf(':');
        host = decode(colon < 0 ? hostPort : hostPort.substring(0, colon));
        portText = colon < 0 ? null : hostPort.substring(colon + 1);
      }
      host = emptyToNull(host);
      if (portText != null && !portText.isEmpty()) {
        port = parsePort(portText);
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
          case "port" -> port = value.isEmpty() ? port : parsePort(value);
          case "user" -> user = emptyToNull(value);
          case "password" -> password = value;
          case "dbname" -> database = emptyToNull(value);
          case "sslmode" -> sslMode = emptyToNull(value);
          case "ssl" -> sslTrue = "true".equalsIgnoreCase(value);
          case "application_name", "ApplicationName" -> applicationName = value;
          default -> ignored.add(key);
        }
      }
    }

    private int parsePort(String text) {
      if (text.length() <= 6 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
        int p = Integer.parseInt(text);
        if (Ports.valid(p)) {
          return p;
        }
      }
      throw fail("has an invalid port: expected a number from 1 to 65535");
    }

    /** Percent-decoding as in RFC 3986 ('+' stays '+'), the bytes read as UTF-8. */
    private String decode(String s) {
      if (s.indexOf('%') < 0) {
        return s;
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '%') {
          int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
          int lo = hi < 0 ? -1 : Character.digit(s.charAt(i + 2), 16);
          if (lo < 0 || (hi == 0 && lo == 0)) {
            throw fail("has an invalid percent-encoding");
          }
          bytes.write(hi * 16 + lo);
          i += 2;
        } else {
          int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
          bytes.writeBytes(s.substring(i, end).getBytes(StandardCharsets.UTF_8));
          i = end - 1;
        }
      }
      try {
        return StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes.toByteArray()))
            .toString();
      } catch (CharacterCodingException e) {
        throw fail("has a percent-encoding that is not valid UTF-8");
      }
    }

    private BbmException fail(String problem) {
      return BbmException.usage("the database URL from " + source + " " + problem);
    }

    private static String emptyToNull(String s) {
      return s == null || s.isEmpty() ? null : s;
    }
  }
}
