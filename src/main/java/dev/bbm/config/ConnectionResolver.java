package dev.bbm.config;

import dev.bbm.domain.BbmException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns what the user typed plus the environment into one {@link ConnectionSettings}, with psql's
 * precedence, so that operators can reuse the connection setup they already have for psql.
 *
 * <p>Order: a URL ({@code --url}, else {@code BBM_DATABASE_URL}, else {@code DATABASE_URL}); the
 * options {@code -h -p -U -d} override its parts; libpq's {@code PG*} variables fill what is missing;
 * then libpq's defaults. A password not found in the URL or {@code PGPASSWORD} is looked up in
 * {@code PGPASSFILE} or {@code ~/.pgpass}.
 */
public final class ConnectionResolver {

  /** Where a local server's socket is looked for when no host is given (Debian's, then upstream's). */
  public static final List<Path> DEFAULT_SOCKET_DIRS = List.of(Path.of("/var/run/postgresql"), Path.of("/tmp"));

  private static final Set<String> SSL_MODES =
      Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

  /** The settings plus warnings for the user (an ignored password file, unused URL parameters). */
  public record Resolution(ConnectionSettings settings, List<String> warnings) {
    public Resolution {
      warnings = List.copyOf(warnings);
    }
  }

  private ConnectionResolver() {}

  /** Resolves and drops the warnings; prefer {@link #resolveWithWarnings} where they can be shown. */
  public static ConnectionSettings resolve(ConnectionRequest req, Map<String, String> env, Path homeDir) {
    return resolveWithWarnings(req, env, homeDir).settings();
  }

  /**
   * Resolves the connection.
   *
   * @param env     the process environment ({@code System.getenv()}), injectable for tests
   * @param homeDir where {@code .pgpass} lives, or null for none
   * @throws BbmException exit 2 for a malformed URL, port or sslmode
   */
  public static Resolution resolveWithWarnings(ConnectionRequest req, Map<String, String> env, Path homeDir) {
    return resolve(req, env, homeDir, DEFAULT_SOCKET_DIRS);
  }

  static Resolution resolve(ConnectionRequest req, Map<String, String> env, Path homeDir, List<Path> socketDirs) {
    return resolve(findUrl(req, env), req, null, null, env, homeDir, socketDirs);
  }

  /** The variables that name a connection on their own, making bbm leave GitLab's database.yml alone. */
  public static final List<String> CONNECTION_VARIABLES =
      List.of("BBM_DATABASE_URL", "DATABASE_URL", "PGHOST", "PGPORT", "PGUSER", "PGDATABASE");

  /**
   * Whether the user gave a connection, on the command line ({@code --url -h -p -U -d}) or in the
   * environment ({@link #CONNECTION_VARIABLES}); only when not does bbm read GitLab's database.yml.
   */
  public static boolean isExplicit(ConnectionRequest req, Map<String, String> env) {
    if (notBlank(req.url()) || notBlank(req.host()) || req.port() != null || notBlank(req.username())
        || notBlank(req.dbname())) {
      return true;
    }
    return CONNECTION_VARIABLES.stream().anyMatch(v -> notBlank(env.get(v)));
  }

  /**
   * Resolves one database of GitLab's database.yml as Rails' pg adapter would through libpq: what
   * the entry gives wins; its password before {@code PGPASSWORD} and the password file; a missing
   * host means the default socket directory, a missing user the login name. No URL is read.
   *
   * @param entry host, port, username and database of the entry (url unused)
   * @param password the entry's password, or null
   * @param sslMode the entry's sslmode, or null
   */
  public static Resolution resolveEntry(ConnectionRequest entry, String password, String sslMode,
      Map<String, String> env, Path homeDir) {
    return resolve(null, entry, password, sslMode, env, homeDir, DEFAULT_SOCKET_DIRS);
  }

  private static Resolution resolve(DatabaseUrl foundUrl, ConnectionRequest req, String givenPassword,
      String givenSslMode, Map<String, String> env, Path homeDir, List<Path> socketDirs) {
    List<String> warnings = new ArrayList<>();
    DatabaseUrl url = foundUrl;
    if (url == null) {
      url = DatabaseUrl.none();
    }

    String host = first(req.host(), url.host(), env.get("PGHOST"));
    Integer port = req.port() != null ? Integer.valueOf(Ports.check(req.port(), "--port")) : url.port();
    if (port == null && notBlank(env.get("PGPORT"))) {
      port = Ports.parse(env.get("PGPORT"), "PGPORT");
    }
    String user = first(req.username(), url.user(), env.get("PGUSER"));
    String database = first(req.dbname(), url.database(), env.get("PGDATABASE"));
    String password = firstNonEmpty(givenPassword, url.password(), env.get("PGPASSWORD"));
    String sslMode = first(givenSslMode, url.sslMode(), env.get("PGSSLMODE"));
    String applicationName = first(url.applicationName(), env.get("PGAPPNAME"),
        ConnectionSettings.defaultApplicationName());

    int p = port == null ? ConnectionSettings.DEFAULT_PORT : port;
    if (host == null) {
      host = socketDirs.stream()
          .filter(d -> Files.exists(d.resolve(".s.PGSQL." + p)))
          .map(Path::toString)
          .findFirst()
          .orElse("localhost");
    } else if (host.indexOf(',') >= 0) {
      throw BbmException.usage("the host \"" + host + "\" names several hosts, which bbm does not support");
    }
    if (user == null) {
      user = first(env.get("USER"), env.get("LOGNAME"), System.getProperty("user.name"));
    }
    if (database == null) {
      database = user;
    }
    if (sslMode != null && !SSL_MODES.contains(sslMode)) {
      throw BbmException.usage("sslmode \"" + sslMode
          + "\" is not valid: expected disable, allow, prefer, require, verify-ca or verify-full");
    }
    if (password == null) {
      Path file = notBlank(env.get("PGPASSFILE")) ? Path.of(env.get("PGPASSFILE"))
          : homeDir == null ? null : homeDir.resolve(".pgpass");
      PgPassFile.Lookup found = PgPassFile.lookup(file, hostAliases(host, socketDirs), p, database, user);
      password = found.password();
      if (found.warning() != null) {
        warnings.add(found.warning());
      }
    }
    ConnectionSettings settings = new ConnectionSettings(host, p, database, user, password, sslMode, applicationName,
        ConnectionSettings.CONNECT_TIMEOUT_SECONDS, url.prepareThreshold());
    return new Resolution(settings, warnings(url, warnings));
  }

  private static List<String> warnings(DatabaseUrl url, List<String> warnings) {
    List<String> all = new ArrayList<>();
    for (String key : url.ignoredParameters()) {
      all.add("ignoring the parameter \"" + key + "\" of the database URL, which bbm does not use");
    }
    all.addAll(warnings);
    return all;
  }

  private static DatabaseUrl findUrl(ConnectionRequest req, Map<String, String> env) {
    if (notBlank(req.url())) {
      return DatabaseUrl.parse(req.url(), "--url");
    }
    for (String name : List.of("BBM_DATABASE_URL", "DATABASE_URL")) {
      if (notBlank(env.get(name))) {
        return DatabaseUrl.parse(env.get(name), name);
      }
    }
    return null;
  }

  /**
   * libpq lets the password-file host {@code localhost} match a connection through the default
   * socket directory; any other socket directory matches only its own path.
   */
  private static List<String> hostAliases(String host, List<Path> socketDirs) {
    if (!host.startsWith("/")) {
      return List.of(host);
    }
    Path dir = Path.of(host).normalize();
    boolean isDefault = socketDirs.stream().anyMatch(d -> d.normalize().equals(dir))
        || dir.equals(Path.of("/run/postgresql"));
    return isDefault ? List.of(host, "localhost") : List.of(host);
  }

  private static String first(String... values) {
    for (String v : values) {
      if (notBlank(v)) {
        return v;
      }
    }
    return null;
  }

  /** Passwords may be all blanks; only an empty one counts as absent (as in libpq). */
  private static String firstNonEmpty(String... values) {
    for (String v : values) {
      if (v != null && !v.isEmpty()) {
        return v;
      }
    }
    return null;
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
