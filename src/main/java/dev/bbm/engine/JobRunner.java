package dev.bbm.engine;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.Cursor;
import dev.bbm.domain.CursorRange;
import dev.bbm.domain.JobRange;
import dev.bbm.domain.JobStatus;
import dev.bbm.domain.Pause;
import dev.bbm.store.CursorSubBatch;
import dev.bbm.store.Database;
import dev.bbm.store.JobClaims;
import dev.bbm.store.JobStatistics;
import dev.bbm.store.SqlErrors;
import dev.bbm.store.SubBatchStatement;
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

  private final JobClaims claims;
  private final TransitionLogStore logs;
  private final SubBatchStatement update;
  private final CursorSubBatch cursorUpdate;
  private final BooleanSupplier stopRequested;
  private final Consumer<String> warnOnce;

  JobRunner(JobClaims claims, TransitionLogStore logs, SubBatchStatement update, CursorSubBatch cursorUpdate,
      BooleanSupplier stopRequested, Consumer<String> warnOnce) {
    this.claims = claims;
    this.logs = logs;
    this.update = update;
    this.cursorUpdate = cursorUpdate;
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
    Walk w = new Walk(running, sizer, maxWidth);
    long t0 = System.nanoTime();
    boolean interrupted;
    try {
      interrupted = running.cursorBased() ? walkCursor(c, w, pauseMs) : walk(c, w, pauseMs);
    } catch (SQLException e) {
      if (SqlErrors.isConnectionLost(e)) {
        throw e;
      }
      if (sizer != null && SqlErrors.isTimeout(e)) {
        sizer.timedOut();
      }
      Duration took = Duration.ofNanos(System.nanoTime() - t0);
      finish(c, running, JobStatus.FAILED, w.metrics, e, null);
      return new Outcome(running, false, false, w.metrics.totalRows(), took, e);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    if (interrupted) {
      finishInterrupted(c, running, w.metrics);
      return new Outcome(running, false, true, w.metrics.totalRows(), took, null);
    }
    Integer used = sizer == null || w.widestRows == 0 ? null : (int) Math.min(Integer.MAX_VALUE, w.widestRows);
    finish(c, running, JobStatus.SUCCEEDED, w.metrics, null, used);
    return new Outcome(running, true, false, w.metrics.totalRows(), took, null);
  }

  /** Where one job's walk over its range is: the next key, the metrics, the widest sub-batch. */
  private static final class Walk {
    final BatchedJob job;
    final SubBatchSizer sizer;
    final Integer maxWidth;
    final BatchMetrics metrics = new BatchMetrics();
    /** The sub-batch statement bound to this job (a definition's values computed once for it). */
    SubBatchStatement statement;
    long cursor;
    /** Whether the next sub-batch by key range first looks for the next row: at the start, and after an empty one. */
    boolean probe = true;
    long widestRows;
    long lastTouch = System.nanoTime();

    Walk(BatchedJob job, SubBatchSizer sizer, Integer maxWidth) {
      this.job = job;
      this.sizer = sizer;
      this.maxWidth = maxWidth;
      this.cursor = job.minValue(); // 0 for a cursor job, which walks its own way (walkCursor)
    }
  }

  /** Runs sub-batches until the job's range is covered (false) or a stop is requested (true). */
  private boolean walk(Connection c, Walk w, int pauseMs) throws SQLException {
    if (update != null) {
      w.statement = update.forJob(c, w.job.minValue(), w.job.maxValue());
    }
    while (update != null) {
      Long coveredUpTo = subBatch(c, w);
      if (coveredUpTo == null || coveredUpTo >= w.job.maxValue()) {
        return false;
      }
      w.cursor = coveredUpTo + 1;
      if (betweenSubBatches(c, w, pauseMs)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Between two sub-batches: true when a stop is requested; else the job's updated_at touched
   * every 30 s (so it is not taken for stuck) and GitLab's pause.
   */
  private boolean betweenSubBatches(Connection c, Walk w, int pauseMs) throws SQLException {
    if (stopRequested.getAsBoolean()) {
      return true;
    }
    if (System.nanoTime() - w.lastTouch > TOUCH_EVERY_NANOS) {
      claims.touch(c, w.job.id());
      w.lastTouch = System.nanoTime();
    }
    Pause.sleepMillis(pauseMs);
    return false;
  }

  /**
   * A cursor job's sub-batches (GitLab's keyset iterator, sub_batch_size rows each) until its
   * max_cursor is covered (false) or a stop is requested (true); --fast's key-width sub-batches do
   * not apply to cursors.
   */
  private boolean walkCursor(Connection c, Walk w, int pauseMs) throws SQLException {
    CursorRange range = w.job.cursor();
    Cursor from = range.min();
    boolean first = true;
    int size = Math.max(1, Math.min(w.job.subBatchSize(), w.job.batchSize()));
    CursorSubBatch forJob = cursorUpdate == null ? null : cursorUpdate.forJob(c);
    while (forJob != null) {
      long s0 = System.nanoTime();
      CursorSubBatch.Result r = forJob.run(c, from, first, range.max(), size);
      w.metrics.add((System.nanoTime() - s0) / 1e9, r.rowsChanged());
      // the sub-batch's SQL never passes max_cursor, in the column's collation: the walk ends when it reaches it
      // exactly or finds nothing left, never on Java's byte order (text cursors in a linguistic collation)
      if (r.coveredUpTo() == null || r.coveredUpTo().compareTo(range.max()) == 0) {
        return false;
      }
      from = r.coveredUpTo();
      first = false;
      if (betweenSubBatches(c, w, pauseMs)) {
        return true;
      }
    }
    return false;
  }

  /** One sub-batch from the walk's cursor; returns the last key it covered, or null when no rows were left. */
  private Long subBatch(Connection c, Walk w) throws SQLException {
    BatchedJob running = w.job;
    long s0 = System.nanoTime();
    if (w.sizer == null) {
      int size = Math.max(1, Math.min(running.subBatchSize(), running.batchSize()));
      SubBatchStatement.Result r = w.statement.run(c, w.cursor, running.maxValue(), size);
      w.metrics.add((System.nanoTime() - s0) / 1e9, r.rowsUpdated());
      return r.coveredUpTo();
    }
    if (w.probe) {
      // an empty stretch of keys: step to the next row instead of walking it (ids up to 2^62)
      Long next = w.statement.nextKey(c, w.cursor, running.maxValue());
      if (next == null) {
        return running.maxValue();
      }
      w.cursor = next;
      s0 = System.nanoTime();
    }
    long room = JobRange.keys(w.cursor, running.maxValue());
    int width = w.sizer.size(w.maxWidth == null ? room : Math.min(room, w.maxWidth));
    long hi = room <= width ? running.maxValue() : w.cursor + width - 1;
    long n = w.statement.runRange(c, w.cursor, hi);
    double secs = (System.nanoTime() - s0) / 1e9;
    w.metrics.add(secs, n);
    w.sizer.observe(width, secs);
    w.widestRows = Math.max(w.widestRows, n);
    w.probe = n == 0;
    return hi;
  }

  private void finish(Connection c, BatchedJob job, JobStatus outcome, BatchMetrics metrics, SQLException error,
      Integer subBatchSize) throws SQLException {
    Database.inTransaction(c, tx -> {
      if (claims.markFinished(tx, job.id(), outcome, metrics.toJson(), subBatchSize)) {
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
      if (claims.markFailedUncounted(tx, job.id(), metrics.toJson())) {
        log(tx, job.id(), JobStatus.RUNNING, JobStatus.FAILED, JobStatistics.INTERRUPTED,
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
}
