package dev.bbm.bench;

import dev.bbm.domain.ExitCode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * scripts/bench: bbm's performance figures (SPEC §9, issue 7), measured in one run on one machine
 * against a PostgreSQL of its own. Prints a table of figure, value, target and PASS/MISS; exits 0
 * whether or not the targets are met, and non-zero only when something could not be measured.
 */
public final class Bench {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  private static final String STATUS_QUERY = StatusWorkload.PSQL_QUERY;

  private final Options opt;
  private final Path work;
  private final Path logs;
  private final Map<String, String> baseEnv = new LinkedHashMap<>();
  private final List<Row> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private boolean failed;

  private EmbeddedPostgres pg;
  private String url;
  private String jdbcUrl;
  private Connection admin;

  /** One line of the final table. */
  record Row(String figure, String value, String target, String verdict) {}

  /** A finished bbm run, with what was sampled while it ran. */
  record Run(int code, double seconds, long peakRssKb, double longestXact, String output) {
    boolean unknownOption() {
      return code == ExitCode.USAGE.code() && output.contains("Unknown option");
    }
  }

  /** Command-line options of the bench. */
  static final class Options {
    Path launcher = Path.of("scripts/bbm");
    boolean large;
    long rows = 2_000_000;
    long largeRows = 10_000_000;
    long pacedRows = 100_000;
    int runs = 11;
    boolean fsync = true;
    boolean startup = true;
    boolean finalize = true;
    List<String> jdks = new ArrayList<>();
    /** --package TARBALL: that package's figures alone (PackageWorkload); finalize and start-up are off. */
    Path packageTarball;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--launcher" -> o.launcher = Path.of(args[++i]);
          case "--large" -> o.large = true;
          case "--rows" -> o.rows = Long.parseLong(args[++i].replace("_", ""));
          case "--large-rows" -> o.largeRows = Long.parseLong(args[++i].replace("_", ""));
          case "--paced-rows" -> o.pacedRows = Long.parseLong(args[++i].replace("_", ""));
          case "--runs" -> o.runs = Integer.parseInt(args[++i]);
          case "--no-fsync" -> o.fsync = false;
          case "--no-startup" -> o.startup = false;
          case "--no-finalize" -> o.finalize = false;
          case "--java" -> o.jdks.add(args[++i]);
          case "--package" -> {
            o.packageTarball = Path.of(args[++i]);
            o.finalize = false;
            o.startup = false;
          }
          default -> throw new IllegalArgumentException("unknown option " + a + "; see scripts/bench --help");
        }
      }
      return o;
    }
  }

  private Bench(Options opt) throws IOException {
    this.opt = opt;
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    this.work = Files.createDirectories(Path.of("target", "bench", stamp).toAbsolutePath());
    this.logs = work;
    baseEnv.put("NO_COLOR", "1");
    // no Sidekiq runs beside the benchmark's database, so finalize need not wait for one after fencing
    baseEnv.put("BBM_SIDEKIQ_GRACE", "0");
    baseEnv.put("XDG_CACHE_HOME", work.resolve("cache").toString());
  }

  public static void main(String[] args) throws Exception {
    Options opt;
    try {
      opt = Options.parse(args);
    } catch (RuntimeException e) {
      System.err.println("bench: " + e.getMessage());
      System.exit(2);
      return;
    }
    Bench b = new Bench(opt);
    int code;
    try {
      code = b.run();
    } catch (Exception e) {
      System.err.println("bench: error: " + e);
      e.printStackTrace();
      code = 1;
    } finally {
      b.stop();
    }
    System.exit(code);
  }

  private int run() throws Exception {
    long t0 = System.nanoTime();
    String loadStart = Machine.loadAverage();
    startPostgres();
    Machine machine = Machine.describe(opt.launcher, baseEnv, admin);
    progress("machine: " + machine.oneLine());
    progress("logs and bbm output: " + logs);
    warmLauncher();

    Features features = Features.probe(opt.launcher, env(Map.of()));
    progress("this build: --fast " + (features.fast() ? "available" : "n/a") + ", --parallel "
        + (features.parallel() ? "available" : "n/a"));

    StatusWorkload status = new StatusWorkload(this);
    status.prepare();
    status.measure();

    if (opt.finalize) {
      new FinalizeWorkload(this, features).measure();
    }
    if (opt.startup) {
      new StartupWorkload(this, status).measure();
    }
    if (opt.packageTarball != null) {
      new PackageWorkload(this, status).measure();
    }

    System.out.println();
    System.out.println("bbm benchmark (scripts/bench" + (opt.large ? " --large" : "")
        + (opt.packageTarball != null ? " --package" : "") + ")");
    System.out.println(machine.block());
    System.out.println("load:       " + loadStart + " at the start, " + Machine.loadAverage()
        + " at the end (1/5/15-minute load averages; other work on the machine slows every figure)");
    System.out.println();
    printTable();
    if (!notes.isEmpty()) {
      System.out.println();
      notes.forEach(n -> System.out.println("- " + n));
    }
    System.out.printf(Locale.ROOT, "%nbench took %.0f s; logs in %s%n", (System.nanoTime() - t0) / 1e9, logs);
    return failed ? 1 : 0;
  }

  // ---------------------------------------------------------------- the server

  private void startPostgres() throws IOException, SQLException {
    String durable = opt.fsync ? "on" : "off";
    progress("starting PostgreSQL (embedded), fsync=" + durable + " synchronous_commit=" + durable);
    pg = EmbeddedPostgres.builder()
        .setServerConfig("max_connections", "50")
        .setServerConfig("fsync", durable)
        .setServerConfig("synchronous_commit", durable)
        .setServerConfig("full_page_writes", durable)
        .setServerConfig("shared_buffers", "1GB")
        .setServerConfig("max_wal_size", "16GB")
        .setServerConfig("checkpoint_timeout", "1h")
        .setServerConfig("autovacuum", "on")
        .setPGStartupWait(java.time.Duration.ofSeconds(60))
        .start();
    // GitLab's bookkeeping tables (17.6+ layout) in a template; the finalize figures work in
    // "bench", the status figures in "bench_status" (100 migrations of their own)
    try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE bench_tpl");
    }
    try (Connection c = connect("bench_tpl"); Statement s = c.createStatement()) {
      for (String f : List.of("gitlab-17.5.sql", "gitlab-17.6.sql")) {
        s.execute(resource("/fixtures/" + f));
      }
    }
    try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE bench TEMPLATE bench_tpl");
      s.execute("CREATE DATABASE bench_status TEMPLATE bench_tpl");
    }
    admin = connect("bench");
    url = "postgresql://postgres@localhost:" + pg.getPort() + "/bench";
    jdbcUrl = "jdbc:postgresql://localhost:" + pg.getPort() + "/bench";
  }

  private void stop() {
    try {
      if (admin != null) {
        admin.close();
      }
      if (pg != null) {
        pg.close();
      }
    } catch (Exception e) {
      System.err.println("bench: stopping PostgreSQL: " + e.getMessage());
    }
  }

  Connection connect(String database) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", "postgres");
    p.setProperty("ApplicationName", "bench");
    return DriverManager.getConnection("jdbc:postgresql://localhost:" + pg.getPort() + "/" + database, p);
  }

  Connection admin() {
    return admin;
  }

  String url() {
    return url;
  }

  String url(String database) {
    return "postgresql://postgres@localhost:" + pg.getPort() + "/" + database;
  }

  String jdbcUrl() {
    return jdbcUrl;
  }

  Options options() {
    return opt;
  }

  Path work() {
    return work;
  }

  void execute(String sql) throws SQLException {
    try (Statement s = admin.createStatement()) {
      s.execute(sql);
    }
  }

  long scalar(String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = admin.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = Bench.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  // ---------------------------------------------------------------- running bbm

  Map<String, String> env(Map<String, String> extra) {
    Map<String, String> e = new LinkedHashMap<>(baseEnv);
    e.putAll(extra);
    return e;
  }

  /** The launcher's first run leaves its class-data archive; later timed runs use it. */
  private void warmLauncher() throws IOException, InterruptedException {
    Processes.run(List.of(opt.launcher.toString(), "--version"), env(Map.of()), null, 120);
    Archives.await(work.resolve("cache").resolve("bbm"), 120);
  }

  /**
   * Runs bbm through the launcher, sampling the peak RSS of its process tree and the oldest open
   * transaction on the bench database while it runs.
   */
  Run bbm(String logName, List<String> args) throws IOException, InterruptedException, SQLException {
    List<String> cmd = new ArrayList<>();
    cmd.add(opt.launcher.toString());
    cmd.addAll(args);
    Path log = logs.resolve(logName + ".log");
    Files.writeString(log, "$ bbm " + String.join(" ", args) + "\n");
    try (XactSampler xact = new XactSampler(connect("bench"))) {
      xact.start();
      ProcessBuilder pb = new ProcessBuilder(cmd);
      pb.environment().putAll(env(Map.of()));
      pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      long start = System.nanoTime();
      Process p = pb.start();
      RssSampler rss = new RssSampler(p.toHandle());
      rss.start();
      if (!p.waitFor(3, TimeUnit.HOURS)) {
        p.destroyForcibly();
        throw new IllegalStateException("bbm " + args + " did not finish in 3 hours");
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long peak = rss.finish();
      double longest = xact.finish();
      String out = Files.readString(log);
      return new Run(p.exitValue(), seconds, peak, longest, out);
    }
  }

  // ---------------------------------------------------------------- results

  void row(String figure, String value, String target, String verdict) {
    rows.add(new Row(figure, value, target, verdict));
  }

  void note(String n) {
    notes.add(n);
  }

  void error(String figure, String message) {
    failed = true;
    row(figure, "ERROR: " + message, "", "ERROR");
  }

  static String verdict(boolean pass) {
    return pass ? "PASS" : "MISS";
  }

  private void printTable() {
    int w0 = "figure".length();
    int w1 = "value".length();
    int w2 = "target".length();
    for (Row r : rows) {
      w0 = Math.max(w0, r.figure().length());
      w1 = Math.max(w1, r.value().length());
      w2 = Math.max(w2, r.target().length());
    }
    String fmt = "%-" + w0 + "s  %-" + w1 + "s  %-" + w2 + "s  %s%n";
    System.out.printf(fmt, "figure", "value", "target", "result");
    System.out.printf(fmt, "-".repeat(w0), "-".repeat(w1), "-".repeat(w2), "------");
    for (Row r : rows) {
      System.out.printf(fmt, r.figure(), r.value(), r.target(), r.verdict());
    }
  }

  static void progress(String s) {
    System.err.println("bench: " + s);
    System.err.flush();
  }

  static String secs(double s) {
    return String.format(Locale.ROOT, "%.2f s", s);
  }

  static String ratio(double r) {
    return String.format(Locale.ROOT, "%.2f", r);
  }

  static String ms(double s) {
    return String.format(Locale.ROOT, "%.0f ms", s * 1000);
  }

  static String mb(long kb) {
    return String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String rowsLabel(long n) {
    if (n % 1_000_000 == 0) {
      return (n / 1_000_000) + "M";
    }
    if (n % 1_000 == 0) {
      return (n / 1_000) + "k";
    }
    return Long.toString(n);
  }

  /** The options a finalize help text lists; used to tell whether this build has --fast and --parallel. */
  record Features(boolean fast, boolean parallel, boolean targetMs) {
    static Features probe(Path launcher, Map<String, String> env) throws IOException, InterruptedException {
      Processes.Result r = Processes.run(List.of(launcher.toString(), "finalize", "--help"), env, null, 120);
      String help = r.out();
      return new Features(has(help, "--fast"), has(help, "--parallel"), has(help, "--target-ms"));
    }

    private static boolean has(String help, String option) {
      return Pattern.compile("(^|[\\s,])" + Pattern.quote(option) + "([\\s=,\\[]|$)", Pattern.MULTILINE)
          .matcher(help).find();
    }
  }

  /** Samples, on its own connection, the age of the oldest transaction open on the bench database. */
  static final class XactSampler extends Thread implements AutoCloseable {
    private final Connection c;
    private final AtomicBoolean stop = new AtomicBoolean();
    private volatile double longest;

    XactSampler(Connection c) {
      super("xact-sampler");
      setDaemon(true);
      this.c = c;
    }

    @Override
    public void run() {
      try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(extract(epoch FROM"
          + " max(clock_timestamp() - xact_start)), 0)::float8 FROM pg_stat_activity WHERE datname = current_database()"
          + " AND pid <> pg_backend_pid() AND backend_type = 'client backend' AND xact_start IS NOT NULL")) {
        while (!stop.get()) {
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            longest = Math.max(longest, rs.getDouble(1));
          }
          Thread.sleep(20);
        }
      } catch (SQLException | InterruptedException e) {
        // the sample so far stands
      }
    }

    double finish() throws InterruptedException {
      stop.set(true);
      join(5000);
      return longest;
    }

    @Override
    public void close() throws SQLException {
      stop.set(true);
      c.close();
    }
  }

  /** Samples VmHWM (peak resident set) of a process and its descendants from /proc. */
  static final class RssSampler extends Thread {
    private final ProcessHandle root;
    private final Map<Long, Long> peaks = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicBoolean stop = new AtomicBoolean();

    RssSampler(ProcessHandle root) {
      super("rss-sampler");
      setDaemon(true);
      this.root = root;
    }

    @Override
    public void run() {
      while (!stop.get() && root.isAlive()) {
        sample(root);
        root.descendants().forEach(this::sample);
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    private void sample(ProcessHandle h) {
      long kb = vmHwm(h.pid());
      if (kb > 0) {
        peaks.merge(h.pid(), kb, Math::max);
      }
    }

    static long vmHwm(long pid) {
      try {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
          if (line.startsWith("VmHWM:")) {
            return Long.parseLong(line.replaceAll("[^0-9]", ""));
          }
        }
      } catch (IOException | RuntimeException e) {
        // the process is gone
      }
      return 0;
    }

    /** The largest peak of any one process of the tree (the JVM; the launcher shell is tiny). */
    long finish() throws InterruptedException {
      stop.set(true);
      join(5000);
      return peaks.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }
  }

  static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
