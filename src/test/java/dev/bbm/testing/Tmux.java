package dev.bbm.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real terminal for tests: a tmux server of its own (its own socket, no user configuration)
 * running one command in a detached session of a fixed size; the screen is read with capture-pane.
 */
public final class Tmux implements AutoCloseable {
  private final String socket;

  private Tmux(String socket) {
    this.socket = socket;
  }

  public static boolean available() {
    try {
      Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Starts {@code command} (a shell command line) in a new {@code width}x{@code height} terminal,
   * with {@code env} set. The pane stays open after the command exits, so its last screen can be read.
   */
  public static Tmux start(int width, int height, Map<String, String> env, String command)
      throws IOException, InterruptedException {
    Tmux t = new Tmux("bbm-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    // the tmux server inherits this JVM's environment (NO_COLOR=1 under Maven): only env counts
    StringBuilder line = new StringBuilder("env -u NO_COLOR -u COLUMNS -u LINES");
    env.forEach((k, v) -> line.append(' ').append(k).append('=').append(quote(v)));
    line.append(" bash -c ").append(quote(command));
    t.tmux("-f", "/dev/null", "new-session", "-d", "-s", "bbm", "-x", Integer.toString(width), "-y",
        Integer.toString(height), line.toString(), ";", "set-option", "-t", "bbm", "remain-on-exit", "on");
    if (System.getProperty("bbm.test.tmuxLog") != null) {
      t.tmux("pipe-pane", "-t", "bbm", "-o", "cat >> " + System.getProperty("bbm.test.tmuxLog"));
    }
    return t;
  }

  /**
   * The screen's text, with the lines scrolled off it; with {@code escapes}, its colours as SGR
   * escape sequences too.
   */
  public String screen(boolean escapes) throws IOException, InterruptedException {
    return escapes ? tmux("capture-pane", "-p", "-e", "-S", "-", "-t", "bbm")
        : tmux("capture-pane", "-p", "-S", "-", "-t", "bbm");
  }

  /** Polls the screen until {@code done} holds for it, or {@code seconds} pass; returns the last screen. */
  public String waitFor(Predicate<String> done, double seconds) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    String screen = screen(false);
    while (!done.test(screen) && System.nanoTime() < deadline) {
      Thread.sleep(50);
      screen = screen(false);
    }
    return screen;
  }

  /** Resizes the terminal, as a user dragging its window would. */
  public void resize(int width, int height) throws IOException, InterruptedException {
    tmux("resize-window", "-t", "bbm", "-x", Integer.toString(width), "-y", Integer.toString(height));
  }

  /** Types keys into the terminal, as tmux send-keys names them ({@code C-c}). */
  public void sendKeys(String... keys) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of("send-keys", "-t", "bbm"));
    args.addAll(List.of(keys));
    tmux(args.toArray(String[]::new));
  }

  private String tmux(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("tmux " + String.join(" ", args) + " failed: " + out);
    }
    return out;
  }

  static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  /** The shell command line that runs this build's bbm with {@code args} (each quoted). */
  public static String bbm(Path workDir, String... args) {
    StringBuilder b = new StringBuilder("cd " + quote(workDir.toString()) + " && " + quote(BbmProcess.java())
        + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp " + quote(BbmProcess.classpath()) + " dev.bbm.cli.Main");
    for (String a : args) {
      b.append(' ').append(quote(a));
    }
    return b.toString();
  }

  @Override
  public void close() {
    try {
      tmux("kill-server");
    } catch (IOException e) {
      // already gone
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
