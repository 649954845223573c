package dev.bbm.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of a test's own, from Debian's postgresql-15 binaries (which .ci/run
 * installs), for what the run's shared server must not suffer or cannot do: a restart in the middle
 * of a finalize, a hot standby that streams from it (the fault suite; the health checks' replica lag). As root, every server command runs as the
 * postgres user (PostgreSQL refuses to run as root).
 */
public final class LocalCluster implements AutoCloseable {
  public static final Path BIN = Path.of(System.getProperty("bbm.test.pgbin", "/usr/lib/postgresql/15/bin"));

  private final Path base;
  private final Path data;
  private final int port;
  private boolean running;

  private LocalCluster(Path base, Path data, int port) {
    this.base = base;
    this.data = data;
    this.port = port;
  }

  /** Whether the binaries are here and can be run (as root only through the postgres user). */
  public static boolean available() {
    if (!Files.isExecutable(BIN.resolve("initdb")) || !Files.isExecutable(BIN.resolve("pg_basebackup"))) {
      return false;
    }
    return !isRoot() || Files.isExecutable(Path.of("/usr/sbin/runuser")) && postgresUser() != null;
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static UserPrincipal postgresUser() {
    try {
      return java.nio.file.FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
    } catch (IOException e) {
      return null;
    }
  }

  /** A new primary: initdb, then started on a free port on localhost. */
  public static LocalCluster primary() throws IOException, InterruptedException {
    LocalCluster c = create("primary");
    c.run(BIN.resolve("initdb").toString(), "-D", c.data.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8",
        "--no-sync", "--no-instructions");
    c.start();
    return c;
  }

  /** A hot standby of {@code primary}: pg_basebackup with a standby.signal, streaming, then started. */
  public static LocalCluster standbyOf(LocalCluster primary) throws IOException, InterruptedException {
    LocalCluster c = create("standby");
    Files.delete(c.data);
    c.run(BIN.resolve("pg_basebackup").toString(), "-h", "localhost", "-p", Integer.toString(primary.port), "-U",
        "postgres", "-D", c.data.toString(), "-R", "-X", "stream", "--no-sync", "--checkpoint=fast");
    c.start();
    return c;
  }

  private static LocalCluster create(String what) throws IOException, InterruptedException {
    Path base = Files.createTempDirectory("bbm-faults-" + what);
    Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path data = Files.createDirectory(base.resolve("data"));
    if (isRoot()) {
      Files.setOwner(base, postgresUser());
      Files.setOwner(data, postgresUser());
    }
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
    return new LocalCluster(base, data, freePort());
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  public void start() throws IOException, InterruptedException {
    run(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", base.resolve("log.txt").toString(), "-w",
        "-t", "60", "-o", options(), "start");
    running = true;
  }

  /** {@code pg_ctl restart -m fast}: every session is terminated, the server is back when this returns. */
  public void restart() throws IOException, InterruptedException {
    run(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", base.resolve("log.txt").toString(), "-w",
        "-t", "60", "-m", "fast", "-o", options(), "restart");
  }

  private String options() {
    return "-p " + port + " -c listen_addresses=localhost -c unix_socket_directories='' -c fsync=off"
        + " -c max_connections=50 -c shared_buffers=16MB";
  }

  public PostgresServer server() {
    return PostgresServer.of("localhost", port, "postgres", null, "postgres", "local cluster " + data);
  }

  public int port() {
    return port;
  }

  public String log() throws IOException {
    Path log = base.resolve("log.txt");
    return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
  }

  private void run(String... command) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    if (isRoot()) {
      cmd.addAll(List.of("/usr/sbin/runuser", "-u", "postgres", "--"));
    }
    cmd.addAll(List.of(command));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).directory(base.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + out + "\n" + log());
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (running) {
      running = false;
      try {
        run(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-m", "immediate", "stop");
      } catch (IOException e) {
        // already stopped
      }
    }
    try (Stream<Path> all = Files.walk(base)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
