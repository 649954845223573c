package dev.bbm.cli;

import java.util.List;
import java.util.Set;

/**
 * Loads and initialises the PostgreSQL driver's heaviest classes on another core while picocli
 * builds the command tree and parses the command line, for commands that are about to connect
 * (bbm status is measured against psql). Loads classes only: no connection, no pool.
 */
final class Warmup {
  /** The commands that open a connection; --help, --version and completion never reach one. */
  private static final Set<String> CONNECTING = Set.of("status", "finalize", "check", "wait", "retry", "mark-finished",
      "pause", "resume", "pending-count", "remaining", "steal", "db");
  private static final Set<String> NO_CONNECTION = Set.of("-h", "--help", "-V", "--version", "--dry-run-help");
  private static final List<String> CLASSES = List.of("org.postgresql.Driver", "org.postgresql.PGProperty",
      "org.postgresql.jdbc.PgConnection", "org.postgresql.core.v3.ConnectionFactoryImpl",
      "org.postgresql.core.v3.QueryExecutorImpl", "org.postgresql.core.PGStream", "org.postgresql.jdbc.PgStatement",
      "org.postgresql.jdbc.PgPreparedStatement", "org.postgresql.jdbc.PgResultSet",
      "org.postgresql.jdbc.TimestampUtils", "org.postgresql.core.Parser");

  private Warmup() {}

  /** Starts the loading thread when {@code args} name a command that connects. */
  static void startFor(String[] args) {
    if (args.length == 0 || !CONNECTING.contains(args[0])) {
      return;
    }
    for (String a : args) {
      if (NO_CONNECTION.contains(a)) {
        return;
      }
    }
    Thread t = new Thread(Warmup::load, "bbm-warmup");
    t.setDaemon(true);
    t.start();
  }

  private static void load() {
    ClassLoader loader = Warmup.class.getClassLoader();
    for (String name : CLASSES) {
      try {
        Class.forName(name, true, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        // only a head start: the connection loads what it needs itself
        return;
      }
    }
  }
}
