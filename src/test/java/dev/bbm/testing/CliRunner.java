package dev.bbm.testing;

import dev.bbm.cli.Cli;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Runs bbm in-process with captured stdout and stderr and a controlled environment. */
public final class CliRunner {
  /** What a run gave: exit code, stdout, stderr. */
  public record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  private final Map<String, String> env = new HashMap<>();
  private BooleanSupplier stop = () -> false;
  private String stdin = "";
  private boolean terminal;
  private java.util.List<java.nio.file.Path> gitlabConfigDirs = java.util.List.of();

  public CliRunner() {
    env.put("NO_COLOR", "1");
    env.put("HOME", System.getProperty("java.io.tmpdir"));
    env.put("USER", "nobody-bbm-test");
    // no Sidekiq runs beside these tests: finalize need not wait out its workers after fencing
    env.put("BBM_SIDEKIQ_GRACE", "0");
  }

  /** Connects bbm to this test database through BBM_DATABASE_URL. */
  public static CliRunner against(TestDatabase db) {
    return new CliRunner().env("BBM_DATABASE_URL", db.uri());
  }

  public CliRunner env(String name, String value) {
    env.put(name, value);
    return this;
  }

  /** Removes a variable from the environment bbm sees (NO_COLOR is set by default). */
  public CliRunner unsetEnv(String name) {
    env.remove(name);
    return this;
  }

  public CliRunner stdin(String text) {
    this.stdin = text;
    return this;
  }

  /** Runs as if on a terminal (prompts are asked; stdin gives the answers). */
  public CliRunner terminal(boolean value) {
    this.terminal = value;
    return this;
  }

  /**
   * Where bbm looks for GitLab's database.yml and resque.yml when nothing names them; by default
   * nowhere, so that no test depends on a GitLab installed on the machine.
   */
  public CliRunner gitlabConfigDirs(java.nio.file.Path... dirs) {
    this.gitlabConfigDirs = java.util.List.of(dirs);
    return this;
  }

  public CliRunner stopWhen(BooleanSupplier stop) {
    this.stop = stop;
    return this;
  }

  public Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), Map.copyOf(env),
        new ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)), stop, terminal,
        gitlabConfigDirs);
    return new Result(code, out.toString(), err.toString());
  }
}
