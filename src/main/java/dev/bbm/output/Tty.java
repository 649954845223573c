package dev.bbm.output;

import org.fusesource.jansi.internal.CLibrary;

/**
 * What the terminal behind standard error is: whether it is one, and how wide. Asks the C library
 * through jansi's native bindings; when those cannot load, trusts the caller and assumes 80 columns.
 */
public final class Tty {
  private static final int STDERR = 2;
  private static final int FALLBACK_WIDTH = 80;

  private Tty() {}

  /** Whether file descriptor 2 is a terminal; {@code assumed} when that cannot be asked. */
  public static boolean stderrIsTerminal(boolean assumed) {
    try {
      return CLibrary.LOADED && CLibrary.HAVE_ISATTY ? CLibrary.isatty(STDERR) == 1 : assumed;
    } catch (LinkageError | RuntimeException e) {
      return assumed;
    }
  }

  /** The width of the terminal on standard error, in columns. */
  public static int stderrWidth() {
    try {
      if (CLibrary.LOADED) {
        CLibrary.WinSize ws = new CLibrary.WinSize();
        if (CLibrary.ioctl(STDERR, CLibrary.TIOCGWINSZ, ws) == 0 && ws.ws_col >= 20) {
          return ws.ws_col;
        }
      }
    } catch (LinkageError | RuntimeException e) {
      // no native access: the default below
    }
    String columns = System.getenv("COLUMNS");
    try {
      return columns == null ? FALLBACK_WIDTH : Math.max(20, Integer.parseInt(columns.strip()));
    } catch (NumberFormatException e) {
      return FALLBACK_WIDTH;
    }
  }
}
