package dev.bbm.engine;

import java.util.List;

/**
 * How finalize --via-rake ran GitLab's rake task, for the result.
 *
 * @param command   the argv, as given (the first word not looked up on PATH)
 * @param shellLine the same, shell-quoted as printed
 * @param exitCode  the rake's exit status; null when it did not run (a dry run) or was stopped
 */
public record RakeRun(List<String> command, String shellLine, Integer exitCode) {
  public RakeRun {
    command = List.copyOf(command);
  }
}
