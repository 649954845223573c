package dev.bbm.config;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.GitlabDatabase;
import dev.bbm.domain.UrlSyntax;
import dev.bbm.domain.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * GitLab's {@code config/database.yml}: the databases of one Rails environment ({@code production},
 * or {@code RAILS_ENV}), so that bbm connects where GitLab does without being told.
 *
 * <p>Two shapes, told apart as Rails does (every value of the environment a map: several databases):
 * the old flat one ({@code production: {adapter, host, port, database, username, password}}),
 * which is the database {@code main}; and the nested one ({@code production: {main: {...}, ci: {...}}}).
 * An entry may also give {@code url}, {@code sslmode} and {@code database_tasks}; YAML anchors and
 * {@code <<} merge keys work. An entry whose values are computed with ERB ({@code <%= %>}), names no
 * database or another adapter is kept with a refusal: bbm says why when a command needs it.
 *
 * <p>Skipped, as bbm's work does not concern them: {@code geo} (Geo's tracking database, which
 * GitLab's background migration rake tasks skip too) and {@code embedding} (GitLab 16's separate
 * store of AI embeddings, which serves none of the schemas batched background migrations run in, and
 * was removed in GitLab 17).
 */
public final class GitlabDatabaseYml {
  /** Omnibus's and a source install's database.yml, in the order bbm looks for them. */
  public static final List<Path> STANDARD_DIRS = List.of(Path.of("/var/opt/gitlab/gitlab-rails/etc"),
      Path.of("/home/git/gitlab/config"));

  public static final String FILE_NAME = "database.yml";

  private static final List<String> ADAPTERS = List.of("postgresql", "postgis");

  /**
   * One database of the file, as written (nothing resolved yet).
   *
   * @param port          null when not given
   * @param databaseTasks false when the entry says {@code database_tasks: false} (it shares main's database)
   * @param refusal       why bbm cannot use this entry, or null
   */
  public record Entry(String name, String host, Integer port, String database, String username, String password,
      String sslMode, boolean databaseTasks, String refusal) {

    @Override
    public String toString() {
      return "Entry[name=" + name + ", host=" + host + ", port=" + port + ", database=" + database + ", username="
          + username + ", password=" + (password == null ? "null" : "***") + ", sslMode=" + sslMode
          + ", databaseTasks=" + databaseTasks + ", refusal=" + refusal + "]";
    }
  }

  /**
   * The file's databases for one environment.
   *
   * @param source  the file, for messages
   * @param skipped the entries left out (geo, embedding), with why
   */
  public record Parsed(String source, List<Entry> entries, Map<String, String> skipped) {
    public Parsed {
      entries = List.copyOf(entries);
      skipped = Map.copyOf(skipped);
    }
  }

  private GitlabDatabaseYml() {}

  /** The Rails environment whose section is read: {@code RAILS_ENV}, else production. */
  public static String railsEnv(Map<String, String> env) {
    String e = env.get("RAILS_ENV");
    return e == null || e.isBlank() ? "production" : e.strip();
  }

  /**
   * Reads and parses a database.yml.
   *
   * @throws BbmException exit 7 when the file cannot be read (with advice), exit 2 when it is malformed
   */
  public static Parsed read(Path file, String railsEnv) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (AccessDeniedException e) {
      throw unreadable(file);
    } catch (NoSuchFileException e) {
      throw BbmException.usage(file + " does not exist");
    } catch (IOException e) {
      throw new BbmException(ExitCode.CANNOT_CONNECT, "cannot read GitLab's " + file + " ("
          + e.getClass().getSimpleName() + "); give the connection with --url or -h, -p, -U and -d");
    }
    return parse(text, file.toString(), railsEnv);
  }

  /** The sentence for a database.yml this user may not read (Omnibus keeps it root:git, mode 0640). */
  public static BbmException unreadable(Path file) {
    return new BbmException(ExitCode.CANNOT_CONNECT, "cannot read GitLab's " + file + ": permission denied;"
        + " run bbm as git (sudo -u git bbm ...) or root, or give the connection with --url or -h, -p, -U and -d");
  }

  /** Parses the text of a database.yml; {@code source} names it in messages. */
  public static Parsed parse(String text, String source, String railsEnv) {
    Object root;
    try {
      root = YamlReader.load(text);
    } catch (YamlReader.Malformed e) {
      // only where: the parser's own message may quote the offending line, which may hold a password
      throw malformed(text, source, e.location());
    }
    if (!(root instanceof Map<?, ?> environments)) {
      throw BbmException.usage(source + " does not hold a map of Rails environments (production: ...)");
    }
    Object section = get(environments, railsEnv);
    if (!(section instanceof Map<?, ?> databases) || databases.isEmpty()) {
      throw BbmException.usage(source + " has no " + railsEnv + " section"
          + (railsEnv.equals("production") ? "" : " (RAILS_ENV is " + railsEnv + ")"));
    }
    List<Entry> entries = new ArrayList<>();
    Map<String, String> skipped = new LinkedHashMap<>();
    if (databases.values().stream().allMatch(v -> v instanceof Map)) {
      for (Map.Entry<?, ?> e : databases.entrySet()) {
        String name = key(e.getKey());
        Optional<String> why = GitlabDatabase.named(name).flatMap(GitlabDatabase::skipped);
        if (why.isPresent()) {
          skipped.put(name, why.get());
          continue;
        }
        entries.add(entry(name, (Map<?, ?>) e.getValue(), source + " (" + railsEnv + "." + name + ")"));
      }
    } else {
      entries.add(entry(GitlabDatabase.MAIN.label(), databases, source + " (" + railsEnv + ")"));
    }
    if (entries.isEmpty()) {
      throw BbmException.usage(source + " names no database bbm works on (only " + String.join(", ", skipped.keySet())
          + ")");
    }
    return new Parsed(source, entries, skipped);
  }

  private static BbmException malformed(String text, String source, String where) {
    if (text.contains("<%")) {
      return BbmException.usage(source + " is an ERB template (<% %>), which bbm does not evaluate; give the"
          + " connection with --url or -h, -p, -U and -d");
    }
    return BbmException.usage(source + " is not valid YAML" + where);
  }

  private static Entry entry(String name, Map<?, ?> map, String where) {
    String url = text(get(map, "url"));
    String adapter = text(get(map, "adapter"));
    String host = text(get(map, "host"));
    String port = text(get(map, "port"));
    String database = text(get(map, "database"));
    String username = text(get(map, "username"));
    if (username == null) {
      username = text(get(map, "user"));
    }
    String password = text(get(map, "password"));
    String sslMode = text(get(map, "sslmode"));
    boolean databaseTasks = !"false".equals(text(get(map, "database_tasks")));
    String refusal = null;
    Map<String, String> used = new LinkedHashMap<>();
    used.put("url", url);
    used.put("adapter", adapter);
    used.put("host", host);
    used.put("port", port);
    used.put("database", database);
    used.put("username", username);
    used.put("password", password);
    used.put("sslmode", sslMode);
    for (Map.Entry<String, String> u : used.entrySet()) {
      if (u.getValue() != null && u.getValue().contains("<%")) {
        return refused(name, databaseTasks, where + " computes its " + u.getKey() + " with ERB (<%= %>), which bbm"
            + " does not evaluate; give the connection with --url or -h, -p, -U and -d");
      }
    }
    if (url != null) {
      DatabaseUrl u = DatabaseUrl.parse(url, where + " url");
      host = host != null ? host : u.host();
      port = port != null ? port : u.port() == null ? null : u.port().toString();
      database = database != null ? database : u.database();
      username = username != null ? username : u.user();
      password = password != null ? password : u.password();
      sslMode = sslMode != null ? sslMode : u.sslMode();
    }
    if (adapter != null && !ADAPTERS.contains(adapter.toLowerCase(Locale.ROOT))) {
      refusal = where + " uses the " + adapter + " adapter; bbm works with PostgreSQL only";
    } else if (database == null) {
      refusal = where + " names no database";
    }
    Integer p = null;
    if (refusal == null && port != null) {
      int number = UrlSyntax.port(port, 5);
      if (number < 0) {
        refusal = where + " has a port that is not a number from 1 to 65535";
      } else {
        p = number;
      }
    }
    return new Entry(name, host, p, database, username, password, sslMode, databaseTasks, refusal);
  }

  private static Entry refused(String name, boolean databaseTasks, String refusal) {
    return new Entry(name, null, null, null, null, null, null, databaseTasks, refusal);
  }

  private static String text(Object value) {
    if (value == null || value instanceof Map || value instanceof List) {
      return null;
    }
    String s = value.toString();
    return s.isEmpty() ? null : s;
  }

  private static String key(Object k) {
    String s = String.valueOf(k);
    return s.startsWith(":") ? s.substring(1) : s;
  }

  /** A key of a YAML map, also written as a Ruby symbol ({@code :host:}), as Ruby's to_yaml does. */
  private static Object get(Map<?, ?> map, String key) {
    Object value = map.get(key);
    return value != null ? value : map.get(":" + key);
  }
}
