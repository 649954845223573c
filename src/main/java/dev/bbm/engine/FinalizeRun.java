package dev.bbm.engine;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.MigrationStatus;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * What the workers of one finalize run share: the plan and options, the tallies, the stop flag
 * and the decision that ends every worker. Thread-safe; workers change it only through its methods.
 */
final class FinalizeRun {
  /** What the run did, for the result. */
  record Tally(int jobsRun, int jobsFailed, long rows) {}

  private final MigrationPlan plan;
  private final FinalizeOptions options;
  private final JobRunner runner;
  private final HealthGate gate;
  private final BooleanSupplier stopRequested;
  private final long totalKeys;
  private final Set<Long> shrunk = ConcurrentHashMap.newKeySet();
  private final Set<Long> announcedStale = ConcurrentHashMap.newKeySet();
  private final AtomicLong covered;
  private final AtomicInteger jobsRun = new AtomicInteger();
  private final AtomicInteger jobsFailed = new AtomicInteger();
  private final AtomicLong rows = new AtomicLong();
  private final AtomicBoolean abort = new AtomicBoolean();
  private final Set<Long> announcedGaps = ConcurrentHashMap.newKeySet();
  /** Below this key every stretch no job covers is filled or holds no row (gaps only shrink). */
  private final AtomicLong gapScanFrom = new AtomicLong(Long.MIN_VALUE);
  private volatile boolean gapsDone;
  private volatile WorkerEnd decided;
  private volatile MigrationStatus changedTo;

  FinalizeRun(MigrationPlan plan, FinalizeOptions options, JobRunner runner, HealthGate gate,
      BooleanSupplier stopRequested, Set<Long> announcedStale, long coveredKeys) {
    this.plan = plan;
    this.options = options;
    this.runner = runner;
    this.gate = gate;
    this.stopRequested = stopRequested;
    this.totalKeys = plan.totalKeys();
    this.announcedStale.addAll(announcedStale);
    this.covered = new AtomicLong(capped(coveredKeys));
  }

  MigrationPlan plan() {
    return plan;
  }

  BatchedMigration migration() {
    return plan.migration();
  }

  FinalizeOptions options() {
    return options;
  }

  JobRunner runner() {
    return runner;
  }

  HealthGate gate() {
    return gate;
  }

  int workers() {
    return Math.max(1, options.parallel());
  }

  /** Sub-batches sized to a target duration: --fast without a fixed --sub-batch-size. */
  boolean adaptive() {
    return options.fast() && options.subBatchSize() == null;
  }

  /** The batch size the run starts with: the option, else the migration's. */
  int startingBatchSize() {
    return options.batchSize() != null ? options.batchSize() : migration().batchSize();
  }

  /** True once the operator asked to stop or a worker failed. */
  boolean stopping() {
    return abort.get() || stopRequested.getAsBoolean();
  }

  void abort() {
    abort.set(true);
  }

  long totalKeys() {
    return totalKeys;
  }

  long coveredKeys() {
    return covered.get();
  }

  /** Counts a job's keys as covered; returns the keys covered so far. */
  long cover(BatchedJob job) {
    long keys = plan.keysIn(job);
    return covered.updateAndGet(v -> capped(v + keys));
  }

  /** Keys covered, never above the total when the total is known. */
  private long capped(long keys) {
    return totalKeys > 0 ? Math.min(totalKeys, keys) : keys;
  }

  void jobRan(long rowsChanged) {
    jobsRun.incrementAndGet();
    rows.addAndGet(rowsChanged);
  }

  void jobFailed() {
    jobsFailed.incrementAndGet();
  }

  Tally tally() {
    return new Tally(jobsRun.get(), jobsFailed.get(), rows.get());
  }

  /** True the first time a stale job is named, so each is announced once. */
  boolean firstStaleNotice(long jobId) {
    return announcedStale.add(jobId);
  }

  /** The key from which stretches no job covers are still to be looked for. */
  long gapScanFrom() {
    Long min = migration().minValue();
    return Math.max(gapScanFrom.get(), min == null ? Long.MIN_VALUE : min);
  }

  /** Every stretch below {@code key} is filled or empty; never moves back. */
  void gapScanFrom(long key) {
    gapScanFrom.accumulateAndGet(key, Math::max);
  }

  /** True once no stretch of the migration's keys is left without a job (or all such are empty). */
  boolean gapsDone() {
    return gapsDone;
  }

  void noGapsLeft() {
    gapsDone = true;
  }

  /** True the first time a gap (named by its last key, which stays as it is filled) is announced. */
  boolean firstGapNotice(long gapEnd) {
    return announcedGaps.add(gapEnd);
  }

  /** A job whose sub-batch size GitLab's timeout rules set; --sub-batch-size no longer overrides it. */
  void shrunk(long jobId) {
    shrunk.add(jobId);
  }

  boolean isShrunk(long jobId) {
    return shrunk.contains(jobId);
  }

  /** Ends every worker with this outcome. */
  void decide(WorkerEnd end) {
    decided = end;
  }

  WorkerEnd decided() {
    return decided;
  }

  void changedTo(MigrationStatus status) {
    changedTo = status;
  }

  /** The status someone else gave the migration (null when it was deleted or not changed). */
  MigrationStatus changedTo() {
    return changedTo;
  }
}
