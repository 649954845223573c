package dev.bbm.cli;

import dev.bbm.config.ConnectionRequest;
import dev.bbm.config.ConnectionSettings;
import dev.bbm.config.Connector;
import dev.bbm.config.DatabaseTargets;
import dev.bbm.config.GitlabDatabaseYml;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.Durations;
import dev.bbm.engine.BatchEngine;
import dev.bbm.jobs.GitlabSource;
import dev.bbm.jobs.JobSources;
import dev.bbm.output.Output;
import dev.bbm.store.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * What commands get from their surroundings: writers, environment, standard input, and a way to
 * build the engine. Nothing here touches the database until a command asks for the engine.
 */
public final class Context {
  /** The environment variable naming GitLab's Rails root, as --gitlab-rails-root does. */
  static final String RAILS_ROOT_VARIABLE = "BBM_GITLAB_RAILS_ROOT";
  private final PrintWriter out;
  private final PrintWriter err;
  private final Map<String, String> env;
  private final InputStream stdin;
  private final BooleanSupplier stopRequested;
  private final boolean terminal;
  private final List<Path> gitlabConfigDirs;
  private BufferedReader lines;

  public Context(PrintWriter out, PrintWriter err, Map<String, String> env, InputStream stdin,
      BooleanSupplier stopRequested, boolean terminal) {
    this(out, err, env, stdin, stopRequested, terminal, GitlabDatabaseYml.STANDARD_DIRS);
  }

  /**
   * @param gitlabConfigDirs where GitLab's config (database.yml, resque.yml) is looked for when nothing
   *                         names it: Omnibus's and a source install's directories; tests pass their own
   */
  public Context(PrintWriter out, PrintWriter err, Map<String, String> env, InputStream stdin,
      BooleanSupplier stopRequested, boolean terminal, List<Path> gitlabConfigDirs) {
    this.gitlabConfigDirs = List.copyOf(gitlabConfigDirs);
    this.out = out;
    this.err = err;
    this.env = env;
    this.stdin = stdin;
    this.stopRequested = stopRequested;
    this.terminal = terminal;
  }

  public PrintWriter out() {
    return out;
  }

  public PrintWriter err() {
    return err;
  }

  public Map<String, String> env() {
    return env;
  }

  public InputStream stdin() {
    return stdin;
  }

  /** Whether Ctrl-C (or SIGTERM) asked the command to stop. */
  BooleanSupplier stopRequested() {
    return stopRequested;
  }

  /** Whether stderr is a terminal (colour, live progress). */
  public boolean terminal() {
    return terminal;
  }

  /** One line typed on standard input (an operator's answer), or null at the end of input. */
  public String readLine() {
    try {
      if (lines == null) {
        lines = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
      }
      return lines.readLine();
    } catch (IOException e) {
      return null;
    }
  }

  Path home() {
    String h = env.getOrDefault("HOME", System.getProperty("user.home"));
    return Path.of(h);
  }

  /**
   * The user's job definitions directory: $XDG_CONFIG_HOME/bbm/jobs when XDG_CONFIG_HOME is an
   * absolute path, else $HOME/.config/bbm/jobs; null when neither is set. Both come from this
   * context's environment, so tests can point them anywhere.
   */
  Path userJobsDir() {
    String xdg = env.get("XDG_CONFIG_HOME");
    if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "bbm", "jobs");
    }
    String h = env.get("HOME");
    return h == null || h.isEmpty() ? null : Path.of(h, ".config", "bbm", "jobs");
  }

  /**
   * The databases a command works on: the connection given by options or environment, else those of
   * GitLab's database.yml, else psql's defaults. Nothing is opened yet.
   */
  DatabaseTargets targets(ConnectionOptions options, Output output) {
    ConnectionRequest req = new ConnectionRequest(options.url, options.host, options.port, options.username,
        options.dbname);
    DatabaseTargets t = DatabaseTargets.resolve(req, options.database, options.gitlabConfig, gitlabConfigDirs, env,
        home());
    t.warnings().forEach(output::warning);
    return t;
  }

  /**
   * The engine for one database; its connection opens on first use.
   *
   * @param warnings where the engine's warnings about the connection go (a read through PgBouncer)
   */
  BatchEngine engine(DatabaseTargets.Target target, JobSources jobSources, Consumer<String> warnings) {
    return engine(target, jobSources, target.requireSettings(), warnings);
  }

  /** As above, giving up on the connect after {@code connectTimeoutSeconds} (shell completion must not wait long). */
  BatchEngine engine(DatabaseTargets.Target target, JobSources jobSources, int connectTimeoutSeconds) {
    return engine(target, jobSources, target.requireSettings().withConnectTimeout(connectTimeoutSeconds), w -> { });
  }

  private BatchEngine engine(DatabaseTargets.Target target, JobSources jobSources, ConnectionSettings settings,
      Consumer<String> warnings) {
    Database db = new Database(target.label(), () -> Connector.open(settings), target.scope())
        .prepareThresholdGiven(settings.prepareThreshold() != null);
    return new BatchEngine(db, stopRequested, jobSources, warnings).withSidekiqGrace(sidekiqGrace());
  }

  /** The environment variable that sets finalize's --sidekiq-grace when the option is not given. */
  static final String GRACE_VARIABLE = "BBM_SIDEKIQ_GRACE";

  /** $BBM_SIDEKIQ_GRACE as a duration, or null when it is not set. */
  Duration sidekiqGrace() {
    String text = env().get(GRACE_VARIABLE);
    return text == null || text.isBlank() ? null : grace(text, GRACE_VARIABLE);
  }

  /** A grace as typed: a duration, or a bare 0 (Sidekiq stopped). */
  static Duration grace(String text, String what) {
    return text.strip().equals("0") ? Duration.ZERO : Durations.parse(text, what);
  }

  /** The built-in and the user's job definitions, and GitLab's source where it is by default. */
  JobSources defaultJobSources() {
    return jobSources(List.of(), null);
  }

  /**
   * Where job classes come from: definition directories, and GitLab's Rails root: the one named
   * (--gitlab-rails-root, else BBM_GITLAB_RAILS_ROOT), which must hold lib/gitlab/background_migration
   * (exit 2 otherwise), else the first standard one that does, else none.
   */
  JobSources jobSources(List<Path> jobsDirs, Path railsRoot) {
    String what = "--gitlab-rails-root " + railsRoot;
    Path named = railsRoot;
    String fromEnv = env.get(RAILS_ROOT_VARIABLE);
    if (named == null && fromEnv != null && !fromEnv.isBlank()) {
      named = Path.of(fromEnv.strip());
      what = RAILS_ROOT_VARIABLE + "=" + named;
    }
    if (named != null) {
      if (!Files.isDirectory(named)) {
        throw BbmException.usage(what + " is not a directory; name GitLab's Rails root, such as "
            + GitlabSource.STANDARD_ROOTS.get(0));
      }
      if (!Files.isDirectory(named.resolve(GitlabSource.MIGRATIONS_DIR))) {
        throw BbmException.usage(what + " has no " + GitlabSource.MIGRATIONS_DIR + " directory, so it is not"
            + " GitLab's Rails root (such as " + GitlabSource.STANDARD_ROOTS.get(0) + ")");
      }
      return new JobSources(jobsDirs, userJobsDir(), named, List.of());
    }
    Path found = GitlabSource.STANDARD_ROOTS.stream()
        .filter(p -> Files.isDirectory(p.resolve(GitlabSource.MIGRATIONS_DIR))).findFirst().orElse(null);
    return new JobSources(jobsDirs, userJobsDir(), found, found == null ? GitlabSource.STANDARD_ROOTS : List.of());
  }

  /**
   * The directory of GitLab's config files for Redis (resque.yml, redis.queues.yml): --gitlab-config's
   * (or its file's), else BBM_GITLAB_CONFIG's, else the first of the standard directories that exists.
   */
  Path gitlabConfigDir(Path gitlabConfig) {
    Path named = gitlabConfig;
    String fromEnv = env.get(DatabaseTargets.CONFIG_VARIABLE);
    if (named == null && fromEnv != null && !fromEnv.isBlank()) {
      named = Path.of(fromEnv.strip());
    }
    if (named != null) {
      return Files.isDirectory(named) ? named : named.toAbsolutePath().getParent();
    }
    return gitlabConfigDirs.stream().filter(Files::isDirectory).findFirst().orElse(null);
  }
}
