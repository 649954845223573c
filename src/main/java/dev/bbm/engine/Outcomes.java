package dev.bbm.engine;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.FailedJob;
import dev.bbm.domain.MigrationStatus;
import dev.bbm.domain.Selection;
import dev.bbm.store.AdvisoryLock;
import dev.bbm.store.Database;
import dev.bbm.store.SqlErrors;
import dev.bbm.store.Stores;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * How a finalize ends, from how its workers ended: finished, failed (GitLab's message and the
 * failed jobs), interrupted (the status given back), changed by someone else, or an error that
 * leaves the migration as it was found.
 */
final class Outcomes {
  private static final int FAILED_JOBS_SHOWN = 20;

  private final Database db;
  private final Stores stores;
  private final TimeoutReport timeouts;

  Outcomes(Database db, Stores stores) {
    this.db = db;
    this.stores = stores;
    this.timeouts = new TimeoutReport(db);
  }

  /** GitLab's warning (exit 0, 6 with --strict); an id or a near miss is exit 6 always, with "did you mean". */
  static FinalizeResult notFound(Selection selection, MigrationResolver.Miss miss) {
    return new FinalizeResult(FinalizeResult.Outcome.NOT_FOUND, null, miss.after("Could not find batched background"
        + " migration for the given configuration: " + MigrationResolver.configurationText(selection)), 0, 0, 0,
        Duration.ZERO, List.of(), List.of(), null, miss.certain());
  }

  static FinalizeResult alreadyDone(BatchedMigration m) {
    return new FinalizeResult(FinalizeResult.Outcome.ALREADY_DONE, m,
        "Batched background migration for the given configuration is already " + m.status().label() + ": "
            + m.displayId() + " " + m.configurationText(), 0, 0, 0, Duration.ZERO, List.of(), List.of());
  }

  /**
   * The result of a run whose workers ended as {@code ends}; {@code previous} is the status before
   * finalize set it (null for a joiner). Rethrows a worker's error after putting the status back.
   */
  FinalizeResult decide(FinalizeRun run, WorkerPool.Ends ends, MigrationStatus previous, long t0)
      throws SQLException {
    BatchedMigration m = run.migration();
    rethrow(m, run.options(), ends.error(), previous);
    FinalizeRun.Tally tally = run.tally();
    List<WorkerEnd> how = ends.ends();
    if (how.contains(WorkerEnd.FAILED)) {
      return failed(m, tally, t0);
    }
    if (how.contains(WorkerEnd.FINISHED)) {
      return finished(m, tally, t0, "migration " + m.displayId() + " is finished");
    }
    if (how.contains(WorkerEnd.CHANGED)) {
      MigrationStatus now = run.changedTo();
      if (now != null && now.isDone()) {
        return finished(m, tally, t0, "migration " + m.displayId() + " was finished by another bbm working on it");
      }
      if (now == MigrationStatus.FAILED) {
        return failed(m, tally, t0);
      }
      throw new BbmException(ExitCode.UNFINISHED, "migration " + m.displayId() + " became "
          + (now == null ? "deleted" : now.label()) + " while bbm worked on it, so bbm stopped; nothing is lost,"
          + " run the command again to continue");
    }
    return interrupted(m, previous, tally, t0);
  }

  private void rethrow(BatchedMigration m, FinalizeOptions o, Throwable error, MigrationStatus previous)
      throws SQLException {
    if (error instanceof BbmException) {
      restoreAfterError(m, previous); // a bookkeeping row bbm cannot trust: as found, so Sidekiq may carry on
    }
    if (error instanceof SQLException e && !SqlErrors.isConnectionLost(e)) {
      String now = restoreAfterError(m, previous);
      if (SqlErrors.isTimeout(e)) {
        throw timeouts.outsideJobs(m, o, e, now);
      }
    }
    if (error instanceof SQLException e) {
      throw e;
    }
    if (error instanceof RuntimeException e) {
      throw e;
    }
    if (error != null) {
      throw new IllegalStateException(error);
    }
  }

  /**
   * After an error outside a job's sub-batches (a job's own errors fail the job), the migration
   * goes back to the status it had, as after a stop on request, so that it is not left finalizing
   * with nobody working on it; unless this is a joiner, or other bbm processes still work on it.
   * Returns the status it now has, or null when it was left alone. Never hides the error.
   */
  private String restoreAfterError(BatchedMigration m, MigrationStatus previous) {
    try {
      Connection s = db.openSession();
      if (previous == null || s == null || !AdvisoryLock.lastOut(s, m.id())) {
        return null;
      }
      MigrationStatus back = previous; // a failed migration stays failed: active would hand it to Sidekiq
      Database.inTransaction(s, c -> stores.migrations().restore(c, m.id(), MigrationStatus.FINALIZING, back));
      return back.label();
    } catch (SQLException | RuntimeException e) {
      return null;
    }
  }

  private FinalizeResult finished(BatchedMigration m, FinalizeRun.Tally t, long t0, String message)
      throws SQLException {
    BatchedMigration after = stores.migrations().findById(db.session(), m.id()).orElse(m);
    return new FinalizeResult(FinalizeResult.Outcome.FINISHED, after, message, t.jobsRun(), t.jobsFailed(), t.rows(),
        elapsed(t0), List.of(), List.of());
  }

  private FinalizeResult failed(BatchedMigration m, FinalizeRun.Tally t, long t0) throws SQLException {
    db.inTransaction(c -> stores.migrations().transition(c, m.id(), MigrationStatus.Event.FAILURE));
    List<FailedJob> failedJobs = stores.statistics().failedWithLastError(db.session(), m.id(), db.layout().hasTransitionLogs(), FAILED_JOBS_SHOWN);
    BatchedMigration after = stores.migrations().findById(db.session(), m.id()).orElse(m);
    String msg = "Batched migration " + m.jobClassName() + " could not be completed and a manual action is"
        + " required.Check the admin panel at (`/admin/background_migrations`) for more details.";
    return new FinalizeResult(FinalizeResult.Outcome.FAILED, after, msg, t.jobsRun(), t.jobsFailed(), t.rows(),
        elapsed(t0), failedJobs, List.of());
  }

  /**
   * Stopped on request: the migration goes back to the state it had, so Sidekiq may carry on,
   * unless other bbm processes still work on it ({@code --join}): then it stays finalizing and
   * they carry on. A joiner ({@code previous} null) never changes the status.
   */
  private FinalizeResult interrupted(BatchedMigration m, MigrationStatus previous, FinalizeRun.Tally t, long t0)
      throws SQLException {
    String message;
    if (previous != null && AdvisoryLock.lastOut(db.session(), m.id())) {
      MigrationStatus back = previous; // failed stays failed: active would hand it to Sidekiq's scheduler
      db.inTransaction(c -> stores.migrations().restore(c, m.id(), MigrationStatus.FINALIZING, back));
      BatchedMigration after = stores.migrations().findById(db.session(), m.id()).orElse(m);
      message = "stopped on request; migration " + m.displayId() + " is " + after.status().label()
          + " again and a rerun continues where this one stopped";
    } else if (previous != null) {
      message = "stopped on request; migration " + m.displayId() + " stays finalizing because other bbm processes"
          + " (--join) still work on it: the last of them finishes it, or a rerun continues";
    } else {
      message = "stopped on request; this bbm no longer works on migration " + m.displayId() + ", the others"
          + " working on it carry on (if none is left, bbm finalize " + m.displayId() + " continues)";
    }
    BatchedMigration after = stores.migrations().findById(db.session(), m.id()).orElse(m);
    return new FinalizeResult(FinalizeResult.Outcome.INTERRUPTED, after, message, t.jobsRun(), t.jobsFailed(),
        t.rows(), elapsed(t0), List.of(), List.of());
  }

  private static Duration elapsed(long t0) {
    return Duration.ofNanos(System.nanoTime() - t0);
  }
}
