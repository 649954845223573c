package dev.bbm.engine;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.JobStatus;
import dev.bbm.store.Database;
import dev.bbm.store.JobClaims;
import dev.bbm.store.SqlErrors;
import dev.bbm.store.SubBatchUpdate;
import dev.bbm.store.TransitionLogStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Executes one job that its claim already marked running, as GitLab's wrapper does: the
 * sub-batches (each its own transaction, one statement, one round trip), then succeeded or failed
 * with the error, in one short transaction with its transition log. Nothing else is written while
 * the sub-batches run but a touch of the job's updated_at every 30 s. Safe to share between
 * workers: every call names its connection.
 */
final class JobRunner {
  /** How one run ended. */
  record Outcome(BatchedJob job, boolean succeeded, boolean interrupted, long rows, Duration took,
      SQLException error) {}

  private static final long TOUCH_EVERY_NANOS = Duration.ofSeconds(30).toNanos();

  private final JobClaims jobs;
  private final TransitionLogStore logs;
  private final SubBatchUpdate update;
  private final BooleanSupplier stopRequested;
  private final Consumer<String> warnOnce;

  JobRunner(JobClaims jobs, TransitionLogStore logs, SubBatchUpdate update, BooleanSupplier stopRequested,
      Consumer<String> warnOnce) {
    this.jobs = jobs;
    this.logs = logs;
    this.update = update;
    this.stopRequested = stopRequested;
    this.warnOnce = warnOnce;
  }

  /**
   * Runs the sub-batches of a running job on {@code c}. Without a sizer, GitLab's each_batch:
   * sub-batches of the job's sub_batch_size rows. With one ({@code --fast}), sub-batches by key
   * range, as wide as the sizer says (at most {@code maxWidth} when not null), and the widest
   * sub-batch in rows recorded as the job's sub_batch_size.
   */
  Outcome run(Connection c, BatchedJob running, SubBatchSizer sizer, Integer maxWidth, int pauseMs)
      throws SQLException {
    BatchMetrics metrics = new BatchMetrics();
    long t0 = System.nanoTime();
    long lastTouch = t0;
    long cursor = running.minValue();
    long widestRows = 0;
    boolean interrupted = false;
    try {
      while (update != null) {
        long s0 = System.nanoTime();
        long coveredUpTo;
        if (sizer == null) {
          int size = Math.max(1, Math.min(running.subBatchSize(), running.batchSize()));
          SubBatchUpdate.Result r = update.run(c, cursor, running.maxValue(), size);
          metrics.add((System.nanoTime() - s0) / 1e9, r.rowsUpdated());
          if (r.coveredUpTo() == null) {
            break;
          }
          coveredUpTo = r.coveredUpTo();
        } else {
          long room = running.maxValue() - cursor;
          int width = sizer.size(maxWidth == null ? room + 1 : Math.min(room + 1, maxWidth));
          long hi = room < width - 1L ? running.maxValue() : cursor + width - 1;
          long n = update.runRange(c, cursor, hi);
          double secs = (System.nanoTime() - s0) / 1e9;
          metrics.add(secs, n);
          sizer.observe(width, secs);
          widestRows = Math.max(widestRows, n);
          coveredUpTo = hi;
        }
        if (coveredUpTo >= running.maxValue()) {
          break;
        }
        cursor = coveredUpTo + 1;
        if (stopRequested.getAsBoolean()) {
          interrupted = true;
          break;
        }
        if (System.nanoTime() - lastTouch > TOUCH_EVERY_NANOS) {
          jobs.touch(c, running.id());
          lastTouch = System.nanoTime();
        }
        pause(pauseMs);
      }
    } catch (SQLException e) {
      if (SqlErrors.isConnectionLost(e)) {
        throw e;
      }
      if (sizer != null && SqlErrors.isTimeout(e)) {
        sizer.timedOut();
      }
      Duration took = Duration.ofNanos(System.nanoTime() - t0);
      finish(c, running, JobStatus.FAILED, metrics, e, null);
      return new Outcome(running, false, false, metrics.totalRows(), took, e);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    if (interrupted) {
      finishInterrupted(c, running, metrics);
      return new Outcome(running, false, true, metrics.totalRows(), took, null);
    }
    Integer used = sizer == null || widestRows == 0 ? null : (int) Math.min(Integer.MAX_VALUE, widestRows);
    finish(c, running, JobStatus.SUCCEEDED, metrics, null, used);
    return new Outcome(running, true, false, metrics.totalRows(), took, null);
  }

  private void finish(Connection c, BatchedJob job, JobStatus outcome, BatchMetrics metrics, SQLException error,
      Integer subBatchSize) throws SQLException {
    Database.inTransaction(c, tx -> {
      if (jobs.markFinished(tx, job.id(), outcome, metrics.toJson(), subBatchSize)) {
        log(tx, job.id(), JobStatus.RUNNING, outcome,
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
  private void finishInterrupted(Connection c, BatchedJob job, BatchMetrics metrics) throws SQLException {
    Database.inTransaction(c, tx -> {
      if (jobs.markFailedUncounted(tx, job.id(), metrics.toJson())) {
        log(tx, job.id(), JobStatus.RUNNING, JobStatus.FAILED, "bbm::Interrupted",
            "bbm was asked to stop between sub-batches; the attempt is not counted");
      }
      return null;
    });
  }

  /** A transition log row in the caller's transaction; a row that cannot be written is warned about once. */
  void log(Connection c, long jobId, JobStatus from, JobStatus to, String cls, String msg) throws SQLException {
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
