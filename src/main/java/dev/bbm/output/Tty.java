package dev.bbm.output;

import org.fusesource.jansi.AnsiConsole;
import org.fusesource.jansi.AnsiPrintStream;
import org.fusesource.jansi.AnsiType;

/**
 * What the terminal behind standard error is: whether it is one, and how wide. Asks jansi's public
 * {@link AnsiConsole#err()} (its isatty and TIOCGWINSZ); when its native part cannot load, trusts the
 * caller and assumes 80 columns.
 */
public final class Tty {
  private static final int FALLBACK_WIDTH = 80;

  private Tty() {}

  /** Whether file descriptor 2 is a terminal; {@code assumed} when that cannot be asked. */
  public static boolean stderrIsTerminal(boolean assumed) {
    try {
      AnsiType type = AnsiConsole.err().getType();
      // Unsupported: jansi's native library did not load, so nothing was asked
      return type == AnsiType.Unsupported ? assumed : type != AnsiType.Redirected;
    } catch (LinkageError | RuntimeException e) {
      return assumed;
    }
  }

  /** The width of the terminal on standard error, in columns. */
  public static int stderrWidth() {
    try {
      AnsiPrintStream err = AnsiConsole.err();
      // 0 when standard error is not a terminal, or its size cannot be read
      int columns = err.getTerminalWidth();
      if (columns >= 20) {
        return columns;
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
