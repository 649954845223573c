package dev.bbm.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scripts/install and the installed launcher, run as an administrator would, on the packaged jar. */
class InstallIT {
  /** A finished process: exit code and its output. */
  record Run(int code, String out, String err) {}

  private static Run run(Path dir, Map<String, String> env, String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().putAll(env);
    Path out = Files.createTempFile("bbm-it", ".out");
    Path err = Files.createTempFile("bbm-it", ".err");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished in time: " + List.of(command));
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Test
  void installsEverythingAndTheLauncherWorksFromAnyDirectory(@TempDir Path prefix, @TempDir Path elsewhere,
      @TempDir Path cache) throws Exception {
    Path top = Path.of("").toAbsolutePath();
    Run install = run(top, Map.of(), "bash", "scripts/install", prefix.toString());
    assertEquals(0, install.code(), install.err());
    for (String f : new String[] {"bin/bbm", "lib/bbm/bbm.jar", "share/man/man1/bbm.1", "share/man/man1/bbm-finalize.1",
        "share/bash-completion/completions/bbm", "share/fish/vendor_completions.d/bbm.fish", "share/bbm/bbm.zsh"}) {
      assertTrue(Files.exists(prefix.resolve(f)), f);
    }
    Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString(), "NO_COLOR", "1");
    String bbm = prefix.resolve("bin/bbm").toString();

    Run first = run(elsewhere, env, bbm, "--version");
    assertEquals(0, first.code(), first.err());
    assertTrue(first.out().startsWith("bbm "), first.out());
    try (var files = Files.list(cache.resolve("bbm"))) {
      assertTrue(files.anyMatch(p -> p.getFileName().toString().endsWith(".jsa")), "the first run left a CDS archive");
    }
    Run second = run(elsewhere, env, bbm, "--version");
    assertEquals(0, second.code());
    assertEquals("", second.err(), "the archive is used without complaints");

    assertEquals(2, run(elsewhere, env, bbm, "frobnicate").code(), "exit codes pass through");
    Map<String, String> dead = new java.util.HashMap<>(env);
    dead.put("BBM_DATABASE_URL", "postgresql://nobody@127.0.0.1:" + closedPort() + "/x");
    Run noDb = run(elsewhere, dead, bbm, "status");
    assertEquals(7, noDb.code(), noDb.err());

    Path link = elsewhere.resolve("bbm-link");
    Files.createSymbolicLink(link, prefix.resolve("bin/bbm"));
    assertEquals(0, run(elsewhere, env, link.toString(), "--help").code(), "works through a symlink");
  }

  @Test
  void refusesAJavaOlderThan17(@TempDir Path fake) throws Exception {
    Path bin = Files.createDirectories(fake.resolve("jdk11/bin"));
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"11.0.2\"' >&2\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(fake.resolve("jdk11/release"), "JAVA_VERSION=\"11.0.2\"\n");
    Path top = Path.of("").toAbsolutePath();
    Run r = run(top, Map.of("BBM_JAVA", java.toString(), "BBM_CDS", "0"), "bash", "scripts/bbm", "--version");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("is Java 11; bbm needs Java 17 or newer"), r.err());
  }

  @Test
  void installWithoutPrefixIsAUsageError() throws Exception {
    Run r = run(Path.of("").toAbsolutePath(), Map.of(), "bash", "scripts/install");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("usage: scripts/install PREFIX"), r.err());
  }
}
