package dev.bbm.output;

import dev.bbm.engine.ProgressListener;
import java.io.PrintWriter;
import java.util.Map;

/**
 * Where a command's words go: results on stdout, notes, warnings and errors on stderr, colour
 * only when allowed. The only place besides the renderers that writes to the terminal.
 */
public final class Output {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean color;
  private final boolean quiet;
  private final boolean json;
  private final ProgressStyle progress;

  public Output(PrintWriter out, PrintWriter err, boolean color, boolean quiet, boolean json) {
    this(out, err, color, quiet, json, ProgressStyle.EVERY_JOB);
  }

  public Output(PrintWriter out, PrintWriter err, boolean color, boolean quiet, boolean json,
      ProgressStyle progress) {
    this.out = out;
    this.err = err;
    this.color = color;
    this.quiet = quiet;
    this.json = json;
    this.progress = progress;
  }

  /**
   * Whether to use colour: never with --no-color, with NO_COLOR set to anything but the empty
   * string (no-color.org), with TERM=dumb, or when the output is not a terminal (piped, redirected).
   */
  public static boolean colorAllowed(boolean noColorOption, Map<String, String> env, boolean terminal) {
    String noColor = env.get("NO_COLOR");
    return !noColorOption && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM")) && terminal;
  }

  public ProgressStyle progress() {
    return progress;
  }

  /** --format ndjson: events on stdout while the command runs, the result as the last one. */
  public boolean ndjson() {
    return progress.kind() == ProgressStyle.Kind.NDJSON;
  }

  /** A fresh progress listener in this output's style (a bar, plain lines or NDJSON events). */
  public ProgressListener progressListener() {
    return progressListener(ProgressLines.FINALIZING);
  }

  /** The same, its first line for a migration starting with {@code verb} ({@code waiting for}). */
  ProgressListener progressListener(String verb) {
    switch (progress.kind()) {
      case BAR:
        return new LiveBar(this, progress, Tty::stderrWidth, verb);
      case NDJSON:
        return new NdjsonProgress(this, new NdjsonEvents(out));
      default:
        return new ProgressLines(this, progress.interval(), System::nanoTime, verb);
    }
  }

  public PrintWriter out() {
    return out;
  }

  public PrintWriter err() {
    return err;
  }

  public boolean json() {
    return json;
  }

  public boolean quiet() {
    return quiet;
  }

  public boolean color() {
    return color;
  }

  /** Text in a colour (ANSI SGR code), or plain when colour is off. */
  public String paint(String text, String sgr) {
    return color ? "\u001b[" + sgr + "m" + text + "\u001b[0m" : text;
  }

  public void note(String sentence) {
    if (!quiet) {
      err.println(sentence);
      err.flush();
    }
  }

  public void warning(String sentence) {
    err.println(paint("warning:", "33") + " " + sentence);
    err.flush();
  }

  public void error(String sentence) {
    err.println(paint("bbm:", "31;1") + " " + sentence);
    err.flush();
  }
}
