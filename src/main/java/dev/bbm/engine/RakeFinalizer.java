package dev.bbm.engine;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.FailedJob;
import dev.bbm.domain.Messages;
import dev.bbm.domain.MigrationStatus;
import dev.bbm.domain.Selection;
import dev.bbm.store.Database;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * finalize --via-rake: finds the migration as finalize does, then has GitLab's own rake task run it
 * (for a class bbm cannot run), watching the job table for progress on bbm's connection, which only
 * reads, and turning how the rake ended and the migration's status into finalize's result.
 */
final class RakeFinalizer {
  private static final Duration TICK = Duration.ofMillis(100);
  private static final long POLL_NANOS = Duration.ofSeconds(1).toNanos();
  private static final int FAILED_JOBS_SHOWN = 20;
  /** GitLab's exception lines name long Ruby modules: shown whole up to this length. */
  private static final int REASON_SHOWN = 300;

  private final Database db;
  private final RakeListener listener;
  private final BooleanSupplier stopRequested;
  private final Map<String, String> env;

  /**
   * @param env the environment the rake gets, and whose PATH it is looked up in: bbm's own
   */
  RakeFinalizer(Database db, RakeListener listener, BooleanSupplier stopRequested, Map<String, String> env) {
    this.db = db;
    this.listener = listener;
    this.stopRequested = stopRequested;
    this.env = Map.copyOf(env);
  }

  FinalizeResult finalize(Selection selection, RakeCommand command, boolean dryRun) throws SQLException {
    long t0 = System.nanoTime();
    db.requireBatchedTables();
    RakeRun none = new RakeRun(List.of(), null, null);
    Optional<BatchedMigration> found = MigrationResolver.find(db, selection);
    if (found.isEmpty()) {
      return Outcomes.notFound(selection, MigrationResolver.miss(db, selection)).viaRake(none);
    }
    BatchedMigration m = found.get();
    if (m.status().isDone()) {
      return Outcomes.alreadyDone(m).viaRake(none);
    }
    RakeRun planned = new RakeRun(command.argv(m), command.shellLine(m), null);
    if (dryRun) {
      return dryRun(m, command, planned);
    }
    Path program = command.executable(env);
    listener.rakeCommand(planned.shellLine());
    RakeProcess rake = RakeProcess.start(program, planned.command(), env);
    RakePoller poller = new RakePoller(db, m, listener);
    try {
      boolean stopped = watch(rake, poller);
      Integer code = rake.ended() ? rake.exitCode() : null;
      RakeRun ran = new RakeRun(planned.command(), planned.shellLine(), code);
      String name = program.getFileName().toString();
      FinalizeResult result = outcome(m, new Ending(name, rake.reason(), stopped, code, poller), t0).viaRake(ran);
      if (result.outcome() == FinalizeResult.Outcome.FINISHED) {
        listener.completed();
      }
      return result;
    } finally {
      listener.ended();
    }
  }

  private FinalizeResult dryRun(BatchedMigration m, RakeCommand command, RakeRun planned) {
    String found;
    try {
      found = "the rake: " + command.executable(env);
    } catch (BbmException e) {
      found = "the rake: " + e.getMessage();
      listener.warning(e.getMessage());
    }
    List<String> plan = List.of("run GitLab's rake task, without a shell: " + planned.shellLine(), found,
        "show progress from the job table every second, reading only; its exit code and the migration's status"
            + " decide bbm's");
    return new FinalizeResult(FinalizeResult.Outcome.DRY_RUN, m, "dry run: nothing was run or changed", 0, 0, 0,
        Duration.ZERO, List.of(), plan).viaRake(planned);
  }

  /** Passes the rake's output on and polls progress until it ends, or stops it on request; true when stopped. */
  private boolean watch(RakeProcess rake, RakePoller poller) throws SQLException {
    Polls polls = new Polls(poller);
    polls.first();
    try {
      long next = System.nanoTime() + POLL_NANOS;
      while (!rake.waitFor(TICK)) {
        rake.drain(listener);
        if (stopRequested.getAsBoolean()) {
          listener.note("stopping gitlab-rake (SIGTERM, SIGKILL after " + RakeProcess.GRACE.toSeconds() + "s)");
          rake.stop();
          rake.finish(listener);
          return true;
        }
        if (System.nanoTime() >= next) {
          polls.next();
          next = System.nanoTime() + POLL_NANOS;
        }
      }
      rake.finish(listener);
      polls.next();
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopQuietly(rake);
      return true;
    }
  }

  private static void stopQuietly(RakeProcess rake) {
    try {
      rake.stop();
    } catch (InterruptedException again) {
      Thread.currentThread().interrupt();
    }
  }

  /** Looks at the job table; a look that fails is said once and not repeated: the rake goes on regardless. */
  private final class Polls {
    private final RakePoller poller;
    private boolean broken;

    Polls(RakePoller poller) {
      this.poller = poller;
    }

    void first() throws SQLException {
      poller.start();
    }

    void next() {
      if (broken) {
        return;
      }
      try {
        poller.poll();
      } catch (SQLException | RuntimeException e) {
        broken = true;
        listener.warning("cannot read the job table for progress any more (" + e.getMessage()
            + "); the rake goes on");
      }
    }
  }

  /**
   * How the rake ended.
   *
   * @param name   the program's file name, for sentences
   * @param reason the line that says why it failed, or null
   * @param code   its exit status, null when it could not be stopped
   */
  private record Ending(String name, String reason, boolean stopped, Integer code, RakePoller poller) {}

  /**
   * Finished only when the rake exited 0 and the migration is finished (or finalized); failed (exit
   * 4) when it is failed, or when the rake exited otherwise, quoting the line that says why.
   */
  private FinalizeResult outcome(BatchedMigration m, Ending e, long t0) throws SQLException {
    BatchedMigration after = db.stores().migrations().findById(db.session(), m.id()).orElse(m);
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    String status = after.status().label();
    int run = e.poller().jobsEnded();
    int failedRuns = e.poller().jobsFailed();
    if (e.stopped()) {
      return new FinalizeResult(FinalizeResult.Outcome.INTERRUPTED, after, "stopped on request; " + e.name()
          + " was stopped and migration " + m.displayId() + " is " + status + "; the same command continues it (a"
          + " job it had running stays running until it is stale)", run, failedRuns, 0, took, List.of(), List.of());
    }
    String quoted = e.reason() == null ? "it printed nothing" : Messages.quote(e.reason(), REASON_SHOWN);
    if (e.code() == 0 && after.status().isDone()) {
      return new FinalizeResult(FinalizeResult.Outcome.FINISHED, after, e.name() + " finalized migration "
          + m.displayId() + "; status " + status, run, failedRuns, 0, took, List.of(), List.of());
    }
    String exited = e.name() + " exited " + e.code() + " (" + quoted + ") and migration " + m.displayId() + " is ";
    if (after.status() == MigrationStatus.FAILED) {
      List<FailedJob> failed = db.stores().statistics().failedWithLastError(db.session(), m.id(),
          db.layout().hasTransitionLogs(), FAILED_JOBS_SHOWN);
      return new FinalizeResult(FinalizeResult.Outcome.FAILED, after, exited + "failed", run, failedRuns, 0, took,
          failed, List.of());
    }
    return new FinalizeResult(FinalizeResult.Outcome.FAILED, after, exited + status + ", not finished", run,
        failedRuns, 0, took, List.of(), List.of());
  }
}
