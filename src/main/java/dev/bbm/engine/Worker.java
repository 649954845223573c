package dev.bbm.engine;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.Cursor;
import dev.bbm.domain.CursorRange;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.JobRange;
import dev.bbm.domain.JobStatus;
import dev.bbm.domain.MigrationStatus;
import dev.bbm.domain.Pause;
import dev.bbm.store.Database;
import dev.bbm.store.JobClaims;
import dev.bbm.store.Sessions;
import dev.bbm.store.SqlErrors;
import dev.bbm.store.Stores;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * One finalize worker on its own connection: claims a job, runs it, records what GitLab records,
 * and again, until nothing is left anywhere or it must stop.
 */
final class Worker implements Callable<WorkerEnd> {
  /** How long a worker with nothing to claim waits before looking again while other workers run jobs. */
  private static final Duration SETTLE_WAIT = Duration.ofMillis(200);
  /** After this long waiting for other workers' jobs, finalize says so. */
  private static final Duration WAIT_REPORT_AFTER = Duration.ofSeconds(5);

  private final FinalizeRun run;
  private final Connection c;
  private final Stores stores;
  private final FailurePolicy policy;
  private final ProgressListener progress;
  private final String runnerJson;
  private final SubBatchSizer sizer;
  private final JobSizer jobSizer;
  private int batchSize;
  private long waitingSince;

  Worker(FinalizeRun run, Connection c, Stores stores, FailurePolicy policy,
      ProgressListener progress) throws SQLException {
    this.run = run;
    this.c = c;
    this.stores = stores;
    this.policy = policy;
    this.progress = progress;
    this.runnerJson = RunnerIdentity.of(Sessions.identity(c)).toMetricsJson();
    BatchedMigration m = run.migration();
    this.batchSize = run.startingBatchSize();
    this.sizer = new SubBatchSizer(m.subBatchSize(), run.options().target());
    this.jobSizer = new JobSizer(batchSize, m.maxBatchSize(), run.options().target());
  }

  @Override
  public WorkerEnd call() throws SQLException {
    while (true) {
      if (run.stopping()) {
        return WorkerEnd.INTERRUPTED;
      }
      if (run.decided() != null) {
        return run.decided();
      }
      if (!run.gate().awaitClear(c)) {
        return WorkerEnd.INTERRUPTED;
      }
      Claim claim = claim();
      if (claim.changed() != null) {
        run.changedTo(claim.changed());
        return WorkerEnd.CHANGED;
      }
      WorkerEnd end;
      if (claim.job() != null) {
        waitingSince = 0;
        end = runJob(claim);
      } else {
        end = claim.retry() ? null : settle();
      }
      if (end != null) {
        return end;
      }
    }
  }

  /**
   * Under the migration's row lock: the first pending job, else a running job whose runner is
   * gone, else a new job after the last one, else a failed job to retry. The job is marked
   * running in the same transaction, so no other worker, here or in another process, can take it.
   */
  private Claim claim() throws SQLException {
    BatchedMigration m = run.migration();
    return Database.inTransaction(c, tx -> {
      Optional<MigrationStatus> status = stores.migrations().lockStatus(tx, m.id());
      if (status.isEmpty()) {
        throw new BbmException(ExitCode.FAILURE, "migration " + m.displayId() + " was deleted while bbm worked on it");
      }
      if (status.get() != MigrationStatus.FINALIZING) {
        return Claim.changed(status.get());
      }
      Optional<BatchedJob> pending = stores.claims().claimPending(tx, m.id());
      if (pending.isPresent()) {
        return start(tx, pending.get(), null);
      }
      Optional<BatchedJob> stale = stores.claims().claimStaleRunning(tx, m.id(), run.options().staleAfter());
      if (stale.isPresent()) {
        BatchedJob j = stale.get();
        String note = run.firstStaleNotice(j.id()) ? "job " + j.id() + " (" + j.rangeText() + ") is marked running"
            + " but its runner is gone; bbm retries it" : null;
        return start(tx, j, note);
      }
      Optional<BatchedJob> created = createNext(tx);
      if (created.isPresent()) {
        return Claim.of(created.get(), null);
      }
      Optional<BatchedJob> retriable = stores.claims().claimRetriable(tx, m.id());
      return retriable.isPresent() ? start(tx, retriable.get(), null) : Claim.NOTHING;
    });
  }

  private Claim start(Connection tx, BatchedJob job, String note) throws SQLException {
    boolean cursorMigration = run.plan().cursor() != null;
    if (job.cursorBased() != cursorMigration) {
      throw BbmException.usage("batched job " + job.id() + " has " + (job.cursorBased()
          ? "min_cursor/max_cursor (a cursor job) but migration " + run.migration().displayId() + " is batched by"
              + " integer range" : "min_value/max_value but migration " + run.migration().displayId()
              + " is batched by cursor") + "; bbm will not guess which keys it covers");
    }
    SidekiqGuard.refuseOverlap(stores, tx, run.migration(), job);
    Integer subOverride = run.isShrunk(job.id()) ? null : run.options().subBatchSize();
    Optional<BatchedJob> running = stores.claims().markRunning(tx, job, runnerJson, subOverride);
    if (running.isEmpty()) {
      return Claim.RETRY;
    }
    run.runner().log(tx, job.id(), job.status(), JobStatus.RUNNING, null, null);
    return Claim.of(running.get(), note);
  }

  /** GitLab's find_or_create_next_batched_job: next range after the last job, clamped to max_value. */
  private Optional<BatchedJob> createNext(Connection tx) throws SQLException {
    if (run.plan().cursor() != null) {
      return createNextCursor(tx, run.plan().cursor());
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
    int size = o.batchSize() != null ? o.batchSize()
        : o.fast() ? jobSizer.size(m.maxValue() - nextMin + 1, run.workers()) : batchSize;
    Optional<JobRange> bounds = run.plan().nextBatch(tx, nextMin, size);
    if (bounds.isEmpty()) {
      return Optional.empty();
    }
    JobRange range = JobRange.clamp(bounds.get().min(), bounds.get().max(), m.maxValue());
    if (range == null) {
      return Optional.empty();
    }
    int sub = Math.min(size, o.subBatchSize() != null ? o.subBatchSize()
        : run.adaptive() ? sizer.current() : m.subBatchSize());
    BatchedJob job = stores.claims().createRunning(tx, m.id(), range, size, Math.max(1, sub), m.pauseMs(), runnerJson);
    SidekiqGuard.refuseOverlap(stores, tx, m, job);
    run.runner().log(tx, job.id(), JobStatus.PENDING, JobStatus.RUNNING, null, null);
    return Optional.of(job);
  }

  /**
   * The same for a cursor-batched migration: the rows after the last job's max_cursor (or after
   * min_cursor), clamped to max_cursor. Its size is the optimizer's batch size (or --batch-size):
   * a cursor has no key width for --fast to measure.
   */
  private Optional<BatchedJob> createNextCursor(Connection tx, CursorPlan cursor) throws SQLException {
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
    run.runner().log(tx, job.id(), JobStatus.PENDING, JobStatus.RUNNING, null, null);
    return Optional.of(job);
  }

  /** Runs a claimed job and records its outcome; returns how the worker ends, or null to go on. */
  private WorkerEnd runJob(Claim claim) throws SQLException {
    FinalizeOptions o = run.options();
    BatchedJob job = claim.job();
    if (claim.note() != null) {
      progress.note(claim.note());
    }
    int pause = o.pauseMs() != null ? o.pauseMs() : o.fast() ? 0 : job.pauseMs();
    boolean adaptive = run.adaptive();
    Integer maxWidth = adaptive && run.isShrunk(job.id()) ? job.subBatchSize() : null;
    JobRunner.Outcome r = run.runner().run(c, job, adaptive ? sizer : null, maxWidth, pause);
    run.jobRan(r.rows());
    if (r.interrupted()) {
      return WorkerEnd.INTERRUPTED;
    }
    if (r.succeeded()) {
      recordSuccess(job, r);
      return null;
    }
    return recordFailure(r);
  }

  private void recordSuccess(BatchedJob job, JobRunner.Outcome r) throws SQLException {
    FinalizeOptions o = run.options();
    long covered = run.cover(r.job());
    progress.jobFinished(r.job(), true, r.rows(), r.took(), null, covered, run.totalKeys());
    if (o.batchSize() == null) {
      if (o.fast()) {
        jobSizer.observe(job.batchSize(), r.took().toNanos() / 1e9);
      } else {
        batchSize = policy.optimize(c, run.migration(), batchSize);
      }
    }
  }

  private WorkerEnd recordFailure(JobRunner.Outcome r) throws SQLException {
    BatchedMigration m = run.migration();
    run.jobFailed();
    String error = SqlErrors.railsClass(r.error()) + ": " + SqlErrors.firstLine(r.error().getMessage());
    progress.jobFinished(r.job(), false, r.rows(), r.took(), error, run.coveredKeys(), run.totalKeys());
    if (SqlErrors.isTimeout(r.error())) {
      policy.afterTimeout(c, run, r.job());
    }
    if (!policy.shouldStop(c, m)) {
      return null;
    }
    progress.warning("more than half of the last " + FailurePolicy.SHOULD_STOP_MINIMUM_JOBS
        + " or more jobs failed; the migration is marked failed, as GitLab's should_stop? does");
    Database.inTransaction(c, tx -> stores.migrations().transition(tx, m.id(), MigrationStatus.Event.FAILURE));
    run.decide(WorkerEnd.FAILED);
    return WorkerEnd.FAILED;
  }

  /**
   * Nothing to claim: under the migration's row lock, finish it when no job is active anywhere
   * (GitLab's finish_active_migration), fail it when a job failed for good, or wait for the jobs
   * other workers run (they may fail and need a retry). Returns null to look again.
   */
  private WorkerEnd settle() throws SQLException {
    BatchedMigration m = run.migration();
    long[] active = new long[1];
    WorkerEnd end = Database.inTransaction(c, tx -> {
      Optional<MigrationStatus> status = stores.migrations().lockStatus(tx, m.id());
      if (status.isEmpty() || status.get() != MigrationStatus.FINALIZING) {
        run.changedTo(status.orElse(null));
        return WorkerEnd.CHANGED;
      }
      JobClaims.Activity a = stores.claims().activity(tx, m.id());
      active[0] = a.active();
      if (a.active() > 0 || a.retriable() > 0) {
        return null;
      }
      if (a.failedForGood() > 0) {
        stores.migrations().transition(tx, m.id(), MigrationStatus.Event.FAILURE);
        return WorkerEnd.FAILED;
      }
      boolean finished = stores.claims().countNotSucceeded(tx, m.id()) == 0
          && stores.migrations().transition(tx, m.id(), MigrationStatus.Event.FINISH);
      return finished ? WorkerEnd.FINISHED : null;
    });
    if (end == WorkerEnd.FINISHED || end == WorkerEnd.FAILED) {
      run.decide(end);
    }
    if (end != null || active[0] == 0) {
      return end;
    }
    waitForOthers(m, active[0]);
    return run.stopping() ? WorkerEnd.INTERRUPTED : null;
  }

  private void waitForOthers(BatchedMigration m, long active) {
    long now = System.nanoTime();
    if (waitingSince == 0) {
      waitingSince = now;
    } else if (now - waitingSince > WAIT_REPORT_AFTER.toNanos()) {
      progress.waiting(active + " job(s) of " + m.displayId() + " still running in other workers");
    }
    Pause.sleep(SETTLE_WAIT);
  }
}
