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
 * connects as every command does (options, environment, database.yml; the database.yml databases all at
 * once) but waits at most {@value #CONNECT_TIMEOUT_SECONDS} s for a connect and {@value #DEADLINE_MILLIS} ms
 * in all, so that with the JVM's start it stays within the scripts' 3 s; a database it cannot read is left
 * out, and nothing it meets on the way is printed: no warning, no error. Standard input is never read.
 */
@Command(name = "migration-ids", hidden = true,
    description = "Prints the migration ids for shell completion, one a line; prints nothing when no database answers.")
final class MigrationIdsCommand extends BaseCommand implements CompletionHelper {
  static final int CONNECT_TIMEOUT_SECONDS = 2;
  static final long DEADLINE_MILLIS = 2000;

  private final Output silent = new Output(new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()),
      false, true, false);

  /** Warnings and notes of the connection resolution go nowhere: the user is typing, not running bbm. */
  @Override
  Output output() {
    return silent;
  }

  @Override
  ExitCode execute() {
    List<String> ids = new ArrayList<>();
    try {
      for (List<String> one : lookUp(readTargets())) {
        ids.addAll(one);
      }
    } catch (RuntimeException e) {
      // no database to ask (database.yml unreadable, --database unknown): no ids, and no word about it
    }
    PrintWriter out = context().out();
    ids.forEach(out::println);
    out.flush();
    return ExitCode.OK;
  }

  /**
   * Each database's ids, in the order of the targets, asked all at once on threads of their own: a
   * database that does not answer within the deadline (a server that accepts the connection and then
   * says nothing) neither holds the user's TAB nor hides the others' ids; its slot stays empty and the
   * process exit takes its thread along.
   */
  private List<List<String>> lookUp(List<DatabaseTargets.Target> targets) {
    List<List<String>> slots = new ArrayList<>(Collections.nCopies(targets.size(), List.of()));
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      int slot = i;
      DatabaseTargets.Target t = targets.get(i);
      Thread thread = new Thread(() -> {
        try (BatchEngine engine = context().engine(t, JobSources.builtInOnly(), CONNECT_TIMEOUT_SECONDS)) {
          List<String> ids = engine.migrationIds();
          synchronized (slots) {
            slots.set(slot, ids);
          }
        } catch (Throwable e) {
          // this database cannot be read now; why must not reach the terminal, and the others may answer
        }
      }, "bbm-complete-" + t.label());
      thread.setDaemon(true);
      thread.start();
      threads.add(thread);
    }
    long deadline = System.nanoTime() + DEADLINE_MILLIS * 1_000_000;
    try {
      for (Thread thread : threads) {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left > 0) {
          thread.join(left);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (slots) {
      return List.copyOf(slots);
    }
  }
}
