package dev.bbm.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A stand-in for bbm on PATH, for the completion scripts' calls of 'bbm __complete migration-ids':
 * it appends its arguments to a marker file, so that a test sees whether and how it was asked, then
 * does what the test says.
 */
final class FakeBbm {
  /** Answers three ids, as a database with two unfinished main migrations and a ci one would. */
  static final String IDS = "printf 'main_85\\nmain_9\\nci_10\\n'\n";

  private FakeBbm() {}

  /**
   * Writes {@code dir/bin/bbm} running {@code body} after it noted its call, and returns the
   * environment a shell needs to find it: PATH, HOME, and a cache directory of this test's own.
   */
  static Map<String, String> install(Path dir, String body) throws IOException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path script = bin.resolve("bbm");
    Files.writeString(script, "#!/bin/sh\nprintf '%s\\n' \"$*\" >>\"$BBM_FAKE_MARKER\"\n" + body,
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path home = Files.createDirectories(dir.resolve("home"));
    return Map.of("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"),
        "HOME", home.toString(),
        "XDG_CACHE_HOME", dir.resolve("cache").toString(),
        "BBM_FAKE_MARKER", marker(dir).toString(),
        "BBM_DATABASE_URL", "");
  }

  static Path marker(Path dir) {
    return dir.resolve("calls.txt");
  }

  /** The argument lines of the calls so far. */
  static List<String> calls(Path dir) throws IOException {
    Path m = marker(dir);
    return Files.exists(m) ? Files.readAllLines(m, StandardCharsets.UTF_8) : List.of();
  }

  /** Makes every cached answer look a minute old, as if the user came back later. */
  static void ageCache(Path dir) throws IOException {
    Path cache = dir.resolve("cache").resolve("bbm");
    try (Stream<Path> files = Files.list(cache)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("ids-")).toList()) {
        String content = Files.readString(f, StandardCharsets.UTF_8);
        long stamp = Long.parseLong(content.substring(0, content.indexOf(' ')));
        Files.writeString(f, (stamp - 60) + content.substring(content.indexOf(' ')), StandardCharsets.UTF_8);
      }
    }
  }
}
