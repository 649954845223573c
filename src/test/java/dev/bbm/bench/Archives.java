package dev.bbm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The launcher's class-data archives (AppCDS .jsa, JDK 25 AOT cache .aot) in a cache directory. */
final class Archives {
  private Archives() {}

  static boolean present(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString())
          .anyMatch(n -> !n.startsWith(".") && (n.endsWith(".jsa") || n.endsWith(".aot")));
    } catch (IOException e) {
      return false;
    }
  }

  /** No training left running: no temporary archive and no training lock in the directory. */
  static boolean settled(Path dir) {
    if (!Files.isDirectory(dir)) {
      return true;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).noneMatch(n -> n.startsWith("."));
    } catch (IOException e) {
      return true;
    }
  }

  /** Waits until an archive is there and no training is running; returns the seconds waited, or -1. */
  static double await(Path dir, int timeoutSeconds) throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + timeoutSeconds * 1_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (present(dir) && settled(dir)) {
        return (System.nanoTime() - start) / 1e9;
      }
      Thread.sleep(50);
    }
    return -1;
  }
}
