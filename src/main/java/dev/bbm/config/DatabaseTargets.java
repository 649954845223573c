package dev.bbm.config;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.GitlabDatabase;
import dev.bbm.domain.GitlabSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The databases bbm works on (SPEC §2): the one connection the user gave, with psql's precedence,
 * or, when none was given, every database of GitLab's database.yml ({@code --gitlab-config},
 * {@code BBM_GITLAB_CONFIG}, else Omnibus's or a source install's), or psql's defaults when there is
 * no database.yml either.
 */
public final class DatabaseTargets {
  /** The environment variable that names GitLab's database.yml (or its directory) like --gitlab-config. */
  public static final String CONFIG_VARIABLE = "BBM_GITLAB_CONFIG";
  /** The label of the one database given by options or environment when --database names none. */
  public static final String DEFAULT_LABEL = GitlabDatabase.MAIN_LABEL;

  /**
   * One database.
   *
   * @param label    its name in ids and output: main, ci
   * @param settings where to connect, or null when {@code refusal} says why bbm cannot
   * @param aliases  the database.yml entries that share this database (a ci with database_tasks: false)
   * @param scope    which batched migrations, by gitlab_schema, GitLab serves from it
   */
  public record Target(String label, ConnectionSettings settings, List<String> aliases, String refusal,
      GitlabSchemas.Scope scope) {
    public Target {
      aliases = List.copyOf(aliases);
    }

    /** Whether {@code name} is this database's label or one of its aliases. */
    public boolean answersTo(String name) {
      return label.equals(name) || aliases.contains(name);
    }

    /** The settings, or the refusal as exit 2. */
    public ConnectionSettings requireSettings() {
      if (settings == null) {
        throw BbmException.usage(refusal);
      }
      return settings;
    }
  }

  private final List<Target> targets;
  private final String source;
  private final List<String> notes;
  private final List<String> warnings;
  private final Map<String, String> skipped;

  private DatabaseTargets(List<Target> targets, String source, List<String> notes, List<String> warnings,
      Map<String, String> skipped) {
    this.targets = List.copyOf(targets);
    this.source = source;
    this.notes = List.copyOf(notes);
    this.warnings = List.copyOf(warnings);
    this.skipped = Map.copyOf(skipped);
  }

  /**
   * Decides where bbm connects.
   *
   * @param request        what was typed: --url, -h, -p, -U, -d
   * @param databaseOption --database, or null
   * @param gitlabConfig   --gitlab-config (database.yml or its directory), or null
   * @param standardDirs   where database.yml is looked for when nothing names it (tests pass none)
   */
  public static DatabaseTargets resolve(ConnectionRequest request, String databaseOption, Path gitlabConfig,
      List<Path> standardDirs, Map<String, String> env, Path homeDir) {
    if (ConnectionResolver.isExplicit(request, env)) {
      return single(ConnectionResolver.resolveWithWarnings(request, env, homeDir), databaseOption);
    }
    Optional<Path> file = databaseYml(gitlabConfig, env, standardDirs);
    if (file.isEmpty()) {
      return single(ConnectionResolver.resolveWithWarnings(request, env, homeDir), databaseOption);
    }
    GitlabDatabaseYml.Parsed parsed = GitlabDatabaseYml.read(file.get(), GitlabDatabaseYml.railsEnv(env));
    return fromYml(parsed, env, homeDir);
  }

  private static DatabaseTargets single(ConnectionResolver.Resolution r, String databaseOption) {
    if (databaseOption != null && GitlabDatabase.named(databaseOption).isEmpty()) {
      throw BbmException.usage("--database " + databaseOption + " is not one of GitLab's databases ("
          + String.join(", ", GitlabDatabase.labels()) + "); did you mean -d " + databaseOption
          + " (the PostgreSQL database to connect to)?");
    }
    String label = databaseOption == null ? DEFAULT_LABEL : databaseOption;
    Target t = new Target(label, r.settings(), List.of(), null, GitlabSchemas.scope(label));
    return new DatabaseTargets(List.of(t), null, List.of(), r.warnings(), Map.of());
  }

  /**
   * The database.yml to read: --gitlab-config, else BBM_GITLAB_CONFIG (a file, or a directory holding
   * database.yml), else the first standard directory that has one; empty when none applies.
   */
  static Optional<Path> databaseYml(Path gitlabConfig, Map<String, String> env, List<Path> standardDirs) {
    String fromEnv = env.get(CONFIG_VARIABLE);
    Path named = gitlabConfig != null ? gitlabConfig
        : fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv.strip()) : null;
    if (named != null) {
      String what = gitlabConfig != null ? "--gitlab-config " : CONFIG_VARIABLE + " ";
      if (Files.isDirectory(named)) {
        Path f = named.resolve(GitlabDatabaseYml.FILE_NAME);
        if (!Files.exists(f) && Files.notExists(f)) {
          throw BbmException.usage(what + named + " holds no " + GitlabDatabaseYml.FILE_NAME);
        }
        return Optional.of(f);
      }
      if (Files.notExists(named)) {
        throw BbmException.usage(what + named + " does not exist");
      }
      return Optional.of(named);
    }
    for (Path dir : standardDirs) {
      Path f = dir.resolve(GitlabDatabaseYml.FILE_NAME);
      if (Files.exists(f)) {
        return Optional.of(f);
      }
      if (!Files.notExists(f)) {
        // neither there nor absent: a directory this user may not look into (Omnibus's is root:git)
        throw GitlabDatabaseYml.unreadable(f);
      }
    }
    return Optional.empty();
  }

  /** The databases of a parsed database.yml; entries pointing at one database are listed once. */
  public static DatabaseTargets fromYml(GitlabDatabaseYml.Parsed parsed, Map<String, String> env, Path homeDir) {
    record Pending(String label, ConnectionSettings settings, List<String> aliases, String refusal) {}
    List<Pending> found = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (GitlabDatabaseYml.Entry e : parsed.entries()) {
      if (e.refusal() != null) {
        found.add(new Pending(e.name(), null, new ArrayList<>(), e.refusal()));
        continue;
      }
      ConnectionResolver.Resolution r = ConnectionResolver.resolveEntry(
          new ConnectionRequest(null, e.host(), e.port(), e.username(), e.database()), e.password(), e.sslMode(),
          env, homeDir);
      Pending same = null;
      String why = null;
      for (Pending p : found) {
        if (p.settings() != null && sameDatabase(p.settings(), r.settings())) {
          same = p;
          why = "points to the same database as " + p.label() + " (" + r.settings().describeTarget() + ")";
          break;
        }
      }
      if (same == null && !e.databaseTasks() && !e.name().equals(DEFAULT_LABEL)) {
        same = found.stream().filter(p -> p.label().equals(DEFAULT_LABEL)).findFirst().orElse(null);
        why = "has database_tasks: false, so it shares main's database";
      }
      if (same != null) {
        same.aliases().add(e.name());
        notes.add(parsed.source() + ": " + e.name() + " " + why + "; bbm lists it once, as " + same.label());
        continue;
      }
      warnings.addAll(r.warnings());
      found.add(new Pending(e.name(), r.settings(), new ArrayList<>(), null));
    }
    List<String> labels = found.stream().map(Pending::label).toList();
    List<Target> targets = found.stream()
        .map(p -> new Target(p.label(), p.settings(), p.aliases(), p.refusal(), GitlabSchemas.scope(p.label(), labels)))
        .toList();
    return new DatabaseTargets(targets, parsed.source(), notes, warnings, parsed.skipped());
  }

  /** libpq's identity of a database: host (or socket directory), port and database name. */
  static boolean sameDatabase(ConnectionSettings a, ConnectionSettings b) {
    return hostKey(a).equals(hostKey(b)) && a.port() == b.port() && a.database().equals(b.database());
  }

  private static String hostKey(ConnectionSettings s) {
    return s.isUnixSocket() ? Path.of(s.host()).normalize().toString() : s.host().toLowerCase(Locale.ROOT);
  }

  public List<Target> all() {
    return targets;
  }

  /** More than one database: commands that write must be told which. */
  public boolean several() {
    return targets.size() > 1;
  }

  /** The database.yml these came from, or null for a connection given by options, environment or defaults. */
  public String source() {
    return source;
  }

  /** Sentences for the user: databases of database.yml listed once because they share one. */
  public List<String> notes() {
    return notes;
  }

  /** Warnings of the resolution (an ignored password file, unused URL parameters). */
  public List<String> warnings() {
    return warnings;
  }

  /** {@code main, ci}. */
  public String labels() {
    return String.join(", ", targets.stream().map(Target::label).toList());
  }

  /**
   * The database a name (label, or an entry folded into another) picks.
   *
   * @param what how the name was given, for messages: {@code --database ci}, {@code migration id ci_10}
   * @throws BbmException exit 2 naming the databases there are
   */
  public Target named(String name, String what) {
    for (Target t : targets) {
      if (t.answersTo(name)) {
        return t;
      }
    }
    if (source == null) {
      throw BbmException.usage(what + " names database " + name + ", but bbm is connected to "
          + targets.get(0).label() + " only");
    }
    if (skipped.containsKey(name)) {
      throw BbmException.usage(what + " names database " + name + ", which bbm skips: " + skipped.get(name));
    }
    throw BbmException.usage(what + " names database " + name + ", which " + source + " does not configure (it has "
        + labels() + ")");
  }

  /** The one database there is; callers check {@link #several()} first. */
  public Target only() {
    if (several()) {
      throw new BbmException(ExitCode.USAGE, severalSentence());
    }
    return targets.get(0);
  }

  /** What write commands say when they would have to guess (GitLab's "Please specify the database"). */
  public String severalSentence() {
    return "this GitLab has several databases (" + labels() + "); name one with --database";
  }
}
