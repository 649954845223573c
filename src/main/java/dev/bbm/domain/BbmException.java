package dev.bbm.domain;

/**
 * The one failure type that reaches the user: an exit code and one readable sentence.
 * The cause, when there is one, is shown only with --verbose.
 */
public class BbmException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient ExitCode exitCode;

  public BbmException(ExitCode exitCode, String sentence) {
    super(sentence);
    this.exitCode = exitCode;
  }

  public BbmException(ExitCode exitCode, String sentence, Throwable cause) {
    super(sentence, cause);
    this.exitCode = exitCode;
  }

  public ExitCode exitCode() {
    return exitCode;
  }

  public static BbmException usage(String sentence) {
    return new BbmException(ExitCode.USAGE, sentence);
  }
}
