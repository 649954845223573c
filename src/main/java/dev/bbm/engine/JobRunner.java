package dev.bbm.engine;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.JobStatus;
import dev.bbm.store.Database;
import dev.bbm.store.JobStore;
import dev.bbm.store.SqlErrors;
import dev.bbm.store.SubBatchUpdate;
import dev.bbm.store.TransitionLogStore;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Executes one job as GitLab's wrapper does: mark running (attempts + 1, transition log), run
 * the sub-batches (each its own transaction), then mark succeeded or failed with the error.
 */
final class JobRunner {
  /** How one run ended. */
  record Outcome(BatchedJob job, boolean succeeded, boolean interrupted, long rows, Duration took,
      SQLException error) {}

  private static final long TOUCH_EVERY_NANOS = Duration.ofSeconds(30).toNanos();

  private final Database db;
  private final JobStore jobs;
  private final TransitionLogStore logs;
  private final SubBatchUpdate update;
  private final BooleanSupplier stopRequested;
  private final Consumer<String> warnOnce;

  JobRunner(Database db, JobStore jobs, TransitionLogStore logs, SubBatchUpdate update,
      BooleanSupplier stopRequested, Consumer<String> warnOnce) {
    this.db = db;
    this.jobs = jobs;
    this.logs = logs;
    this.update = update;
    this.stopRequested = stopRequested;
    this.warnOnce = warnOnce;
  }

  /** Runs the job; empty when its row changed under us (somebody else took it). */
  Optional<Outcome> run(BatchedJob job, Integer subBatchOverride, int pauseMs, String runnerJson)
      throws SQLException {
    Optional<BatchedJob> started = db.inTransaction(c -> {
      Optional<BatchedJob> running = jobs.markRunning(c, job, runnerJson, subBatchOverride);
      if (running.isPresent()) {
        log(c, job.id(), job.status(), JobStatus.RUNNING, null, null);
      }
      return running;
    });
    if (started.isEmpty()) {
      return Optional.empty();
    }
    BatchedJob running = started.get();
    int size = Math.max(1, Math.min(running.subBatchSize(), running.batchSize()));
    BatchMetrics metrics = new BatchMetrics();
    long t0 = System.nanoTime();
    long lastTouch = t0;
    long cursor = running.minValue();
    boolean interrupted = false;
    try {
      while (update != null) {
        long s0 = System.nanoTime();
        SubBatchUpdate.Result r = update.run(db.session(), cursor, running.maxValue(), size);
        metrics.add((System.nanoTime() - s0) / 1e9, r.rowsUpdated());
        if (r.coveredUpTo() == null || r.coveredUpTo() >= running.maxValue()) {
          break;
        }
        cursor = r.coveredUpTo() + 1;
        if (stopRequested.getAsBoolean()) {
          interrupted = true;
          break;
        }
        if (System.nanoTime() - lastTouch > TOUCH_EVERY_NANOS) {
          jobs.touch(db.session(), running.id());
          lastTouch = System.nanoTime();
        }
        pause(pauseMs);
      }
    } catch (SQLException e) {
      if (SqlErrors.isConnectionLost(e)) {
        throw e;
      }
      Duration took = Duration.ofNanos(System.nanoTime() - t0);
      finish(running, JobStatus.FAILED, metrics, e);
      return Optional.of(new Outcome(running, false, false, metrics.totalRows(), took, e));
    }
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    if (interrupted) {
      finishInterrupted(running, metrics);
      return Optional.of(new Outcome(running, false, true, metrics.totalRows(), took, null));
    }
    finish(running, JobStatus.SUCCEEDED, metrics, null);
    return Optional.of(new Outcome(running, true, false, metrics.totalRows(), took, null));
  }

  private void finish(BatchedJob job, JobStatus outcome, BatchMetrics metrics, SQLException error)
      throws SQLException {
    db.inTransaction(c -> {
      if (jobs.markFinished(c, job.id(), outcome, metrics.toJson())) {
        log(c, job.id(), JobStatus.RUNNING, outcome,
            error == null ? null : SqlErrors.railsClass(error),
            error == null ? null : SqlErrors.railsMessage(error));
      }
      return null;
    });
  }

  /**
   * A stop request between sub-batches: the job is failed without counting the attempt (as
   * GitLab compensates a Sidekiq shutdown), so the next run retries it at once.
   */
  private void finishInterrupted(BatchedJob job, BatchMetrics metrics) throws SQLException {
    db.inTransaction(c -> {
      if (jobs.markFailedUncounted(c, job.id(), metrics.toJson())) {
        log(c, job.id(), JobStatus.RUNNING, JobStatus.FAILED, "bbm::Interrupted",
            "bbm was asked to stop between sub-batches; the attempt is not counted");
      }
      return null;
    });
  }

  private void log(java.sql.Connection c, long jobId, JobStatus from, JobStatus to, String cls, String msg)
      throws SQLException {
    if (!logs.record(c, jobId, from, to, cls, msg)) {
      warnOnce.accept("a transition log row could not be written (" + logs.lastProblem()
          + "); bbm goes on without the audit rows");
    }
  }

  private static void pause(int ms) {
    if (ms <= 0) {
      return;
    }
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
