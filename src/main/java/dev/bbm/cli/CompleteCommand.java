package dev.bbm.cli;

import picocli.CommandLine.Command;

/**
 * bbm __complete: dynamic answers for the completion scripts in completions/. Hidden: not in help,
 * man pages or the static completion lists, and not meant to be typed.
 */
@Command(name = "__complete", hidden = true,
    description = "Answers for the shell completion scripts; not meant to be typed.",
    subcommands = MigrationIdsCommand.class)
final class CompleteCommand implements Runnable, CompletionHelper {
  @Override
  public void run() {
    // no question asked: no answer, and no error either
  }
}
