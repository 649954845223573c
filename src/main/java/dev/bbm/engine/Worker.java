package dev.bbm.engine;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.JobStatus;
import dev.bbm.domain.MigrationStatus;
import dev.bbm.domain.Pause;
import dev.bbm.store.Database;
import dev.bbm.store.JobClaims;
import dev.bbm.store.RunnerLocks;
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
  /** Whether pg_locks can be read here: without it no bbm runner is taken for gone. */
  private final boolean locksVisible;
  /** The job whose runner lock this worker's connection holds, or null. */
  private Long lockedJob;
  private final SubBatchSizer sizer;
  private final JobSizer jobSizer;
  private final JobCreation creation;
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
    this.locksVisible = RunnerLocks.visible(c);
    BatchedMigration m = run.migration();
    this.batchSize = run.startingBatchSize();
    this.sizer = new SubBatchSizer(m.subBatchSize(), run.options().target());
    this.jobSizer = new JobSizer(batchSize, m.maxBatchSize(), run.options().target());
    this.creation = new JobCreation(run, stores, sizer, jobSizer, runnerJson, this::lockNewJob);
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
        try {
          end = runJob(claim);
        } finally {
          releaseJobLock();
        }
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
   * running in the same transaction, so no other worker, here or in another process, can take it,
   * and this connection takes the job's runner lock before that transaction commits, so that the
   * job is never seen running without it. A claim that ends without a job gives the lock back.
   */
  private Claim claim() throws SQLException {
    Claim claim = null;
    try {
      claim = claimInTransaction();
      return claim;
    } finally {
      if (claim == null || claim.job() == null) {
        releaseJobLock();
      }
    }
  }

  private Claim claimInTransaction() throws SQLException {
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
      Optional<BatchedJob> stale = stores.claims().claimStaleRunning(tx, m.id(), run.options().staleAfter(),
          locksVisible);
      if (stale.isPresent()) {
        BatchedJob j = stale.get();
        String note = run.firstStaleNotice(j.id()) ? "job " + j.id() + " (" + j.rangeText() + ") is marked running"
            + " but its runner is gone; bbm retries it" : null;
        return start(tx, j, note);
      }
      Optional<BatchedJob> created = creation.next(tx, batchSize);
      if (created.isPresent()) {
        return Claim.of(created.get(), null);
      }
      Claim gap = creation.fillGap(tx, batchSize);
      if (gap != null) {
        return gap;
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
    if (!lockJob(tx, job.id())) {
      // another session holds the job's runner lock: it still runs the job, whatever its row says
      return Claim.NOTHING;
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

  /** Takes the runner lock of a job about to be marked running; false when another session holds it. */
  private boolean lockJob(Connection tx, long jobId) throws SQLException {
    if (!RunnerLocks.tryLock(tx, jobId)) {
      return false;
    }
    lockedJob = jobId;
    return true;
  }

  /** The runner lock of a job just inserted running; held elsewhere (a key shared past 2^32 ids), nothing is kept. */
  private void lockNewJob(Connection tx, BatchedJob job) throws SQLException {
    if (!lockJob(tx, job.id())) {
      throw new BbmException(ExitCode.FAILURE, "the runner lock of new job " + job.id() + " of migration "
          + run.migration().displayId() + " is held by another session; bbm stops rather than run a job whose"
          + " runner could not be seen; run bbm finalize again");
    }
  }

  /**
   * Gives back the runner lock this worker holds, after its job was recorded finished (or its claim
   * came to nothing). A lost connection has given it back already; on a pooled connection the pool
   * also releases every advisory lock before it lends the connection again.
   */
  private void releaseJobLock() {
    if (lockedJob == null) {
      return;
    }
    try {
      RunnerLocks.unlock(c, lockedJob);
    } catch (SQLException ignored) {
      // the connection is gone, and the lock with it
    }
    lockedJob = null;
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
