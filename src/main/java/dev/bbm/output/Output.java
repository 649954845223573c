package dev.bbm.output;

import java.io.PrintWriter;

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

  public Output(PrintWriter out, PrintWriter err, boolean color, boolean quiet, boolean json) {
    this.out = out;
    this.err = err;
    this.color = color;
    this.quiet = quiet;
    this.json = json;
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
