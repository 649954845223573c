package dev.bbm.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command to its end, timing it. */
final class Processes {
  private Processes() {}

  /** A finished command: exit code, output (stdout and stderr together) and wall time. */
  record Result(int code, String out, double seconds) {}

  /**
   * Runs {@code command} with {@code env} added to this process's environment; output is kept when
   * {@code discard} is null, else thrown away (timed runs print nothing anywhere).
   */
  static Result run(List<String> command, Map<String, String> env, Boolean discard, int timeoutSeconds)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(env);
    pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Path out = null;
    if (Boolean.TRUE.equals(discard)) {
      pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
    } else {
      out = Files.createTempFile("bench", ".out");
      pb.redirectErrorStream(true).redirectOutput(out.toFile());
    }
    long start = System.nanoTime();
    Process p = pb.start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("timed out after " + timeoutSeconds + " s: " + command);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    String text = "";
    if (out != null) {
      text = Files.readString(out);
      Files.deleteIfExists(out);
    }
    return new Result(p.exitValue(), text, seconds);
  }
}
