package dev.bbm.output;

import java.util.function.Supplier;
import org.fusesource.jansi.AnsiConsole;
import org.fusesource.jansi.AnsiPrintStream;
import org.fusesource.jansi.AnsiType;

/**
 * What the terminals behind standard output and standard error are: whether each is one, and how
 * wide. Asks jansi's public {@link AnsiConsole#out()} and {@link AnsiConsole#err()} (their isatty and
 * TIOCGWINSZ); when its native part cannot load, trusts the caller, then COLUMNS, then 80 columns.
 */
public final class Tty {
  private static final int FALLBACK_WIDTH = 80;

  private Tty() {}

  /** Whether file descriptor 2 is a terminal; {@code assumed} when that cannot be asked. */
  public static boolean stderrIsTerminal(boolean assumed) {
    return isTerminal(AnsiConsole::err, assumed);
  }

  /** Whether file descriptor 1 is a terminal; {@code assumed} when that cannot be asked. */
  public static boolean stdoutIsTerminal(boolean assumed) {
    return isTerminal(AnsiConsole::out, assumed);
  }

  /** The width of the terminal on standard error, in columns. */
  public static int stderrWidth() {
    return width(AnsiConsole::err);
  }

  /** The width of the terminal on standard output, in columns. */
  public static int stdoutWidth() {
    return width(AnsiConsole::out);
  }

  private static boolean isTerminal(Supplier<AnsiPrintStream> stream, boolean assumed) {
    try {
      AnsiType type = stream.get().getType();
      // Unsupported: jansi's native library did not load, so nothing was asked
      return type == AnsiType.Unsupported ? assumed : type != AnsiType.Redirected;
    } catch (LinkageError | RuntimeException e) {
      return assumed;
    }
  }

  private static int width(Supplier<AnsiPrintStream> stream) {
    try {
      // 0 when the stream is not a terminal, or its size cannot be read
      int columns = stream.get().getTerminalWidth();
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
