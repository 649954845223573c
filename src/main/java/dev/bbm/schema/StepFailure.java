package dev.bbm.schema;

import dev.bbm.domain.ExitCode;

/**
 * A step of db migrate failed: the message is the cause, shown after the "all later migrations
 * canceled" heading, and the exit code is the run's. It ends the file and the run.
 */
final class StepFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient ExitCode exitCode;

  StepFailure(ExitCode exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  ExitCode exitCode() {
    return exitCode;
  }
}
