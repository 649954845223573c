package dev.bbm.tools;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a program for a test and keeps its exit status and output, so failures can show both. */
final class Processes {
  private Processes() {}

  record Result(int exit, String out, String err) {}

  static boolean available(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  static Result run(List<String> command) throws IOException, InterruptedException {
    return run(command, java.util.Map.of());
  }

  /** As above, with these variables added to (or, when empty, removed from) the environment. */
  static Result run(List<String> command, java.util.Map<String, String> env) throws IOException, InterruptedException {
    Path out = Files.createTempFile("bbm-tools-out", ".txt");
    Path err = Files.createTempFile("bbm-tools-err", ".txt");
    try {
      ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectOutput(out.toFile()).redirectError(err.toFile());
      env.forEach((name, value) -> {
        if (value.isEmpty()) {
          pb.environment().remove(name);
        } else {
          pb.environment().put(name, value);
        }
      });
      Process p = pb.start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("timed out: " + command);
      }
      return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
