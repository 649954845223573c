package dev.bbm.cli;

import dev.bbm.config.ConnectionRequest;
import dev.bbm.config.ConnectionResolver;
import dev.bbm.config.ConnectionSettings;
import dev.bbm.config.Connector;
import dev.bbm.engine.BatchEngine;
import dev.bbm.jobs.JobSources;
import dev.bbm.output.Output;
import dev.bbm.store.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What commands get from their surroundings: writers, environment, standard input, and a way to
 * build the engine. Nothing here touches the database until a command asks for the engine.
 */
public final class Context {
  private final PrintWriter out;
  private final PrintWriter err;
  private final Map<String, String> env;
  private final InputStream stdin;
  private final BooleanSupplier stopRequested;
  private final boolean terminal;
  private BufferedReader lines;

  public Context(PrintWriter out, PrintWriter err, Map<String, String> env, InputStream stdin,
      BooleanSupplier stopRequested, boolean terminal) {
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

  /** Resolves the connection like psql and builds the engine; the connection opens on first use. */
  BatchEngine engine(ConnectionOptions options, Output output) {
    return engine(options, output, new JobSources(java.util.List.of(), userJobsDir()));
  }

  /** As {@link #engine(ConnectionOptions, Output)}, with job definitions from {@code jobSources}. */
  BatchEngine engine(ConnectionOptions options, Output output, JobSources jobSources) {
    ConnectionRequest req = new ConnectionRequest(options.url, options.host, options.port, options.username,
        options.dbname);
    ConnectionResolver.Resolution r = ConnectionResolver.resolveWithWarnings(req, env, home());
    r.warnings().forEach(output::warning);
    ConnectionSettings settings = r.settings();
    String label = options.database == null ? "main" : options.database;
    return new BatchEngine(new Database(label, () -> Connector.open(settings)), stopRequested, jobSources);
  }
}
