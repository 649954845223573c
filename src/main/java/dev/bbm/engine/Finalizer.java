package dev.bbm.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bbm.domain.BatchOptimizer;
import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.Durations;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.FailedJob;
import dev.bbm.domain.FailureRules;
import dev.bbm.domain.JobCounts;
import dev.bbm.domain.JobRange;
import dev.bbm.domain.JobStatus;
import dev.bbm.domain.MigrationStatus;
import dev.bbm.domain.Selection;
import dev.bbm.jobs.JobRegistry;
import dev.bbm.store.AdvisoryLock;
import dev.bbm.store.Database;
import dev.bbm.store.JobStore;
import dev.bbm.store.MigrationStore;
import dev.bbm.store.Sessions;
import dev.bbm.store.SqlErrors;
import dev.bbm.store.TransitionLogStore;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * GitLab's BatchedMigrationRunner.finalize (reference §4.5), run inline by bbm: fence, run
 * pending and stale jobs, create and run new jobs, retry failed ones, then finish or fail.
 */
final class Finalizer {
  private static final int SHOULD_STOP_MINIMUM_JOBS = 50;
  private static final double SHOULD_STOP_FAILED_RATIO = 0.5;
  private static final int FAILED_JOBS_SHOWN = 20;

  private final Database db;
  private final JobRegistry registry;
  private final ObjectMapper json;
  private final ProgressListener progress;
  private final BooleanSupplier stopRequested;
  private final MigrationStore migrations;
  private final JobStore jobs;
  private boolean warnedTransitionLogs;

  Finalizer(Database db, JobRegistry registry, ObjectMapper json, ProgressListener progress,
      BooleanSupplier stopRequested) {
    this.db = db;
    this.registry = registry;
    this.json = json;
    this.progress = progress;
    this.stopRequested = stopRequested;
    this.migrations = new MigrationStore(db);
    this.jobs = new JobStore(db);
  }

  FinalizeResult finalize(Selection selection, FinalizeOptions options) throws SQLException {
    long t0 = System.nanoTime();
    db.requireBatchedTables();
    Optional<BatchedMigration> found = MigrationResolver.find(db, selection);
    if (found.isEmpty()) {
      String msg = "Could not find batched background migration for the given configuration: "
          + MigrationResolver.configurationText(selection);
      return new FinalizeResult(FinalizeResult.Outcome.NOT_FOUND, null, msg, 0, 0, 0, Duration.ZERO, List.of(),
          List.of());
    }
    BatchedMigration m = found.get();
    if (m.status().isDone()) {
      return new FinalizeResult(FinalizeResult.Outcome.ALREADY_DONE, m,
          "Batched background migration for the given configuration is already " + m.status().label() + ": "
              + m.displayId() + " " + m.configurationText(), 0, 0, 0, Duration.ZERO, List.of(), List.of());
    }
    MigrationPlan plan = MigrationPlan.check(m, db, registry, json);
    plan.warnings().forEach(progress::warning);
    validateOverrides(m, options);
    if (options.dryRun()) {
      return dryRun(plan, options);
    }
    if (!AdvisoryLock.tryLock(db.session(), m.id())) {
      throw busy(m);
    }
    try {
      return run(plan, options, t0);
    } finally {
      progress.ended();
      try {
        AdvisoryLock.unlock(db.session(), m.id());
      } catch (SQLException ignored) {
        // the session is gone and with it the lock
      }
    }
  }

  private BbmException busy(BatchedMigration m) throws SQLException {
    Optional<AdvisoryLock.Holder> holder = AdvisoryLock.holder(db.session(), m.id());
    String who = holder.map(h -> "pid " + h.pid() + " (application " + (h.applicationName() == null
        || h.applicationName().isEmpty() ? "unnamed" : h.applicationName())
        + (h.clientAddress() == null ? "" : ", client " + h.clientAddress()) + ", connected since "
        + h.since() + ")").orElse("another session");
    return new BbmException(ExitCode.BUSY, "migration " + m.displayId() + " is already being finalized by "
        + who + "; wait for it to finish or stop that process");
  }

  private static void validateOverrides(BatchedMigration m, FinalizeOptions o) {
    int batch = o.batchSize() != null ? o.batchSize() : m.batchSize();
    int sub = o.subBatchSize() != null ? o.subBatchSize() : m.subBatchSize();
    if (sub > batch) {
      throw BbmException.usage("--sub-batch-size " + sub + " is larger than the batch size " + batch
          + "; a sub-batch must fit in its job");
    }
  }

  private FinalizeResult run(MigrationPlan plan, FinalizeOptions o, long t0) throws SQLException {
    BatchedMigration m = plan.migration();
    MigrationStatus previous = m.status();
    TransitionLogStore logs = new TransitionLogStore(db.layout());
    Sessions.Identity me = Sessions.identity(db.session());
    String runnerJson = "{\"bbm_runner\": {\"pid\": " + me.pid() + ", \"backend_start\": \""
        + me.backendStart() + "\"}}";
    int[] reset = new int[1];
    boolean fenced = db.inTransaction(c -> {
      reset[0] = jobs.resetBlockedAttempts(c, m.id());
      return migrations.transition(c, m.id(), MigrationStatus.Event.FINALIZE);
    });
    if (!fenced) {
      throw new BbmException(ExitCode.BUSY, "migration " + m.displayId() + " changed while bbm was fencing it;"
          + " run the command again");
    }
    if (reset[0] > 0) {
      progress.note("reset the attempts of " + reset[0] + " blocked job(s) so they can run again");
    }
    Set<Long> staleRunning;
    try {
      staleRunning = fenceRunningJobs(m, o, previous);
    } catch (RuntimeException | SQLException e) {
      db.inTransaction(c -> migrations.restore(c, m.id(), MigrationStatus.FINALIZING, previous));
      throw e;
    }
    Sessions.applyTimeouts(db.session(), o.statementTimeout(), o.lockTimeout());
    JobRunner runner = new JobRunner(db, jobs, logs, plan.update(), stopRequested, this::warnTransitionLogsOnce);

    long totalKeys = m.maxValue() - m.minValue() + 1;
    JobCounts counts = jobs.counts(List.of(m.id())).getOrDefault(m.id(), JobCounts.NONE);
    long covered = Math.min(totalKeys, counts.succeededKeys());
    progress.started(m, totalKeys, covered);

    int batchSize = o.batchSize() != null ? o.batchSize() : m.batchSize();
    int jobsRun = 0;
    int jobsFailed = 0;
    long rows = 0;
    Set<Long> shrunk = new HashSet<>();
    while (true) {
      if (stopRequested.getAsBoolean()) {
        return interrupted(m, previous, jobsRun, jobsFailed, rows, t0);
      }
      BatchedJob job = nextJob(plan, batchSize, o, staleRunning);
      if (job == null) {
        break;
      }
      int jobPause = o.pauseMs() != null ? o.pauseMs() : job.pauseMs();
      Integer subOverride = shrunk.contains(job.id()) ? null : o.subBatchSize();
      Optional<JobRunner.Outcome> ran = runner.run(job, subOverride, jobPause, runnerJson);
      staleRunning.remove(job.id());
      if (ran.isEmpty()) {
        progress.warning("job " + job.id() + " changed while bbm was starting it; it is skipped this time");
        continue;
      }
      JobRunner.Outcome r = ran.get();
      jobsRun++;
      rows += r.rows();
      if (r.interrupted()) {
        return interrupted(m, previous, jobsRun, jobsFailed, rows, t0);
      }
      if (r.succeeded()) {
        covered = Math.min(totalKeys, covered + r.job().range().width());
        progress.jobFinished(r.job(), true, r.rows(), r.took(), null, covered, totalKeys);
        if (o.batchSize() == null) {
          batchSize = optimize(m, batchSize);
        }
      } else {
        jobsFailed++;
        String error = SqlErrors.railsClass(r.error()) + ": " + SqlErrors.firstLine(r.error().getMessage());
        progress.jobFinished(r.job(), false, r.rows(), r.took(), error, covered, totalKeys);
        if (SqlErrors.isTimeout(r.error())) {
          applyTimeoutRules(plan, r.job(), shrunk);
        }
        if (shouldStop(m)) {
          progress.warning("more than half of the last " + SHOULD_STOP_MINIMUM_JOBS
              + " or more jobs failed; the migration is marked failed, as GitLab's should_stop? does");
          return failed(m, jobsRun, jobsFailed, rows, t0);
        }
      }
    }
    return finish(m, jobsRun, jobsFailed, rows, t0);
  }

  /**
   * The running jobs of the migration: stale ones (runner gone, or untouched for --stale-after)
   * are retried; a live one makes bbm wait (--wait) or stop busy.
   */
  private Set<Long> fenceRunningJobs(BatchedMigration m, FinalizeOptions o, MigrationStatus previous)
      throws SQLException {
    Set<Long> stale = new HashSet<>();
    boolean announced = false;
    while (true) {
      List<BatchedJob> running = jobs.withStatus(m.id(), JobStatus.RUNNING);
      BatchedJob live = null;
      for (BatchedJob j : running) {
        String why = staleReason(j, o.staleAfter());
        if (why != null) {
          if (stale.add(j.id())) {
            progress.note("job " + j.id() + " (" + j.range() + ") is marked running but " + why
                + "; bbm retries it");
          }
        } else {
          live = j;
        }
      }
      if (live == null) {
        return stale;
      }
      Duration age = Duration.between(live.updatedAt(), OffsetDateTime.now());
      if (!o.waitForRunning()) {
        throw new BbmException(ExitCode.BUSY, "job " + live.id() + " of migration " + m.displayId() + " is running"
            + " elsewhere (probably in Sidekiq; last updated " + Durations.format(age) + " ago); wait for it,"
            + " rerun with --wait, or treat it as stale with --stale-after " + Durations.format(age.plusSeconds(1)));
      }
      if (!announced) {
        announced = true;
        progress.waiting("job " + live.id() + " is running elsewhere");
      }
      sleep(Duration.ofSeconds(2));
      if (stopRequested.getAsBoolean()) {
        throw new BbmException(ExitCode.UNFINISHED, "stopped while waiting for job " + live.id()
            + " of migration " + m.displayId() + "; nothing was run");
      }
    }
  }

  /** Why a running job is stale, or null when it may be alive. */
  private String staleReason(BatchedJob j, Duration staleAfter) throws SQLException {
    Duration age = Duration.between(j.updatedAt(), OffsetDateTime.now());
    Runner runner = Runner.parse(json, j.metricsJson());
    if (runner != null && !AdvisoryLock.backendAlive(db.session(), runner.pid(), runner.backendStart())) {
      return "the bbm that ran it (pid " + runner.pid() + ") is gone";
    }
    if (runner != null) {
      return null;
    }
    if (age.compareTo(staleAfter) >= 0) {
      return "was last updated " + Durations.format(age) + " ago (stale after " + Durations.format(staleAfter) + ")";
    }
    return null;
  }

  /** bbm's runner identity inside a running job's metrics. */
  record Runner(int pid, OffsetDateTime backendStart) {
    static Runner parse(ObjectMapper json, String metricsJson) {
      try {
        JsonNode r = json.readTree(metricsJson == null ? "{}" : metricsJson).get("bbm_runner");
        if (r == null || !r.hasNonNull("pid") || !r.hasNonNull("backend_start")) {
          return null;
        }
        return new Runner(r.get("pid").asInt(), OffsetDateTime.parse(r.get("backend_start").asText()));
      } catch (Exception e) {
        return null;
      }
    }
  }

  /** Pending first, then stale running, then a new range, then GitLab's retriable jobs. */
  private BatchedJob nextJob(MigrationPlan plan, int batchSize, FinalizeOptions o, Set<Long> staleRunning)
      throws SQLException {
    BatchedMigration m = plan.migration();
    List<BatchedJob> pending = jobs.withStatus(m.id(), JobStatus.PENDING);
    if (!pending.isEmpty()) {
      return pending.get(0);
    }
    for (Long id : new ArrayList<>(staleRunning)) {
      Optional<BatchedJob> j = jobs.find(id);
      if (j.isPresent() && j.get().status() == JobStatus.RUNNING) {
        return j.get();
      }
      staleRunning.remove(id);
    }
    Optional<BatchedJob> created = createNextJob(plan, batchSize, o);
    if (created.isPresent()) {
      return created.get();
    }
    return jobs.firstRetriable(m.id(), o.staleAfter()).orElse(null);
  }

  /** GitLab's find_or_create_next_batched_job: next range after the last job, clamped to max_value. */
  private Optional<BatchedJob> createNextJob(MigrationPlan plan, int batchSize, FinalizeOptions o)
      throws SQLException {
    BatchedMigration m = plan.migration();
    Optional<BatchedJob> last = jobs.lastJob(m.id());
    if (last.isPresent() && last.get().maxValue() == Long.MAX_VALUE) {
      return Optional.empty();
    }
    long nextMin = last.map(j -> j.maxValue() + 1).orElse(m.minValue());
    if (nextMin > m.maxValue()) {
      return Optional.empty();
    }
    Optional<JobRange> bounds = plan.nextBatch(db.session(), nextMin, batchSize);
    if (bounds.isEmpty()) {
      return Optional.empty();
    }
    JobRange range = JobRange.clamp(bounds.get().min(), bounds.get().max(), m.maxValue());
    if (range == null) {
      return Optional.empty();
    }
    int sub = Math.min(batchSize, o.subBatchSize() != null ? o.subBatchSize() : m.subBatchSize());
    return Optional.of(db.inTransaction(c -> jobs.create(c, m.id(), range, batchSize, sub, m.pauseMs())));
  }

  /** GitLab's after-failure rules for timeouts: shrink the sub-batch, or split the job on its last attempt. */
  private void applyTimeoutRules(MigrationPlan plan, BatchedJob job, Set<Long> shrunk) throws SQLException {
    BatchedMigration m = plan.migration();
    Integer reduced = FailureRules.reducedSubBatchSize(job.attempts(), job.batchSize(), job.subBatchSize(),
        m.subBatchSize());
    if (reduced != null) {
      if (db.inTransaction(c -> jobs.reduceSubBatchSize(c, job.id(), reduced))) {
        shrunk.add(job.id());
        progress.note("job " + job.id() + " timed out: its sub-batch size is reduced from " + job.subBatchSize()
            + " to " + reduced + ", as GitLab does");
      }
      return;
    }
    if (!FailureRules.canSplit(job.attempts(), job.batchSize(), job.subBatchSize())) {
      return;
    }
    int half = job.batchSize() / 2;
    Long midpoint = half < 1 ? null
        : plan.nextBatch(db.session(), job.minValue(), half).map(JobRange::max).orElse(null);
    Long copy = db.inTransaction(c -> jobs.split(c, job, half, midpoint));
    if (copy != null) {
      shrunk.add(job.id());
      shrunk.add(copy);
      progress.note("job " + job.id() + " timed out on its last attempt: split into " + job.minValue() + ".."
          + midpoint + " and " + (midpoint + 1) + ".." + job.maxValue() + " (job " + copy
          + "), both retried, as GitLab's split_and_retry! does");
    } else {
      progress.note("job " + job.id() + " timed out on its last attempt: its batch size is halved to "
          + Math.max(1, half) + " and it is retried");
    }
  }

  /** GitLab's optimize! after a successful job; returns the batch size for the next job. */
  private int optimize(BatchedMigration m, int batchSize) throws SQLException {
    Double efficiency = BatchOptimizer.smoothedEfficiency(
        jobs.recentSucceededSeconds(m.id(), BatchOptimizer.jobsNeeded()), m.interval());
    int next = BatchOptimizer.optimize(batchSize, m.maxBatchSize(), efficiency);
    if (next != batchSize && next >= m.subBatchSize()) {
      db.inTransaction(c -> {
        migrations.updateBatchSize(c, m.id(), next);
        return null;
      });
      return next;
    }
    return batchSize;
  }

  /** GitLab's should_stop?: at least 50 jobs since started_at and more than half of them failed. */
  private boolean shouldStop(BatchedMigration m) throws SQLException {
    BatchedMigration fresh = migrations.findById(m.id()).orElse(m);
    if (fresh.startedAt() == null) {
      return false;
    }
    long[] createdFailed = jobs.createdAndFailedSince(m.id(), fresh.startedAt());
    if (createdFailed[0] < SHOULD_STOP_MINIMUM_JOBS) {
      return false;
    }
    return (double) createdFailed[1] / createdFailed[0] > SHOULD_STOP_FAILED_RATIO;
  }

  /** GitLab's finish_active_migration: failed when a job failed for good, else finished. */
  private FinalizeResult finish(BatchedMigration m, int jobsRun, int jobsFailed, long rows, long t0)
      throws SQLException {
    if (!jobs.withStatus(m.id(), JobStatus.FAILED).isEmpty()) {
      return failed(m, jobsRun, jobsFailed, rows, t0);
    }
    boolean finished = db.inTransaction(c -> jobs.countNotSucceeded(c, m.id()) == 0
        && migrations.transition(c, m.id(), MigrationStatus.Event.FINISH));
    BatchedMigration after = migrations.findById(m.id()).orElse(m);
    if (!finished) {
      throw new BbmException(ExitCode.UNFINISHED, "migration " + m.displayId() + " still has jobs that have not"
          + " succeeded (status " + after.status().label() + "); run the command again");
    }
    return new FinalizeResult(FinalizeResult.Outcome.FINISHED, after, "migration " + m.displayId() + " is finished",
        jobsRun, jobsFailed, rows, elapsed(t0), List.of(), List.of());
  }

  private FinalizeResult failed(BatchedMigration m, int jobsRun, int jobsFailed, long rows, long t0)
      throws SQLException {
    db.inTransaction(c -> migrations.transition(c, m.id(), MigrationStatus.Event.FAILURE));
    List<FailedJob> failedJobs = jobs.failedWithLastError(m.id(), db.layout().hasTransitionLogs(), FAILED_JOBS_SHOWN);
    BatchedMigration after = migrations.findById(m.id()).orElse(m);
    String msg = "Batched migration " + m.jobClassName() + " could not be completed and a manual action is"
        + " required.Check the admin panel at (`/admin/background_migrations`) for more details.";
    return new FinalizeResult(FinalizeResult.Outcome.FAILED, after, msg, jobsRun, jobsFailed, rows, elapsed(t0),
        failedJobs, List.of());
  }

  /** Stopped on request: the migration goes back to the state it had, so Sidekiq may carry on. */
  private FinalizeResult interrupted(BatchedMigration m, MigrationStatus previous, int jobsRun, int jobsFailed,
      long rows, long t0) throws SQLException {
    MigrationStatus back = previous == MigrationStatus.FAILED ? MigrationStatus.ACTIVE : previous;
    db.inTransaction(c -> migrations.restore(c, m.id(), MigrationStatus.FINALIZING, back));
    BatchedMigration after = migrations.findById(m.id()).orElse(m);
    return new FinalizeResult(FinalizeResult.Outcome.INTERRUPTED, after, "stopped on request; migration "
        + m.displayId() + " is " + after.status().label() + " again and a rerun continues where this one stopped",
        jobsRun, jobsFailed, rows, elapsed(t0), List.of(), List.of());
  }

  private FinalizeResult dryRun(MigrationPlan plan, FinalizeOptions o) throws SQLException {
    BatchedMigration m = plan.migration();
    List<String> lines = new ArrayList<>();
    JobCounts counts = jobs.counts(List.of(m.id())).getOrDefault(m.id(), JobCounts.NONE);
    Optional<BatchedJob> last = jobs.lastJob(m.id());
    long nextMin = last.map(j -> j.maxValue() + 1).orElse(m.minValue());
    lines.add("take advisory lock (" + m.displayId() + ") and set status finalizing (5), from " + m.status().label());
    lines.add("reset attempts of blocked jobs; run " + counts.pending() + " pending, " + counts.running()
        + " running (if stale) and " + counts.failed() + " failed job(s)");
    if (nextMin <= m.maxValue()) {
      int batch = o.batchSize() != null ? o.batchSize() : m.batchSize();
      lines.add("create jobs of " + batch + " over " + m.columnName() + " from " + nextMin + " to " + m.maxValue());
    } else {
      lines.add("no new jobs: the last job already reaches max_value " + m.maxValue());
    }
    if (plan.update() == null) {
      lines.add("each job updates nothing (no column pair exists in the table)");
    } else {
      lines.add("each sub-batch runs: " + plan.update().sql());
    }
    lines.addAll(plan.describeJob());
    lines.add("then set status finished (3) with finished_at, or failed (4) if a job fails 3 times");
    return new FinalizeResult(FinalizeResult.Outcome.DRY_RUN, m, "dry run: nothing was changed", 0, 0, 0,
        Duration.ZERO, List.of(), lines);
  }

  private void warnTransitionLogsOnce(String sentence) {
    if (!warnedTransitionLogs) {
      warnedTransitionLogs = true;
      progress.warning(sentence);
    }
  }

  private static Duration elapsed(long t0) {
    return Duration.ofNanos(System.nanoTime() - t0);
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
