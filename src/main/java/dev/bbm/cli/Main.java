package dev.bbm.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** The process entry point: the only System.exit, and the Ctrl-C / SIGTERM handshake. */
public final class Main {
  private static final long GRACE_SECONDS = 20;

  private Main() {}

  public static void main(String[] args) {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger exitCode = new AtomicInteger(-1);
    CountDownLatch done = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      stop.set(true);
      try {
        // let the running sub-batch commit and the job be recorded before the JVM goes
        done.await(GRACE_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      int code = exitCode.get();
      if (code >= 0) {
        // the work stopped cleanly: exit with bbm's own code (3), not the signal's 130/143
        Runtime.getRuntime().halt(code);
      }
    }, "bbm-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    boolean terminal = System.console() != null;
    int code = Cli.run(args, out, err, System.getenv(), System.in, stop::get, terminal);
    out.flush();
    err.flush();
    exitCode.set(code);
    done.countDown();
    if (!stop.get()) {
      Runtime.getRuntime().removeShutdownHook(hook);
    }
    System.exit(code);
  }
}
