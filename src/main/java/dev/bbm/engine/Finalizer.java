package dev.bbm.engine;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.JobCounts;
import dev.bbm.domain.MigrationStatus;
import dev.bbm.domain.Selection;
import dev.bbm.jobs.JobRegistry;
import dev.bbm.store.Database;
import dev.bbm.store.Stores;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * GitLab's BatchedMigrationRunner.finalize (reference §4.5), run inline by bbm: check, fence, run
 * pending and stale jobs, create and run new jobs, retry failed ones, then finish or fail. This
 * class only puts the steps in order; each step lives in a class of its own.
 */
final class Finalizer {
  private final Database db;
  private final JobRegistry registry;
  private final ProgressListener progress;
  private final BooleanSupplier stopRequested;
  private final Stores stores;
  private final Fence fence;
  private final Outcomes outcomes;
  private boolean warnedTransitionLogs;

  Finalizer(Database db, JobRegistry registry, ProgressListener progress, BooleanSupplier stopRequested) {
    this.db = db;
    this.registry = registry;
    this.progress = SynchronizedProgress.of(progress);
    this.stopRequested = stopRequested;
    this.stores = db.stores();
    this.fence = new Fence(db, stores, this.progress, stopRequested);
    this.outcomes = new Outcomes(db, stores);
  }

  FinalizeResult finalize(Selection selection, FinalizeOptions options) throws SQLException {
    long t0 = System.nanoTime();
    db.requireBatchedTables();
    Optional<BatchedMigration> found = MigrationResolver.find(db, selection);
    if (found.isEmpty()) {
      return Outcomes.notFound(selection, MigrationResolver.miss(db, selection));
    }
    BatchedMigration m = found.get();
    if (m.status().isDone()) {
      return Outcomes.alreadyDone(m);
    }
    MigrationPlan plan = Preflight.check(m, db, registry);
    plan.warnings().forEach(progress::warning);
    Preflight.checkOverrides(m, options);
    if (options.dryRun()) {
      return new FinalizeDryRun(db).describe(plan, options);
    }
    return options.join() ? join(plan, options, t0) : lead(plan, options, t0);
  }

  /** The usual finalize: takes the lock, fences the migration, works, gives the lock back. */
  private FinalizeResult lead(MigrationPlan plan, FinalizeOptions o, long t0) throws SQLException {
    BatchedMigration m = plan.migration();
    fence.lock(m);
    try (SidekiqGuard guard = new SidekiqGuard(db, stores, progress, stopRequested)) {
      guard.acquire(m, o);
      OffsetDateTime fencedAt = OffsetDateTime.now();
      Set<Long> stale = fence.fence(m, o);
      guard.awaitGrace(m, o, m.status() == MigrationStatus.ACTIVE ? fencedAt : m.updatedAt(), m.status());
      FinalizeResult r = work(plan, o, t0, m.status(), stale);
      guard.reportOverlap(m);
      return r;
    } finally {
      progress.ended();
      fence.unlock(m);
    }
  }

  /**
   * --join: works on a migration another bbm is finalizing, without its lock or its fencing. The
   * migration must be finalizing; while a finalizer holds the lock but has not fenced it yet, the
   * joiner waits a little.
   */
  private FinalizeResult join(MigrationPlan plan, FinalizeOptions o, long t0) throws SQLException {
    BatchedMigration fresh = fence.awaitFinalizer(plan.migration());
    if (fresh.status().isDone()) {
      return Outcomes.alreadyDone(fresh);
    }
    progress.note(fence.finalizerNote(fresh));
    try (SidekiqGuard guard = new SidekiqGuard(db, stores, progress, stopRequested)) {
      guard.awaitGrace(fresh, o, fresh.updatedAt(), null);
      FinalizeResult r = work(plan, o, t0, null, new HashSet<>());
      guard.reportOverlap(fresh);
      return r;
    } finally {
      progress.ended();
    }
  }

  /**
   * Runs the jobs on the workers and turns how they ended into the result. {@code previous} is
   * the status before finalize set it, null for a joiner.
   */
  private FinalizeResult work(MigrationPlan plan, FinalizeOptions o, long t0, MigrationStatus previous,
      Set<Long> staleRunning) throws SQLException {
    BatchedMigration m = plan.migration();
    JobCounts counts = stores.statistics().counts(db.session(), List.of(m.id())).getOrDefault(m.id(), JobCounts.NONE);
    long covered = plan.cursor() != null ? counts.succeededBatchSizes() : counts.succeededKeys();
    FinalizeRun run = newRun(plan, o, staleRunning, covered);
    FailurePolicy policy = new FailurePolicy(stores, progress);
    progress.started(m, run.totalKeys(), run.coveredKeys());
    WorkerPool.Ends ends = new WorkerPool(db).run(run,
        c -> new Worker(run, c, stores, policy, progress));
    FinalizeResult result = outcomes.decide(run, ends, previous, t0);
    if (result.outcome() == FinalizeResult.Outcome.FINISHED) {
      progress.completed();
    }
    return result;
  }

  private FinalizeRun newRun(MigrationPlan plan, FinalizeOptions o, Set<Long> staleRunning, long covered)
      throws SQLException {
    BatchedMigration m = plan.migration();
    FinalizeRun[] run = new FinalizeRun[1];
    BooleanSupplier stop = () -> run[0].stopping();
    JobRunner runner = new JobRunner(stores.claims(), stores.transitionLogs(), plan.statement(),
        plan.cursor() == null ? null : plan.cursor().statement(), stop, this::warnTransitionLogsOnce);
    HealthGate gate = new HealthGate(o.health(), m.tableName(), m.id(), progress, stop);
    run[0] = new FinalizeRun(plan, o, runner, gate, stopRequested, staleRunning, covered);
    return run[0];
  }

  private synchronized void warnTransitionLogsOnce(String sentence) {
    if (!warnedTransitionLogs) {
      warnedTransitionLogs = true;
      progress.warning(sentence);
    }
  }
}
