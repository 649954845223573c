package dev.bbm.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Password lookup in a libpq password file ({@code ~/.pgpass}), so that a setup that works with psql
 * works with bbm unchanged. Lines are {@code host:port:database:username:password}; {@code *} matches
 * anything; {@code \:} and {@code \\} escape; lines starting with {@code #} are comments.
 */
public final class PgPassFile {

  /** The outcome: the password, or null; and a warning to show the user, or null. */
  public record Lookup(String password, String warning) {
    @Override
    public String toString() {
      return "Lookup[password=" + (password == null ? "null" : "***") + ", warning=" + warning + "]";
    }
  }

  private static final Set<PosixFilePermission> GROUP_OR_WORLD = EnumSet.of(
      PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
      PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

  private PgPassFile() {}

  /**
   * Finds the password of the first matching line.
   *
   * @param hostAliases the values the host field may equal: the host itself, plus {@code localhost}
   *                    for a connection through the default socket directory (libpq's rule)
   */
  public static Lookup lookup(Path file, List<String> hostAliases, int port, String database, String user) {
    if (file == null || !Files.exists(file)) {
      return new Lookup(null, null);
    }
    if (!Files.isRegularFile(file)) {
      return new Lookup(null, "password file \"" + file + "\" is not a plain file; ignoring it");
    }
    try {
      if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
        Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(file));
        perms.retainAll(GROUP_OR_WORLD);
        if (!perms.isEmpty()) {
          return new Lookup(null, "password file \"" + file
              + "\" has group or world access, permissions should be u=rw (0600) or less; ignoring it");
        }
      }
      String portText = Integer.toString(port);
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String password = match(line, hostAliases, portText, database, user);
        if (password != null) {
          return new Lookup(password, null);
        }
      }
      return new Lookup(null, null);
    } catch (IOException e) {
      return new Lookup(null, "password file \"" + file + "\" cannot be read (" + e.getClass().getSimpleName()
          + "); ignoring it");
    }
  }

  /** The password of one line when its first four fields match, else null. */
  static String match(String rawLine, List<String> hostAliases, String port, String database, String user) {
    String line = rawLine.endsWith("\r") ? rawLine.substring(0, rawLine.length() - 1) : rawLine;
    if (line.isEmpty() || line.startsWith("#")) {
      return null;
    }
    List<Field> fields = split(line);
    if (fields.size() < 5) {
      return null;
    }
    boolean hostMatches = hostAliases.stream().anyMatch(fields.get(0)::matches);
    if (hostMatches && fields.get(1).matches(port) && fields.get(2).matches(database)
        && fields.get(3).matches(user)) {
      return fields.get(4).value();
    }
    return null;
  }

  /** One field: its unescaped value and whether it was a bare {@code *}. */
  private record Field(String value, boolean wildcard) {
    boolean matches(String actual) {
      return wildcard || value.equals(actual);
    }
  }

  /** Splits on unescaped colons, removing the escapes; the fifth field ends at the next colon too. */
  private static List<Field> split(String line) {
    List<Field> fields = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean escaped = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        current.append(line.charAt(++i));
        escaped = true;
      } else if (c == ':') {
        fields.add(field(current, escaped));
        current.setLength(0);
        escaped = false;
      } else {
        current.append(c);
      }
    }
    fields.add(field(current, escaped));
    return fields;
  }

  private static Field field(StringBuilder text, boolean escaped) {
    String value = text.toString();
    return new Field(value, !escaped && value.equals("*"));
  }
}
