package dev.bbm.engine;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * GitLab's rake as a child process, started without a shell: its output read line by line on two
 * threads and handed to the thread that waits for it ({@link #drain}), so the listener is only ever
 * called from one thread; the last lines kept to say why it failed; stopped politely, then forcibly.
 */
final class RakeProcess {
  /** How long the rake gets to end after SIGTERM before it is killed. */
  static final Duration GRACE = Duration.ofSeconds(10);
  private static final int TAIL = 200;
  private static final String RAKE_ABORTED = "rake aborted!";

  /** One line of the child's output. */
  private record Line(String text, boolean fromStderr) {}

  private final Process process;
  private final LinkedBlockingQueue<Line> lines = new LinkedBlockingQueue<>();
  private final Deque<Line> tail = new ArrayDeque<>();
  private final List<Thread> pumps = new ArrayList<>();

  private RakeProcess(Process process) {
    this.process = process;
    pumps.add(pump(process.getInputStream(), false));
    pumps.add(pump(process.getErrorStream(), true));
  }

  /**
   * Starts {@code argv} with its first word replaced by {@code executable}, in exactly the
   * environment {@code env} (bbm's own), standard input shared with bbm (sudo may ask a password).
   */
  static RakeProcess start(Path executable, List<String> argv, Map<String, String> env) {
    List<String> cmd = new ArrayList<>(argv);
    cmd.set(0, executable.toString());
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().clear();
    pb.environment().putAll(env);
    pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
    try {
      return new RakeProcess(pb.start());
    } catch (IOException e) {
      throw new BbmException(ExitCode.USAGE, "could not start " + argv.get(0) + ": " + e.getMessage()
          + "; give GitLab's rake with --rake-command", e);
    }
  }

  private Thread pump(InputStream stream, boolean fromStderr) {
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
        for (String s = r.readLine(); s != null; s = r.readLine()) {
          lines.add(new Line(s, fromStderr));
        }
      } catch (IOException ignored) {
        // the child went away: what it printed before is in the queue
      }
    }, fromStderr ? "bbm-rake-stderr" : "bbm-rake-stdout");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** Waits up to {@code d} for the child to end; true when it has. */
  boolean waitFor(Duration d) throws InterruptedException {
    return process.waitFor(d.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Whether the child has ended. */
  boolean ended() {
    return !process.isAlive();
  }

  int exitCode() {
    return process.exitValue();
  }

  /** Hands the lines printed so far to the listener, in the order they were read. */
  void drain(RakeListener listener) {
    for (Line l = lines.poll(); l != null; l = lines.poll()) {
      tail.addLast(l);
      if (tail.size() > TAIL) {
        tail.removeFirst();
      }
      listener.rakeOutput(l.text(), l.fromStderr());
    }
  }

  /** After the child ended: waits a little for the last lines its pipes still hold, then drains them. */
  void finish(RakeListener listener) throws InterruptedException {
    for (Thread t : pumps) {
      t.join(2_000);
    }
    drain(listener);
  }

  /**
   * Ctrl-C: SIGTERM to the rake and its children (Omnibus's gitlab-rake is a script that starts
   * Ruby), then, after {@link #GRACE}, SIGKILL. Returns whether it ended.
   */
  boolean stop() throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
      return true;
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    return process.waitFor(2, TimeUnit.SECONDS);
  }

  /**
   * The line that says why the rake failed: the one after rake's {@code rake aborted!} (the
   * exception), else the last non-blank line on stderr, else on stdout (GitLab's "Please specify
   * the database" is printed there); null when it printed nothing.
   */
  String reason() {
    List<Line> all = List.copyOf(tail);
    for (int i = 0; i < all.size() - 1; i++) {
      if (all.get(i).fromStderr() && all.get(i).text().strip().equals(RAKE_ABORTED)) {
        for (Line next : all.subList(i + 1, all.size())) {
          if (next.fromStderr() && !next.text().isBlank()) {
            return next.text().strip();
          }
        }
      }
    }
    String onStdout = null;
    for (int i = all.size() - 1; i >= 0; i--) {
      Line l = all.get(i);
      if (!l.text().isBlank()) {
        if (l.fromStderr()) {
          return l.text().strip();
        }
        onStdout = onStdout == null ? l.text().strip() : onStdout;
      }
    }
    return onStdout;
  }
}
