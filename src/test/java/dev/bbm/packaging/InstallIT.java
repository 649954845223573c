package dev.bbm.packaging;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scripts/install and the installed launcher, run as an administrator would, on the packaged jar. */
class InstallIT {
  /** Runs {@code command} in {@code dir} to the end: its exit code and output. */
  private static CliRunner.Result run(Path dir, Map<String, String> env, String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().putAll(env);
    Path out = Files.createTempFile("bbm-it", ".out");
    Path err = Files.createTempFile("bbm-it", ".err");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished in time: " + List.of(command));
    return new CliRunner.Result(p.exitValue(), Files.readString(out), Files.readString(err));
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
    CliRunner.Result install = run(top, Map.of(), "bash", "scripts/install", prefix.toString());
    assertThat(install).exitedWith(OK);
    for (String f : new String[] {"bin/bbm", "lib/bbm/bbm.jar", "share/man/man1/bbm.1", "share/man/man1/bbm-finalize.1",
        "share/bash-completion/completions/bbm", "share/fish/vendor_completions.d/bbm.fish", "share/bbm/bbm.zsh"}) {
      assertTrue(Files.exists(prefix.resolve(f)), f);
    }
    Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString(), "NO_COLOR", "1");
    String bbm = prefix.resolve("bin/bbm").toString();

    CliRunner.Result first = run(elsewhere, env, bbm, "--version");
    assertThat(first).exitedWith(OK);
    assertTrue(first.out().startsWith("bbm "), first.out());
    assertTrue(awaitArchive(cache.resolve("bbm"), ".jsa", ".aot") != null,
        "the first run's training left a class-data archive");
    CliRunner.Result second = run(elsewhere, env, bbm, "--version");
    assertThat(second).exitedWith(OK);
    assertEquals("", second.err(), "the archive is used without complaints");

    assertThat(run(elsewhere, env, bbm, "frobnicate")).withContext("exit codes pass through").exitedWith(USAGE);
    Map<String, String> dead = new java.util.HashMap<>(env);
    dead.put("BBM_DATABASE_URL", "postgresql://nobody@127.0.0.1:" + closedPort() + "/x");
    CliRunner.Result noDb = run(elsewhere, dead, bbm, "status");
    assertThat(noDb).exitedWith(CANNOT_CONNECT);

    Path link = elsewhere.resolve("bbm-link");
    Files.createSymbolicLink(link, prefix.resolve("bin/bbm"));
    assertThat(run(elsewhere, env, link.toString(), "--help")).withContext("works through a symlink").exitedWith(OK);
  }

  /**
   * Waits (up to 2 minutes) for the launcher's background training to leave an archive with one of the
   * suffixes, and to be done (no temporary file or lock left); returns it, or null.
   */
  private static Path awaitArchive(Path dir, String... suffixes) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline) {
      if (Files.isDirectory(dir)) {
        List<Path> files;
        try (var list = Files.list(dir)) {
          files = list.toList();
        }
        boolean busy = files.stream().anyMatch(p -> p.getFileName().toString().startsWith("."));
        for (Path p : files) {
          for (String suffix : suffixes) {
            if (!busy && p.getFileName().toString().endsWith(suffix) && !p.getFileName().toString().startsWith(".")) {
              return p;
            }
          }
        }
      }
      Thread.sleep(100);
    }
    return null;
  }

  /** A Java 25 or newer installed beside the one running the tests (Debian's /usr/lib/jvm), or null. */
  private static Path java25() throws IOException {
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return null;
    }
    try (var homes = Files.list(jvms)) {
      for (Path home : homes.sorted().toList()) {
        Path release = home.resolve("release");
        Path java = home.resolve("bin/java");
        if (Files.isRegularFile(release) && Files.isExecutable(java)) {
          for (String line : Files.readAllLines(release)) {
            if (line.matches("JAVA_VERSION=\"?(2[5-9]|[3-9][0-9]).*")) {
              return java;
            }
          }
        }
      }
    }
    return null;
  }

  /**
   * Runs bbm through the launcher while a server accepts its connection and never answers, so that the
   * JVM lives for the completion helper's 2 s deadline; returns the files the JVM had mapped meanwhile.
   */
  private static String mappedWhileRunning(Path dir, Map<String, String> env, String bbm) throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      Thread acceptor = new Thread(() -> {
        List<java.net.Socket> held = new ArrayList<>();
        try {
          while (true) {
            held.add(silent.accept());
          }
        } catch (IOException e) {
          held.forEach(h -> {
            try {
              h.close();
            } catch (IOException ignored) {
              // closing
            }
          });
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      ProcessBuilder pb = new ProcessBuilder(bbm, "__complete", "migration-ids", "--url",
          "postgresql://nobody@127.0.0.1:" + silent.getLocalPort() + "/x").directory(dir.toFile());
      pb.environment().putAll(env);
      pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
      Path err = Files.createTempFile("bbm-it", ".err");
      pb.redirectError(err.toFile());
      Process p = pb.start();
      StringBuilder maps = new StringBuilder();
      Path procMaps = Path.of("/proc", Long.toString(p.pid()), "maps");
      while (p.isAlive()) {
        try {
          String now = Files.readString(procMaps);
          if (now.contains("/bbm/bbm-")) {
            maps.append(now);
            break;
          }
        } catch (IOException e) {
          // exited meanwhile
        }
        Thread.sleep(20);
      }
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      assertThat(p).withContext(Files.readString(err)).exitedWith(OK);
      assertEquals("", Files.readString(err), "nothing on stderr");
      return maps.toString();
    }
  }

  @Test
  void theLauncherTrainsInTheBackgroundAndStartsFromTheArchive(@TempDir Path cache, @TempDir Path elsewhere)
      throws Exception {
    Path top = Path.of("").toAbsolutePath();
    String bbm = top.resolve("scripts/bbm").toString();
    Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString(), "NO_COLOR", "1");
    CliRunner.Result first = run(elsewhere, env, bbm, "--version");
    assertThat(first).exitedWith(OK);
    assertEquals("", first.err(), "the first run says nothing about the training");
    Path archive = awaitArchive(cache.resolve("bbm"), ".jsa", ".aot");
    assertTrue(archive != null, "the training left an archive");
    String maps = mappedWhileRunning(elsewhere, env, bbm);
    assertTrue(maps.contains(archive.toString()), "the JVM maps " + archive + ":\n" + maps);
  }

  @Test
  void onJava25TheLauncherMakesAndUsesAnAotCache(@TempDir Path cache, @TempDir Path elsewhere) throws Exception {
    Path java25 = java25();
    Assumptions.assumeTrue(java25 != null, "no Java 25+ in /usr/lib/jvm");
    Path top = Path.of("").toAbsolutePath();
    String bbm = top.resolve("scripts/bbm").toString();
    Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString(), "NO_COLOR", "1", "BBM_JAVA",
        java25.toString());
    CliRunner.Result first = run(elsewhere, env, bbm, "--version");
    assertThat(first).exitedWith(OK);
    assertTrue(first.out().matches("(?s)bbm \\S+ \\(Java (2[5-9]|[3-9][0-9])\\).*"), first.out());
    assertEquals("", first.err());
    Path aot = awaitArchive(cache.resolve("bbm"), ".aot");
    assertTrue(aot != null, "the training left an AOT cache");
    try (var files = Files.list(cache.resolve("bbm"))) {
      assertEquals(List.of(aot), files.toList(), "the AOT cache alone: no .jsa, no configuration file left");
    }
    CliRunner.Result second = run(elsewhere, env, bbm, "--help");
    assertThat(second).exitedWith(OK);
    assertEquals("", second.err(), "the AOT cache is used without a word");
    String maps = mappedWhileRunning(elsewhere, env, bbm);
    assertTrue(maps.contains(aot.toString()), "the JVM maps " + aot + ":\n" + maps);
  }

  @Test
  void syncModeMakesTheArchiveBeforeTheCommand(@TempDir Path cache, @TempDir Path elsewhere) throws Exception {
    String bbm = Path.of("").toAbsolutePath().resolve("scripts/bbm").toString();
    Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString(), "NO_COLOR", "1", "BBM_CDS", "sync");
    CliRunner.Result r = run(elsewhere, env, bbm, "--version");
    assertThat(r).exitedWith(OK);
    assertEquals("", r.err());
    try (var files = Files.list(cache.resolve("bbm"))) {
      List<String> names = files.map(p -> p.getFileName().toString()).toList();
      assertEquals(1, names.size(), names.toString());
      assertTrue(names.get(0).endsWith(".jsa") || names.get(0).endsWith(".aot"), names.toString());
    }
  }

  @Test
  void refusesAJavaOlderThan17(@TempDir Path fake) throws Exception {
    Path bin = Files.createDirectories(fake.resolve("jdk11/bin"));
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"11.0.2\"' >&2\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(fake.resolve("jdk11/release"), "JAVA_VERSION=\"11.0.2\"\n");
    Path top = Path.of("").toAbsolutePath();
    CliRunner.Result r = run(top, Map.of("BBM_JAVA", java.toString(), "BBM_CDS", "0"), "bash", "scripts/bbm",
        "--version");
    assertThat(r).exitedWith(FAILURE);
    assertTrue(r.err().contains("is Java 11; bbm needs Java 17 or newer"), r.err());
  }

  @Test
  void installWithoutPrefixIsAUsageError() throws Exception {
    CliRunner.Result r = run(Path.of("").toAbsolutePath(), Map.of(), "bash", "scripts/install");
    assertThat(r).exitedWith(USAGE);
    assertTrue(r.err().startsWith("usage: scripts/install PREFIX"), r.err());
  }
}
