package dev.bbm.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** bbm as a separate JVM process, for tests that kill it or run two at once. */
public final class BbmProcess {
  private BbmProcess() {}

  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  public static String classpath() {
    return System.getProperty("java.class.path");
  }

  /** Starts {@code bbm args...} with stdout and stderr going to files in {@code dir}. */
  public static Process start(Path dir, Map<String, String> env, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
        classpath(), "dev.bbm.cli.Main"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    // no Sidekiq runs beside these tests: finalize need not wait out its workers after fencing
    pb.environment().put("BBM_SIDEKIQ_GRACE", "0");
    pb.environment().putAll(env);
    pb.environment().put("NO_COLOR", "1");
    Files.createDirectories(dir);
    pb.redirectOutput(dir.resolve("out.txt").toFile());
    pb.redirectError(dir.resolve("err.txt").toFile());
    return pb.start();
  }

  /** Runs a bash script with a {@code bbm} function that starts this build's bbm. */
  public static CliRunner.Result bash(Path dir, Map<String, String> env, String script)
      throws IOException, InterruptedException {
    String prelude = "bbm() { \"$BBM_TEST_JAVA\" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp \"$BBM_TEST_CP\""
        + " dev.bbm.cli.Main \"$@\"; }\n";
    Files.createDirectories(dir);
    Path file = dir.resolve("script.sh");
    Files.writeString(file, prelude + script);
    ProcessBuilder pb = new ProcessBuilder("bash", file.toString());
    pb.environment().put("BBM_SIDEKIQ_GRACE", "0");
    pb.environment().putAll(env);
    pb.environment().put("BBM_TEST_JAVA", java());
    pb.environment().put("BBM_TEST_CP", classpath());
    pb.environment().put("NO_COLOR", "1");
    File out = dir.resolve("out.txt").toFile();
    File err = dir.resolve("err.txt").toFile();
    pb.redirectOutput(out);
    pb.redirectError(err);
    int code = pb.start().waitFor();
    return new CliRunner.Result(code, Files.readString(out.toPath()), Files.readString(err.toPath()));
  }
}
