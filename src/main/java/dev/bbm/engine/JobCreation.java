package dev.bbm.engine;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.Cursor;
import dev.bbm.domain.CursorRange;
import dev.bbm.domain.JobRange;
import dev.bbm.domain.JobStatus;
import dev.bbm.store.JobCoverage;
import dev.bbm.store.Stores;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * How a worker creates the next job under the migration's row lock: GitLab's
 * find_or_create_next_batched_job after the last job (by integer range or by cursor), and jobs for
 * stretches of the range no job covers. Each job is inserted running, with its runner lock and
 * transition log, in the caller's transaction.
 */
final class JobCreation {
  /** Takes the runner lock of a job just inserted running, in the claim's transaction. */
  interface Locker {
    void lock(Connection tx, BatchedJob job) throws SQLException;
  }

  private final FinalizeRun run;
  private final Stores stores;
  private final SubBatchSizer sizer;
  private final JobSizer jobSizer;
  private final String runnerJson;
  private final Locker locker;

  JobCreation(FinalizeRun run, Stores stores, SubBatchSizer sizer, JobSizer jobSizer, String runnerJson,
      Locker locker) {
    this.run = run;
    this.stores = stores;
    this.sizer = sizer;
    this.jobSizer = jobSizer;
    this.runnerJson = runnerJson;
    this.locker = locker;
  }

  /** GitLab's find_or_create_next_batched_job: next range after the last job, clamped to max_value. */
  Optional<BatchedJob> next(Connection tx, int batchSize) throws SQLException {
    if (run.plan().cursor() != null) {
      return createNextCursor(tx, run.plan().cursor(), batchSize);
    }
    BatchedMigration m = run.migration();
    FinalizeOptions o = run.options();
    Optional<BatchedJob> last = stores.jobRows().lastJob(tx, m.id());
    if (last.isPresent() && last.get().maxValue() == Long.MAX_VALUE) {
      return Optional.empty();
    }
    long nextMin = last.map(j -> j.maxValue() + 1).orElse(m.minValue());
    if (nextMin > m.maxValue()) {
      return Optional.empty();
    }
    return createWithin(tx, nextMin, m.maxValue(), batchSize);
  }

  /**
   * A job from the batching strategy's next range at or after {@code from}, clamped to {@code to},
   * inserted running with its transition log; empty when no row is left there.
   */
  private Optional<BatchedJob> createWithin(Connection tx, long from, long to, int batchSize) throws SQLException {
    BatchedMigration m = run.migration();
    FinalizeOptions o = run.options();
    int size = o.batchSize() != null ? o.batchSize()
        : o.fast() ? jobSizer.size(JobRange.keys(from, to), run.workers()) : batchSize;
    Optional<JobRange> bounds = run.plan().nextBatch(tx, from, size);
    if (bounds.isEmpty()) {
      return Optional.empty();
    }
    JobRange range = JobRange.clamp(bounds.get().min(), bounds.get().max(), to);
    if (range == null) {
      return Optional.empty();
    }
    int sub = Math.min(size, o.subBatchSize() != null ? o.subBatchSize()
        : run.adaptive() ? sizer.current() : m.subBatchSize());
    BatchedJob job = stores.claims().createRunning(tx, m.id(), range, size, Math.max(1, sub), m.pauseMs(), runnerJson);
    locker.lock(tx, job);
    SidekiqGuard.refuseOverlap(stores, tx, m, job);
    run.runner().log(tx, job.id(), JobStatus.PENDING, JobStatus.RUNNING, null, null);
    return Optional.of(job);
  }

  /**
   * Nothing after the last job: a job for the lowest stretch of min_value..max_value that no job
   * covers (a job row missing between two others) and that holds rows, cut by the batching
   * strategy from the first such row and clamped to the stretch's end, so it never reaches into
   * keys a job covers. Under the migration's row lock, like every claim, so no two workers or
   * processes fill the same stretch. Null when no such stretch is left; not for cursor batching.
   */
  Claim fillGap(Connection tx, int batchSize) throws SQLException {
    if (run.plan().cursor() != null || run.gapsDone() || run.migration().maxValue() == null) {
      return null;
    }
    while (true) {
      long from = run.gapScanFrom();
      Optional<JobCoverage.Gap> gap = from > run.migration().maxValue() ? Optional.empty()
          : run.plan().firstGap(tx, stores.coverage(), from);
      if (gap.isEmpty()) {
        run.noGapsLeft();
        return null;
      }
      JobCoverage.Gap g = gap.get();
      run.gapScanFrom(g.firstKey());
      Optional<BatchedJob> job = createWithin(tx, g.firstKey(), g.keys().max(), batchSize);
      if (job.isPresent()) {
        String note = run.firstGapNotice(g.keys().max()) ? "keys " + g.keys() + " had no job; bbm creates jobs"
            + " for them" : null;
        return Claim.of(job.get(), note);
      }
      if (g.keys().max() == Long.MAX_VALUE) {
        run.noGapsLeft();
        return null;
      }
      // the batching found no row where the probe did (its rows changed meanwhile): look further on
      run.gapScanFrom(g.keys().max() + 1);
    }
  }

  /**
   * The same for a cursor-batched migration: the rows after the last job's max_cursor (or after
   * min_cursor), clamped to max_cursor. Its size is the optimizer's batch size (or --batch-size):
   * a cursor has no key width for --fast to measure.
   */
  private Optional<BatchedJob> createNextCursor(Connection tx, CursorPlan cursor, int batchSize)
      throws SQLException {
    BatchedMigration m = run.migration();
    FinalizeOptions o = run.options();
    Cursor lastMax = stores.jobRows().lastCursorJob(tx, m.id()).map(j -> j.cursor().max()).orElse(null);
    int size = o.batchSize() != null ? o.batchSize() : batchSize;
    Optional<CursorRange> bounds = cursor.batching().nextRange(tx, cursor.after(lastMax), size);
    if (bounds.isEmpty()) {
      return Optional.empty();
    }
    CursorRange range = CursorRange.clamp(bounds.get().min(), bounds.get().max(), cursor.bounds().max());
    if (range == null) {
      return Optional.empty();
    }
    int sub = Math.min(size, o.subBatchSize() != null ? o.subBatchSize() : m.subBatchSize());
    BatchedJob job = stores.claims().createRunningCursor(tx, m.id(), range, size, Math.max(1, sub), m.pauseMs(),
        runnerJson);
    locker.lock(tx, job);
    run.runner().log(tx, job.id(), JobStatus.PENDING, JobStatus.RUNNING, null, null);
    return Optional.of(job);
  }
}
