package dev.bbm.output;

import java.io.PrintWriter;
import java.util.function.IntSupplier;
import me.tongfei.progressbar.ProgressBarConsumer;

/**
 * Where the progress bar is drawn: the last line of the terminal, rewritten in place. Other lines
 * (notes, warnings) go above it through {@link #above}: the bar line is cleared, the line printed,
 * the bar drawn again below it. The bar library renders from its own thread, so every write holds
 * this object's lock and a line is never mixed into the bar.
 */
final class BarLine implements ProgressBarConsumer {
  private static final String CLEAR_LINE = "\r\u001b[2K";

  private final PrintWriter err;
  private final IntSupplier width;
  private String bar = "";
  private boolean closed;

  BarLine(PrintWriter err, IntSupplier width) {
    this.err = err;
    this.width = width;
  }

  /** One column less than the terminal, so the cursor never wraps to a new line. */
  @Override
  public int getMaxRenderedLength() {
    return Math.max(20, width.getAsInt() - 1);
  }

  @Override
  public synchronized void accept(String rendered) {
    if (closed) {
      return;
    }
    bar = rendered;
    err.print(CLEAR_LINE + rendered);
    err.flush();
  }

  /** A whole line above the bar. */
  synchronized void above(String line) {
    err.print(CLEAR_LINE);
    err.println(line);
    if (!closed) {
      err.print(bar);
    }
    err.flush();
  }

  @Override
  public synchronized void clear() {
    err.print(CLEAR_LINE);
    err.flush();
  }

  /** The bar stays on screen as last drawn; the cursor goes to the next line. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (!bar.isEmpty()) {
      err.println();
    }
    err.flush();
  }
}
