package dev.bbm.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bbm.config.ConnectionSettings;
import dev.bbm.config.DatabaseTargets;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.JobArguments;
import dev.bbm.domain.JobCounts;
import dev.bbm.domain.MigrationStatus;
import dev.bbm.engine.MigrationSummary;
import dev.bbm.engine.StatusReport;
import dev.bbm.output.Output;
import dev.bbm.output.StatusRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.sql.DriverManager;
import java.time.OffsetDateTime;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.net.SocketFactory;
import org.postgresql.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * bbm __train: the launcher's training run. It does, without a database, what commands do on their
 * way to one: models every command and renders their help, parses command lines, resolves a
 * connection, renders status in text, rake and JSON form, reads and writes JSON with Jackson, loads
 * pgjdbc's driver and bbm's own classes. The JVM running it dumps what it loaded into the class-data
 * archive (JDK 17-24) or the AOT cache (JDK 25+) that later runs start from. It connects to nothing,
 * reads no standard input, writes no file and prints nothing.
 */
@Command(name = "__train", hidden = true,
    description = "Loads the classes commands use, without connecting anywhere; the launcher's training run.")
final class TrainCommand implements Callable<Integer> {
  /** Packages whose every class is loaded (not initialized): bbm's own and pgjdbc's connection path. */
  private static final List<String> LOAD = List.of("dev/bbm/", "org/postgresql/");

  /** Never loaded: pgjdbc's parts for OSGi, Windows SSPI and message translations. */
  private static final List<String> SKIP = List.of("org/postgresql/osgi/", "org/postgresql/sspi/",
      "org/postgresql/translation/");

  private static final String URL = "postgresql://gitlab@localhost:5432/gitlabhq_production?sslmode=prefer";

  @Override
  public Integer call() {
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    commandLines(sink);
    connection(sink);
    status(sink);
    jackson();
    loadPackages();
    return 0;
  }

  /** The whole command tree with every help text, and the command lines people type most. */
  private static void commandLines(PrintWriter sink) {
    CommandLine all = tree(sink);
    all.usage(sink, CommandLine.Help.Ansi.OFF);
    for (CommandLine sub : all.getSubcommands().values()) {
      sub.usage(sink, CommandLine.Help.Ansi.OFF);
    }
    String[][] lines = {
        {"status", "--url", URL},
        {"status", "--all", "--format", "json", "-h", "localhost", "-p", "5432", "-U", "gitlab", "-d", "x"},
        {"status", "main_85", "--json"},
        {"finalize", "CopyColumnUsingBackgroundMigrationJob,events,id,[[\"id\"]\\, [\"id_convert_to_bigint\"]]",
            "--dry-run"},
        {"check", "--json"},
        {"pause", "main_85"},
        {"mark-finished", "main_85", "--dry-run"},
    };
    for (String[] line : lines) {
      try {
        tree(sink).parseArgs(line);
      } catch (CommandLine.ParameterException e) {
        // an option this build does not have: the rest of the training still counts
      }
    }
  }

  private static CommandLine tree(PrintWriter sink) {
    return Cli.create(sink, sink, Map.of(), InputStream.nullInputStream(), () -> false, false, List.of());
  }

  /** --url resolved as status resolves it, down to pgjdbc's parse of the URL; nothing is opened. */
  private static void connection(PrintWriter sink) {
    try {
      Context ctx = new Context(sink, sink, Map.of(), InputStream.nullInputStream(), () -> false, false, List.of());
      ConnectionOptions options = new ConnectionOptions();
      options.url = URL;
      Output output = new Output(sink, sink, false, true, false);
      DatabaseTargets targets = ctx.targets(options, output);
      ConnectionSettings s = targets.all().get(0).requireSettings();
      Class.forName("org.postgresql.Driver", true, TrainCommand.class.getClassLoader());
      Driver.parseURL(s.jdbcUrl(), s.jdbcProperties());
      DriverManager.getDrivers();
      try (Socket unconnected = SocketFactory.getDefault().createSocket()) {
        unconnected.setTcpNoDelay(true);
        unconnected.setKeepAlive(false);
      }
    } catch (Exception | LinkageError e) {
      // training is best effort: what loaded so far is archived
    }
  }

  /** A status list of three migrations in text, rake and JSON form. */
  private static void status(PrintWriter sink) {
    try {
      OffsetDateTime now = OffsetDateTime.now();
      JobArguments args = JobArguments.parse("job arguments", "[[\"id\"],[\"id_convert_to_bigint\"]]");
      List<MigrationSummary> ms = List.of(
          summary(new BatchedMigration(85, "main", "CopyColumnUsingBackgroundMigrationJob", "PrimaryKeyBatchingStrategy",
              "events", "id", args, 1L, 2_000_000L, false, 20_000, 1_000, null, 120, 100, MigrationStatus.ACTIVE,
              2_000_000L, "gitlab_main", now.minusDays(2), now.minusMinutes(1), now.minusDays(1), null, null),
              new JobCounts(2, 1, 0, 40, 800_000, 800_000, 820_000L, now.minusMinutes(1), now.minusMinutes(2)),
              40.0, 40.0, "job 12 is running (updated 1m ago)", 3600L, "at 222 keys/s over the last 20 job(s)"),
          summary(new BatchedMigration(86, "main", "CopyColumnUsingBackgroundMigrationJob", "PrimaryKeyBatchingStrategy",
              "ci_stages", "id", args, 1L, 50_000L, false, 10_000, 1_000, 20_000, 120, 100, MigrationStatus.FAILED,
              50_000L, "gitlab_main", now.minusDays(3), now.minusHours(3), now.minusDays(3), null, null),
              new JobCounts(0, 0, 1, 4, 40_000, 40_000, 50_000L, now.minusHours(3), now.minusHours(3)),
              80.0, 80.0, "1 failed job(s); bbm status main_86 shows their errors", null, null),
          summary(new BatchedMigration(87, "main", "CopyColumnUsingBackgroundMigrationJob", "PrimaryKeyBatchingStrategy",
              "push_event_payloads", "event_id", args, 1L, 30_000L, false, 10_000, 1_000, null, 120, 100,
              MigrationStatus.FINISHED, 30_000L, "gitlab_main", now.minusDays(9), now.minusDays(8), now.minusDays(9),
              now.minusDays(8), null),
              new JobCounts(0, 0, 0, 3, 30_000, 30_000, 30_000L, now.minusDays(8), now.minusDays(8)),
              100.0, 100.0, null, null, null));
      List<StatusReport> reports = List.of(new StatusReport("main", "GitLab 17.6+ layout", "public", true, ms));
      new StatusRenderer(new Output(sink, sink, false, false, false)).list(reports, false);
      new StatusRenderer(new Output(sink, sink, true, false, false)).list(reports, true);
      new StatusRenderer(new Output(sink, sink, false, false, true)).list(reports, false);
      new StatusRenderer(new Output(sink, sink, false, false, false), 80, true).list(reports, false);
      sink.flush();
    } catch (RuntimeException | LinkageError e) {
      // a record this build shapes differently: the rest of the training still counts
    }
  }

  private static MigrationSummary summary(BatchedMigration m, JobCounts c, Double progress, Double gitlab, String note,
      Long eta, String basis) {
    return new MigrationSummary(m, c, progress, gitlab, note, eta, basis);
  }

  /** What status does with a running job's metrics, and a JSON document written. */
  private static void jackson() {
    try {
      var mapper = new ObjectMapper();
      var tree = mapper.readTree("{\"bbm_runner\": {\"pid\": 4242, \"backend_start\": \"2025-01-01T00:00:00Z\"},"
          + " \"timings\": {\"update_all\": [0.1, 0.2]}, \"affected_rows\": {\"update_all\": [1000, 1000]}}");
      tree.get("bbm_runner").get("pid").asInt();
      mapper.writeValueAsString(tree);
      mapper.writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("databases", List.of(Map.of("id", 1))));
    } catch (Exception | LinkageError e) {
      // best effort
    }
  }

  /** Every class of {@link #LOAD}'s packages in the jar bbm runs from, loaded but not initialized. */
  private static void loadPackages() {
    ClassLoader loader = TrainCommand.class.getClassLoader();
    Path jar = jar();
    if (jar == null) {
      return;
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      Enumeration<JarEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        String name = entries.nextElement().getName();
        if (!name.endsWith(".class") || name.contains("-") || name.startsWith("META-INF/") || !wanted(name)) {
          continue;
        }
        try {
          Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
          // a class that needs what is not shipped (an optional dependency): not archived
        }
      }
    } catch (IOException e) {
      // not a jar (classes directory): nothing more to load
    }
  }

  private static boolean wanted(String entry) {
    return LOAD.stream().anyMatch(entry::startsWith) && SKIP.stream().noneMatch(entry::startsWith);
  }

  private static Path jar() {
    try {
      CodeSource source = TrainCommand.class.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) {
        return null;
      }
      Path p = Path.of(source.getLocation().toURI());
      return p.toString().endsWith(".jar") ? p : null;
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }
}
