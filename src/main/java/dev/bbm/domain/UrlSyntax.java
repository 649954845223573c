package dev.bbm.domain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The URL syntax the database URL and the Redis URL share (user-info, IPv6 brackets, ports,
 * percent-escapes); exists so that both parsers take hosts and ports apart one way and differ only
 * in their defaults and in the sentences their failures are told in.
 */
public final class UrlSyntax {

  /** What is wrong with a URL; each parser says it in its own words, quoting none of the URL. */
  public enum Problem {
    /** {@code [::1} */
    IPV6_UNCLOSED,
    /** {@code [::1]x} */
    IPV6_TRAILING_TEXT,
    /** {@code %zz}, a '%' at the end, or a refused {@code %00} */
    BAD_ESCAPE,
    /** escapes whose bytes are not UTF-8 */
    NOT_UTF8
  }

  /** Turns a problem (and the part of the URL it is in) into the parser's own exception. */
  @FunctionalInterface
  public interface Failures {
    BbmException fail(Problem problem, String part);
  }

  /** A URL after its {@code scheme://}: split at the first '?', then at the first '/'. */
  public record Parts(String authority, String path, String query) {}

  /** An authority's user-info, split at the last '@' and then at the first ':'; parts absent are null. */
  public record UserInfo(String user, String password, String hostPort) {}

  /** A host, bracketed when it was {@code [IPv6]}, and the port text (null when no ':' follows). */
  public record HostPort(String host, String port, boolean bracketed) {
    /** {@code ::1:6379}: more than one ':' outside brackets, which no port can hold. */
    public boolean unbracketedIpv6() {
      return !bracketed && port != null && port.indexOf(':') >= 0;
    }
  }

  private UrlSyntax() {}

  /** {@code authority/path?query}; the query is "" when there is none. */
  public static Parts parts(String rest) {
    int q = rest.indexOf('?');
    String query = q < 0 ? "" : rest.substring(q + 1);
    String beforeQuery = q < 0 ? rest : rest.substring(0, q);
    int slash = beforeQuery.indexOf('/');
    String authority = slash < 0 ? beforeQuery : beforeQuery.substring(0, slash);
    String path = slash < 0 ? "" : beforeQuery.substring(slash + 1);
    return new Parts(authority, path, query);
  }

  /**
   * {@code user:password@host:port}: the last '@' ends the user-info, so an unencoded '@' in a
   * password still parses; user and password are returned undecoded.
   */
  public static UserInfo userInfo(String authority) {
    int at = authority.lastIndexOf('@');
    if (at < 0) {
      return new UserInfo(null, null, authority);
    }
    String info = authority.substring(0, at);
    int colon = info.indexOf(':');
    return new UserInfo(colon < 0 ? info : info.substring(0, colon),
        colon < 0 ? null : info.substring(colon + 1), authority.substring(at + 1));
  }

  /**
   * {@code host}, {@code host:port}, {@code [v6]} or {@code [v6]:port}, split at the first ':' after
   * the host; the host is returned undecoded.
   */
  public static HostPort hostPort(String hostPort, Failures failures) {
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close < 0) {
        throw failures.fail(Problem.IPV6_UNCLOSED, "host");
      }
      String after = hostPort.substring(close + 1);
      if (!after.isEmpty() && !after.startsWith(":")) {
        throw failures.fail(Problem.IPV6_TRAILING_TEXT, "host");
      }
      return new HostPort(hostPort.substring(1, close), after.isEmpty() ? null : after.substring(1), true);
    }
    int colon = hostPort.indexOf(':');
    return new HostPort(colon < 0 ? hostPort : hostPort.substring(0, colon),
        colon < 0 ? null : hostPort.substring(colon + 1), false);
  }

  /**
   * A port of 1 to 65535 written in at most {@code maxDigits} ASCII digits (leading zeros count),
   * or -1.
   */
  public static int port(String text, int maxDigits) {
    if (text.isEmpty() || text.length() > maxDigits || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    int port = Integer.parseInt(text);
    return port >= 1 && port <= 65535 ? port : -1;
  }

  /**
   * Percent-decoding as in RFC 3986 ('+' stays '+'), the bytes read as strict UTF-8: a bad escape
   * or invalid UTF-8 is refused, not guessed.
   *
   * @param part       the part of the URL being decoded, passed on to {@code failures}
   * @param refuseNul  whether {@code %00} is a {@link Problem#BAD_ESCAPE}
   */
  public static String decode(String text, String part, boolean refuseNul, Failures failures) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int plain = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != '%') {
        continue;
      }
      int hi = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
      int lo = hi < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
      if (lo < 0 || (refuseNul && hi == 0 && lo == 0)) {
        throw failures.fail(Problem.BAD_ESCAPE, part);
      }
      bytes.writeBytes(text.substring(plain, i).getBytes(StandardCharsets.UTF_8));
      bytes.write(hi * 16 + lo);
      i += 2;
      plain = i + 1;
    }
    bytes.writeBytes(text.substring(plain).getBytes(StandardCharsets.UTF_8));
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      throw failures.fail(Problem.NOT_UTF8, part);
    }
  }

  /** Null for null or "". */
  public static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
