package dev.bbm.engine;

/**
 * What finalize --via-rake reports besides progress: the command line before it starts, and each
 * line GitLab's rake prints, passed through as it comes.
 */
public interface RakeListener extends ProgressListener {
  /** The exact command about to run, shell-quoted so an operator can copy it. */
  default void rakeCommand(String shellLine) {}

  /** One line the rake printed, on its stderr when {@code fromStderr}, else on its stdout. */
  default void rakeOutput(String line, boolean fromStderr) {}
}
