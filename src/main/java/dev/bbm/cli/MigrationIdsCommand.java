package dev.bbm.cli;

import dev.bbm.config.DatabaseTargets;
import dev.bbm.domain.ExitCode;
import dev.bbm.engine.BatchEngine;
import dev.bbm.jobs.JobSources;
import dev.bbm.output.Output;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * bbm __complete migration-ids: the migration ids completion offers after commands that take one,
 * one a line ({@code main_85}, {@code ci_10}), each database's unfinished migrations first. It
 * connects as every command does (options, environment, database.yml) but waits at most
 * {@value #CONNECT_TIMEOUT_SECONDS} s for a connect and {@value #DEADLINE_MILLIS} ms in all; a database
 * it cannot read is left out, and nothing it meets on the way is printed: no warning, no error.
 */
@Command(name = "migration-ids", hidden = true,
    description = "Prints the migration ids for shell completion, one a line; prints nothing when no database answers.")
final class MigrationIdsCommand extends BaseCommand implements CompletionHelper {
  static final int CONNECT_TIMEOUT_SECONDS = 2;
  static final long DEADLINE_MILLIS = 2500;

  private final Output silent = new Output(new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()),
      false, true, false);

  /** Warnings and notes of the connection resolution go nowhere: the user is typing, not running bbm. */
  @Override
  Output output() {
    return silent;
  }

  @Override
  ExitCode execute() {
    List<String> found = Collections.synchronizedList(new ArrayList<>());
    // A thread of its own, so that a server that accepts the connection and then says nothing
    // cannot hold the user's TAB beyond the deadline (the process exits and takes it along).
    Thread lookup = new Thread(() -> {
      try {
        collect(found);
      } catch (Throwable e) {
        // completion shows what it found; the reason for the rest must not reach the terminal
      }
    }, "bbm-complete-ids");
    lookup.setDaemon(true);
    lookup.start();
    try {
      lookup.join(DEADLINE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<String> ids;
    synchronized (found) {
      ids = List.copyOf(found);
    }
    PrintWriter out = context().out();
    ids.forEach(out::println);
    out.flush();
    return ExitCode.OK;
  }

  /** Adds each readable database's ids in one piece, so a deadline never cuts a database's list in two. */
  private void collect(List<String> found) {
    for (DatabaseTargets.Target t : readTargets()) {
      try (BatchEngine engine = context().engine(t, JobSources.builtInOnly(), CONNECT_TIMEOUT_SECONDS)) {
        found.addAll(engine.migrationIds());
      } catch (RuntimeException e) {
        // this database cannot be read now; the others may still answer
      }
    }
  }
}
