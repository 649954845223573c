package dev.bbm.testing;

import dev.bbm.domain.ExitCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.opentest4j.AssertionFailedError;

/**
 * Asserts how bbm exited, by {@link ExitCode} name rather than by number:
 *
 * <pre>{@code
 * import static dev.bbm.domain.ExitCode.*;
 * import static dev.bbm.testing.ExitCodeAssert.assertThat;
 *
 * assertThat(cli.run("finalize", "main_1")).exitedWith(BUSY);
 * assertThat(process, tmp.resolve("first")).exitedWith(OK);   // a BbmProcess.start(dir, ...) process
 * assertThat(result).withContext("seed " + seed).exitedWith(OK);
 * }</pre>
 *
 * A failure names both codes ("expected exit BUSY (5) but was OK (0)") and shows the command's
 * stdout and stderr, so the assertion needs no message of its own.
 */
public final class ExitCodeAssert {
  private final int actual;
  private final Supplier<String> output;
  private String context;

  private ExitCodeAssert(int actual, Supplier<String> output) {
    this.actual = actual;
    this.output = output;
  }

  /** A run of bbm in-process ({@link CliRunner}) or through bash ({@link BbmProcess#bash}). */
  public static ExitCodeAssert assertThat(CliRunner.Result result) {
    return new ExitCodeAssert(result.exitCode(), () -> streams(result.out(), result.err()));
  }

  /**
   * A finished bbm process whose stdout and stderr went to {@code out.txt} and {@code err.txt} in
   * {@code outputDir}, as {@link BbmProcess#start} arranges; the files are read only on failure.
   */
  public static ExitCodeAssert assertThat(Process finished, Path outputDir) {
    return new ExitCodeAssert(finished.exitValue(),
        () -> streams(read(outputDir.resolve("out.txt")), read(outputDir.resolve("err.txt"))));
  }

  /** A finished bbm process whose output the caller keeps (give it with {@link #withContext}). */
  public static ExitCodeAssert assertThat(Process finished) {
    return new ExitCodeAssert(finished.exitValue(), () -> "");
  }

  /** Text shown first when the assertion fails: what was run, a seed, or the output already read. */
  public ExitCodeAssert withContext(String text) {
    this.context = text;
    return this;
  }

  public void exitedWith(ExitCode expected) {
    if (actual == expected.code()) {
      return;
    }
    String want = describe(expected.code());
    String got = describe(actual);
    StringBuilder message = new StringBuilder();
    if (context != null && !context.isEmpty()) {
      message.append(context).append('\n');
    }
    message.append("expected exit ").append(want).append(" but was ").append(got);
    String shown = output.get();
    if (!shown.isEmpty()) {
      message.append('\n').append(shown);
    }
    throw new AssertionFailedError(message.toString(), want, got);
  }

  /** "BUSY (5)", or "137 (not a bbm exit code)" for a signal's or the JVM's own exit. */
  static String describe(int code) {
    for (ExitCode c : ExitCode.values()) {
      if (c.code() == code) {
        return c.name() + " (" + code + ")";
      }
    }
    return code + " (not a bbm exit code)";
  }

  private static String streams(String out, String err) {
    return "--- stdout\n" + out + (out.endsWith("\n") || out.isEmpty() ? "" : "\n") + "--- stderr\n" + err;
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "(no " + file + ")\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
