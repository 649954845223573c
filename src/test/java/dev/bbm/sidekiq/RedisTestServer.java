package dev.bbm.sidekiq;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import redis.clients.jedis.Jedis;

/**
 * The two real redis-server processes of a test run (one on a free TCP port, one on a Unix socket
 * only), started on first use and killed when the JVM ends; tests skip when redis-server is missing.
 */
public final class RedisTestServer {
  static final Path BINARY = Path.of("/usr/bin/redis-server");
  private static final String SKIP = "redis-server is not installed at " + BINARY
      + " (apt-get install redis-server); skipping the tests that need a real Redis";

  private static RedisTestServer instance;

  private final Path dir;
  private final int tcpPort;
  private final Path socket;

  private RedisTestServer(Path dir, int tcpPort, Path socket) {
    this.dir = dir;
    this.tcpPort = tcpPort;
    this.socket = socket;
  }

  /** The servers, started once; skips the calling test when redis-server is not installed. */
  public static synchronized RedisTestServer get() {
    assumeTrue(Files.isExecutable(BINARY), SKIP);
    if (instance == null) {
      instance = start();
    }
    return instance;
  }

  public int tcpPort() {
    return tcpPort;
  }

  Path socket() {
    return socket;
  }

  RedisSettings tcp(int db) {
    return RedisSettings.parseUrl("redis://127.0.0.1:" + tcpPort + "/" + db, "test");
  }

  RedisSettings unix(int db) {
    return RedisSettings.parseUrl("unix:" + socket + "?db=" + db, "test");
  }

  /** A plain client on the TCP server, for seeding and checking what bbm did. */
  public Jedis client(int db) {
    Jedis jedis = new Jedis("127.0.0.1", tcpPort);
    jedis.select(db);
    return jedis;
  }

  private static RedisTestServer start() {
    try {
      Path dir = Files.createTempDirectory("bbm-redis");
      Path socket = dir.resolve("redis.sock");
      List<Process> processes = new ArrayList<>();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(processes, dir)));
      int port = -1;
      for (int attempt = 0; attempt < 5 && port < 0; attempt++) {
        int candidate = freePort();
        Process tcp = launch(dir, "tcp", "--port", String.valueOf(candidate), "--bind", "127.0.0.1");
        processes.add(tcp);
        if (waitFor(() -> canConnect(candidate), tcp)) {
          port = candidate;
        }
      }
      if (port < 0) {
        throw new IllegalStateException("redis-server did not start on TCP; see " + dir.resolve("tcp.log"));
      }
      Process unix = launch(dir, "unix", "--port", "0", "--unixsocket", socket.toString(), "--unixsocketperm", "700");
      processes.add(unix);
      if (!waitFor(() -> Files.exists(socket), unix)) {
        throw new IllegalStateException("redis-server did not start on " + socket + "; see " + dir.resolve("unix.log"));
      }
      return new RedisTestServer(dir, port, socket);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Process launch(Path dir, String name, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(BINARY.toString()));
    command.addAll(List.of(args));
    command.addAll(List.of("--save", "", "--appendonly", "no", "--dir", dir.toString(), "--daemonize", "no"));
    Path log = dir.resolve(name + ".log");
    Files.writeString(log, "", StandardCharsets.UTF_8);
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
  }

  private static boolean waitFor(java.util.function.BooleanSupplier ready, Process process) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      if (ready.getAsBoolean()) {
        return true;
      }
      if (!process.isAlive()) {
        return false;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    process.destroyForcibly();
    return false;
  }

  private static boolean canConnect(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void stop(List<Process> processes, Path dir) {
    for (Process p : processes) {
      p.destroy();
    }
    for (Process p : processes) {
      try {
        if (!p.waitFor(5, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
      }
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException ignored) {
      // a temp directory left behind is harmless
    }
  }
}
