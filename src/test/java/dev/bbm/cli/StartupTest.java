package dev.bbm.cli;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.BbmProcess;
import dev.bbm.testing.CliRunner;
import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Start-up (issue 7 item 5): help, version and completion build no pool, ObjectMapper, engine or
 * connection, checked in a fresh JVM with -verbose:class; and the launcher's training command
 * connects to nothing.
 */
class StartupTest {
  /** Class-name prefixes a command that touches no database must never load. */
  private static final List<String> FORBIDDEN = List.of(
      "com.fasterxml.jackson.databind.",      // no ObjectMapper
      "com.zaxxer.hikari.",                    // no pool
      "org.postgresql.",                       // no driver, no connection
      "dev.bbm.store.",                        // no Database, so no engine built on one
      "dev.bbm.engine.StatusReader", "dev.bbm.engine.Finalizer",
      "redis.clients.",                        // no Sidekiq connection
      "org.yaml.snakeyaml.Yaml");              // no database.yml read

  /** The classes a fresh JVM loads running bbm with {@code args} (which must exit 0). */
  private static Set<String> loadedBy(Path dir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(BbmProcess.java(), "-Xshare:off", "-verbose:class", "-cp",
        BbmProcess.classpath(), "dev.bbm.cli.Main"));
    cmd.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile());
    // a database that would be used if anything connected: nobody listens there
    pb.environment().put("BBM_DATABASE_URL", "postgresql://nobody@127.0.0.1:9/none");
    pb.environment().put("NO_COLOR", "1");
    Process p = pb.start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished");
    assertThat(p, dir).exitedWith(OK);
    Set<String> loaded = new TreeSet<>();
    for (String line : Files.readAllLines(out)) {
      int at = line.indexOf("[class,load] ");
      if (at >= 0) {
        String rest = line.substring(at + "[class,load] ".length());
        loaded.add(rest.substring(0, rest.indexOf(' ')));
      }
    }
    assertTrue(loaded.contains("dev.bbm.cli.Main"), "-verbose:class lists classes: " + loaded.size());
    return loaded;
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "--version", "status --help", "finalize --help", "db migrate --help", "__complete"})
  void commandsWithoutDatabaseLoadNeitherDriverNorJsonNorEngine(String line, @TempDir Path dir) throws Exception {
    Set<String> loaded = loadedBy(dir, line.split(" "));
    List<String> wrong = loaded.stream().filter(c -> FORBIDDEN.stream().anyMatch(c::startsWith)).toList();
    assertEquals(List.of(), wrong, "bbm " + line + " loaded classes it does not need");
  }

  @Test
  void aCommandRunModelsOnlyThatCommand(@TempDir Path dir) throws Exception {
    Set<String> loaded = loadedBy(dir, "status", "--help");
    // the command classes are loaded (class literals), but picocli models none but status: finalize's
    // and retry's mixin is never even loaded
    assertTrue(!loaded.contains("dev.bbm.cli.PacingOptions"), "finalize's options were modelled for bbm status");
  }

  @Test
  void helpStillListsEveryCommandAndTheTrainingCommandIsHidden() {
    CliRunner.Result help = new CliRunner().run("--help");
    assertThat(help).exitedWith(OK);
    for (Class<?> c : BbmCommand.SUBCOMMANDS) {
      picocli.CommandLine.Command a = c.getAnnotation(picocli.CommandLine.Command.class);
      assertEquals(!a.hidden(), help.out().contains("  " + a.name() + " "), a.name() + " in " + help.out());
    }
    CliRunner.Result unknown = new CliRunner().run("stauts");
    assertThat(unknown).exitedWith(USAGE);
    assertTrue(unknown.err().contains("status"), "suggests the command: " + unknown.err());
  }

  @Test
  void trainingConnectsNowhereAndPrintsNothing() {
    List<URI> attempts = new CopyOnWriteArrayList<>();
    ProxySelector previous = ProxySelector.getDefault();
    // every Socket.connect asks the default ProxySelector first: a connection attempt would show here
    ProxySelector.setDefault(new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        attempts.add(uri);
        return List.of(Proxy.NO_PROXY);
      }

      @Override
      public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        // nothing
      }
    });
    try {
      CliRunner.Result r = new CliRunner().run("__train");
      assertThat(r).exitedWith(OK);
      assertEquals("", r.out());
      assertEquals("", r.err());
    } finally {
      ProxySelector.setDefault(previous);
    }
    assertEquals(List.of(), attempts, "the training run tried to connect");
  }
}
