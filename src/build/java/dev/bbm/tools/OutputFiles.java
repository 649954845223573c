package dev.bbm.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes generated files as UTF-8 with LF line ends, and rejects a missing output-directory argument. */
final class OutputFiles {
  private OutputFiles() {}

  static Path directory(String[] args, String usage) throws IOException {
    if (args.length < 1 || args[0].isBlank()) {
      throw new IllegalArgumentException("usage: " + usage);
    }
    return Files.createDirectories(Path.of(args[0]));
  }

  static void write(Path file, String content) throws IOException {
    if (content.indexOf('\r') >= 0) {
      throw new IllegalStateException(file + ": generated content contains a carriage return");
    }
    Files.write(file, content.getBytes(StandardCharsets.UTF_8));
  }
}
