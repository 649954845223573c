package dev.bbm.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real pgbouncer process (Debian's package) in front of a test PostgreSQL server, in one pool mode
 * ({@code transaction} or {@code session}), listening on a free TCP port of 127.0.0.1; every database
 * name is passed through to the server. As root it switches to the postgres user, as PgBouncer refuses
 * to run as root.
 */
public final class PgBouncer implements AutoCloseable {
  public static final Path BINARY = Path.of("/usr/sbin/pgbouncer");

  private final Process process;
  private final Path dir;
  private final int port;

  private PgBouncer(Process process, Path dir, int port) {
    this.process = process;
    this.dir = dir;
    this.port = port;
  }

  /** Whether pgbouncer is installed (.ci/run installs it). */
  public static boolean available() {
    return Files.isExecutable(BINARY);
  }

  /**
   * Starts pgbouncer in front of {@code server}.
   *
   * @param poolMode {@code transaction}, {@code session} or {@code statement}
   * @param poolSize server connections per database and user (default_pool_size)
   */
  public static PgBouncer start(PostgresServer server, String poolMode, int poolSize) {
    try {
      Path dir = Files.createTempDirectory("bbm-pgbouncer");
      Path sockets = Files.createDirectory(dir.resolve("sockets"));
      Files.writeString(dir.resolve("userlist.txt"), "\"" + server.user() + "\" \"\"\n", StandardCharsets.UTF_8);
      Path log = dir.resolve("pgbouncer.log");
      for (int attempt = 0; attempt < 5; attempt++) {
        int port = freePort();
        Path ini = dir.resolve("pgbouncer.ini");
        Files.writeString(ini, ini(server, poolMode, poolSize, port, dir, sockets), StandardCharsets.UTF_8);
        if (isRoot()) {
          for (Path p : List.of(dir, sockets)) {
            p.toFile().setWritable(true, false);
            p.toFile().setExecutable(true, false);
            p.toFile().setReadable(true, false);
          }
        }
        List<String> cmd = new ArrayList<>(List.of(BINARY.toString()));
        if (isRoot()) {
          cmd.addAll(List.of("-u", "postgres"));
        }
        cmd.add(ini.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (waitForPort(port, p)) {
          return new PgBouncer(p, dir, port);
        }
        p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
      throw new IllegalStateException("pgbouncer did not start: " + Files.readString(log));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String ini(PostgresServer server, String poolMode, int poolSize, int port, Path dir, Path sockets) {
    String password = server.password() == null ? "" : " password=" + server.password();
    return "[databases]\n"
        + "* = host=" + server.host() + " port=" + server.port() + " user=" + server.user() + password + "\n"
        + "[pgbouncer]\n"
        + "listen_addr = 127.0.0.1\n"
        + "listen_port = " + port + "\n"
        + "unix_socket_dir = " + sockets + "\n"
        + "auth_type = trust\n"
        + "auth_file = " + dir.resolve("userlist.txt") + "\n"
        + "pool_mode = " + poolMode + "\n"
        + "default_pool_size = " + poolSize + "\n"
        + "max_client_conn = 100\n"
        // pgjdbc sends extra_float_digits at startup; GitLab's Omnibus PgBouncer ignores it too
        + "ignore_startup_parameters = extra_float_digits\n"
        + "admin_users = " + server.user() + "\n";
  }

  /** A postgresql:// URI that reaches {@code database} through this pgbouncer. */
  public String uri(String database) {
    return "postgresql://postgres@127.0.0.1:" + port + "/" + database;
  }

  public int port() {
    return port;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temp directory left behind is harmless
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static boolean waitForPort(int port, Process p) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return true;
      } catch (IOException e) {
        if (!p.isAlive()) {
          return false;
        }
        Thread.sleep(20);
      }
    }
    return false;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
