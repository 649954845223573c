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
import dev.bbm.store.JobClaims;
import dev.bbm.store.MigrationStore;
import dev.bbm.store.Sessions;
import dev.bbm.store.SqlErrors;
import dev.bbm.store.SqlState;
import dev.bbm.store.Stores;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * GitLab's BatchedMigrationRunner.finalize (reference §4.5), run inline by bbm: fence, run
 * pending and stale jobs, create and run new jobs, retry failed ones, then finish or fail.
 */
final class Finalizer {
  private static final int SHOULD_STOP_MINIMUM_JOBS = 50;
  private static final double SHOULD_STOP_FAILED_RATIO = 0.5;
  private static final int FAILED_JOBS_SHOWN = 20;
  /** How long a worker with nothing to claim waits before looking again while other workers run jobs. */
  private static final Duration SETTLE_WAIT = Duration.ofMillis(200);
  /** After this long waiting for other workers' jobs, finalize says so. */
  private static final Duration WAIT_REPORT_AFTER = Duration.ofSeconds(5);
  /** How long --join waits for a finalizer that holds the lock to fence the migration. */
  private static final Duration JOIN_WAIT = Duration.ofSeconds(30);

  private final Database db;
  private final JobRegistry registry;
  private final ObjectMapper json;
  private final ProgressListener progress;
  private final BooleanSupplier stopRequested;
  private final MigrationStore migrations;
  private final Stores stores;
  private boolean warnedTransitionLogs;

  Finalizer(Database db, JobRegistry registry, ObjectMapper json, ProgressListener progress,
      BooleanSupplier stopRequested) {
    this.db = db;
    this.registry = registry;
    this.json = json;
    this.progress = SynchronizedProgress.of(progress);
    this.stopRequested = stopRequested;
    this.stores = db.stores();
    this.migrations = stores.migrations();
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
    if (options.join()) {
      return join(plan, options, t0);
    }
    if (!AdvisoryLock.tryLock(db.session(), m.id())) {
      throw busy(m);
    }
    try {
      return run(plan, options, t0);
    } finally {
      progress.ended();
      try {
        AdvisoryLock.unlock(db.openSession(), m.id());
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
        + who + "; wait for it to finish, stop that process, or work with it: bbm finalize " + m.displayId()
        + " --join");
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
    int[] reset = new int[1];
    boolean fenced = db.inTransaction(c -> {
      reset[0] = stores.repairs().resetBlockedAttempts(c, m.id());
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
    return work(plan, o, t0, previous, staleRunning);
  }

  /**
   * --join: works on a migration another bbm is finalizing, without its lock or its fencing. The
   * migration must be finalizing; while a finalizer holds the lock but has not fenced it yet, the
   * joiner waits a little.
   */
  private FinalizeResult join(MigrationPlan plan, FinalizeOptions o, long t0) throws SQLException {
    BatchedMigration m = plan.migration();
    long deadline = System.nanoTime() + JOIN_WAIT.toNanos();
    while (true) {
      BatchedMigration fresh = migrations.findById(db.session(), m.id()).orElse(m);
      if (fresh.status() == MigrationStatus.FINALIZING) {
        break;
      }
      if (fresh.status().isDone()) {
        return new FinalizeResult(FinalizeResult.Outcome.ALREADY_DONE, fresh,
            "Batched background migration for the given configuration is already " + fresh.status().label() + ": "
                + fresh.displayId() + " " + fresh.configurationText(), 0, 0, 0, Duration.ZERO, List.of(), List.of());
      }
      boolean finalizer = AdvisoryLock.holder(db.session(), m.id()).isPresent();
      if (!finalizer || System.nanoTime() > deadline) {
        throw new BbmException(ExitCode.UNFINISHED, "nothing to join: migration " + m.displayId() + " is "
            + fresh.status().label() + " and no bbm is finalizing it; start it with bbm finalize " + m.displayId()
            + " (without --join), then join that run from other hosts");
      }
      if (stopRequested.getAsBoolean()) {
        throw new BbmException(ExitCode.UNFINISHED, "stopped while waiting to join migration " + m.displayId()
            + "; nothing was run");
      }
      sleep(Duration.ofMillis(200));
    }
    Optional<AdvisoryLock.Holder> holder = AdvisoryLock.holder(db.session(), m.id());
    progress.note("joining the finalize of " + m.displayId()
        + holder.map(h -> " run by pid " + h.pid() + (h.clientAddress() == null ? "" : " from " + h.clientAddress()))
            .orElse(" (its finalizer is gone; the workers left carry on)"));
    try {
      return work(plan, o, t0, null, new HashSet<>());
    } finally {
      progress.ended();
    }
  }

  /** How a worker ended. */
  private enum End { INTERRUPTED, FINISHED, FAILED, CHANGED }

  /** What one finalize run shares between its workers. */
  private final class Run {
    final MigrationPlan plan;
    final BatchedMigration m;
    final FinalizeOptions o;
    final int workers;
    final long totalKeys;
    final Set<Long> shrunk = ConcurrentHashMap.newKeySet();
    final Set<Long> announcedStale;
    final AtomicLong covered;
    final AtomicInteger jobsRun = new AtomicInteger();
    final AtomicInteger jobsFailed = new AtomicInteger();
    final AtomicLong rows = new AtomicLong();
    final AtomicBoolean abort = new AtomicBoolean();
    final BooleanSupplier stop;
    final JobRunner runner;
    final HealthGate gate;
    volatile End decided;
    volatile MigrationStatus changedTo;

    Run(MigrationPlan plan, FinalizeOptions o, Set<Long> announcedStale, long covered) throws SQLException {
      this.plan = plan;
      this.m = plan.migration();
      this.o = o;
      this.workers = Math.max(1, o.parallel());
      this.totalKeys = m.maxValue() - m.minValue() + 1;
      this.announcedStale = ConcurrentHashMap.newKeySet();
      this.announcedStale.addAll(announcedStale);
      this.covered = new AtomicLong(covered);
      this.stop = () -> abort.get() || stopRequested.getAsBoolean();
      this.runner = new JobRunner(stores.claims(), stores.transitionLogs(), plan.update(), stop,
          Finalizer.this::warnTransitionLogsOnce);
      this.gate = new HealthGate(o.health(), m.tableName(), m.id(), progress, stop);
    }

    boolean adaptive() {
      return o.fast() && o.subBatchSize() == null;
    }
  }

  /**
   * Runs the jobs on {@code parallel} connections (the session and, for more, one new connection
   * each: a worker keeps its connection for the whole run, because its backend names it as the
   * runner of its jobs and holds its worker lock, so a pool would add nothing but a thread), then
   * turns how the workers ended into the result. {@code previous} is null for a joiner.
   */
  private FinalizeResult work(MigrationPlan plan, FinalizeOptions o, long t0, MigrationStatus previous,
      Set<Long> staleRunning) throws SQLException {
    BatchedMigration m = plan.migration();
    long totalKeys = m.maxValue() - m.minValue() + 1;
    JobCounts counts = stores.statistics().counts(db.session(), List.of(m.id()))
        .getOrDefault(m.id(), JobCounts.NONE);
    Run run = new Run(plan, o, staleRunning, Math.min(totalKeys, counts.succeededKeys()));
    List<Connection> conns = new ArrayList<>();
    List<Connection> joined = new ArrayList<>();
    List<End> ends = new ArrayList<>();
    Throwable error = null;
    ExecutorService pool = null;
    try {
      conns.add(db.session());
      for (int i = 1; i < run.workers; i++) {
        conns.add(db.openAnother());
      }
      List<Worker> workers = new ArrayList<>();
      for (Connection c : conns) {
        Sessions.applyTimeouts(c, o.statementTimeout(), o.lockTimeout());
        AdvisoryLock.joinWorkers(c, m.id());
        joined.add(c);
        workers.add(new Worker(run, c));
      }
      progress.started(m, totalKeys, run.covered.get());
      List<Future<End>> others = new ArrayList<>();
      if (workers.size() > 1) {
        pool = Executors.newFixedThreadPool(workers.size() - 1, r -> {
          Thread t = new Thread(r, "bbm-worker");
          t.setDaemon(true);
          return t;
        });
        for (Worker w : workers.subList(1, workers.size())) {
          others.add(pool.submit(w));
        }
      }
      try {
        ends.add(workers.get(0).call());
      } catch (SQLException | RuntimeException e) {
        run.abort.set(true);
        error = e;
      }
      for (Future<End> f : others) {
        try {
          ends.add(f.get());
        } catch (ExecutionException e) {
          run.abort.set(true);
          if (error == null) {
            error = e.getCause();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          run.abort.set(true);
          ends.add(End.INTERRUPTED);
        }
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
      for (Connection c : joined) {
        try {
          AdvisoryLock.leaveWorkers(c, m.id());
        } catch (SQLException ignored) {
          // a lost connection has given its locks back already
        }
      }
      for (Connection c : conns.subList(Math.min(1, conns.size()), conns.size())) {
        try {
          c.close();
        } catch (SQLException ignored) {
          // closing a dead connection has nothing left to tell
        }
      }
    }
    if (error instanceof SQLException e && !SqlErrors.isConnectionLost(e)) {
      String now = restoreAfterError(m, previous);
      if (SqlErrors.isTimeout(e)) {
        throw timedOutOutsideJobs(m, o, e, now);
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
    int jobsRun = run.jobsRun.get();
    int jobsFailed = run.jobsFailed.get();
    long rows = run.rows.get();
    if (ends.contains(End.FAILED)) {
      return failed(m, jobsRun, jobsFailed, rows, t0);
    }
    if (ends.contains(End.FINISHED)) {
      return finished(m, jobsRun, jobsFailed, rows, t0, "migration " + m.displayId() + " is finished");
    }
    if (ends.contains(End.CHANGED)) {
      MigrationStatus now = run.changedTo;
      if (now != null && now.isDone()) {
        return finished(m, jobsRun, jobsFailed, rows, t0, "migration " + m.displayId() + " was finished by another"
            + " bbm working on it");
      }
      if (now == MigrationStatus.FAILED) {
        return failed(m, jobsRun, jobsFailed, rows, t0);
      }
      throw new BbmException(ExitCode.UNFINISHED, "migration " + m.displayId() + " became "
          + (now == null ? "deleted" : now.label()) + " while bbm worked on it, so bbm stopped; nothing is lost,"
          + " run the command again to continue");
    }
    return interrupted(m, previous, jobsRun, jobsFailed, rows, t0);
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
      MigrationStatus back = previous == MigrationStatus.FAILED ? MigrationStatus.ACTIVE : previous;
      Database.inTransaction(s, c -> migrations.restore(c, m.id(), MigrationStatus.FINALIZING, back));
      return back.label();
    } catch (SQLException | RuntimeException e) {
      return null;
    }
  }

  /**
   * A lock or statement timeout outside a job: while choosing the next job's range (the batching
   * query reads the table) or writing bookkeeping. Exit 3 with who holds a lock on the table.
   */
  private BbmException timedOutOutsideJobs(BatchedMigration m, FinalizeOptions o, SQLException e, String now) {
    boolean lock = SqlState.LOCK_NOT_AVAILABLE.is(e);
    String holders = null;
    if (lock) {
      try {
        Connection s = db.openSession();
        List<Sessions.TableLock> locks = s == null ? List.of() : Sessions.lockHolders(s, m.tableName());
        holders = locks.isEmpty() ? null : String.join(", ", locks.stream().limit(3).map(l -> "pid " + l.pid()
            + " " + l.mode() + (l.applicationName().isEmpty() ? "" : " application " + l.applicationName())
            + (l.state().isEmpty() ? "" : ", " + l.state())).toList());
      } catch (SQLException | RuntimeException ignored) {
        // who holds it is a courtesy; the sentence stands without it
      }
    }
    String what = !lock ? "a statement outside the jobs' sub-batches ran longer than --statement-timeout "
        + millis(o.statementTimeout())
        : holders == null ? "a lock kept bbm waiting longer than --lock-timeout " + millis(o.lockTimeout())
        : "table " + m.tableName() + " is locked (by " + holders + ") and bbm waited longer than --lock-timeout "
            + millis(o.lockTimeout());
    return new BbmException(ExitCode.UNFINISHED, what + " while choosing the next job of " + m.displayId()
        + " or recording its progress; nothing is lost" + (now == null ? "" : ", the migration is " + now + " again")
        + (lock ? ", run the same command again once the lock is gone"
            : ", run the same command again (with a longer --statement-timeout if it happens again)"), e);
  }

  private static String millis(Duration d) {
    return d.toMillis() % 1000 == 0 ? Durations.format(d) : d.toMillis() + "ms";
  }

  /** One worker: claims a job, runs it, and again, until nothing is left anywhere or it must stop. */
  private final class Worker implements Callable<End> {
    private final Run run;
    private final Connection c;
    private final String runnerJson;
    private final SubBatchSizer sizer;
    private final JobSizer jobSizer;
    private int batchSize;
    private long waitingSince;

    Worker(Run run, Connection c) throws SQLException {
      this.run = run;
      this.c = c;
      BatchedMigration m = run.m;
      Sessions.Identity me = Sessions.identity(c);
      this.runnerJson = "{\"bbm_runner\": {\"pid\": " + me.pid() + ", \"backend_start\": \""
          + me.backendStart() + "\"}}";
      this.batchSize = run.o.batchSize() != null ? run.o.batchSize() : m.batchSize();
      this.sizer = new SubBatchSizer(m.subBatchSize(), run.o.target());
      this.jobSizer = new JobSizer(batchSize, m.maxBatchSize(), run.o.target());
    }

    @Override
    public End call() throws SQLException {
      while (true) {
        if (run.stop.getAsBoolean()) {
          return End.INTERRUPTED;
        }
        if (run.decided != null) {
          return run.decided;
        }
        if (!run.gate.awaitClear(c)) {
          return End.INTERRUPTED;
        }
        Claim claim = claim();
        if (claim.changed != null) {
          run.changedTo = claim.changed;
          return End.CHANGED;
        }
        if (claim.job != null) {
          waitingSince = 0;
          End end = runJob(claim);
          if (end != null) {
            return end;
          }
          continue;
        }
        if (claim.retry) {
          continue;
        }
        End settled = settle();
        if (settled != null) {
          return settled;
        }
      }
    }

    /**
     * Under the migration's row lock: the first pending job, else a running job whose runner is
     * gone, else a new job after the last one, else a failed job to retry. The job is marked
     * running in the same transaction, so no other worker, here or in another process, can take it.
     */
    private Claim claim() throws SQLException {
      BatchedMigration m = run.m;
      return Database.inTransaction(c, tx -> {
        Optional<MigrationStatus> status = migrations.lockStatus(tx, m.id());
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
        Optional<BatchedJob> stale = stores.claims().claimStaleRunning(tx, m.id(), run.o.staleAfter());
        if (stale.isPresent()) {
          BatchedJob j = stale.get();
          String note = run.announcedStale.add(j.id()) ? "job " + j.id() + " (" + j.range() + ") is marked running"
              + " but its runner is gone; bbm retries it" : null;
          return start(tx, j, note);
        }
        Optional<BatchedJob> created = createNext(tx);
        if (created.isPresent()) {
          return Claim.of(created.get(), null);
        }
        Optional<BatchedJob> retriable = stores.claims().claimRetriable(tx, m.id());
        if (retriable.isPresent()) {
          return start(tx, retriable.get(), null);
        }
        return Claim.NOTHING;
      });
    }

    private Claim start(Connection tx, BatchedJob job, String note) throws SQLException {
      Integer subOverride = run.shrunk.contains(job.id()) ? null : run.o.subBatchSize();
      Optional<BatchedJob> running = stores.claims().markRunning(tx, job, runnerJson, subOverride);
      if (running.isEmpty()) {
        return Claim.RETRY;
      }
      run.runner.log(tx, job.id(), job.status(), JobStatus.RUNNING, null, null);
      return Claim.of(running.get(), note);
    }

    /** GitLab's find_or_create_next_batched_job: next range after the last job, clamped to max_value. */
    private Optional<BatchedJob> createNext(Connection tx) throws SQLException {
      BatchedMigration m = run.m;
      Optional<BatchedJob> last = stores.jobRows().lastJob(tx, m.id());
      if (last.isPresent() && last.get().maxValue() == Long.MAX_VALUE) {
        return Optional.empty();
      }
      long nextMin = last.map(j -> j.maxValue() + 1).orElse(m.minValue());
      if (nextMin > m.maxValue()) {
        return Optional.empty();
      }
      int size = run.o.batchSize() != null ? run.o.batchSize()
          : run.o.fast() ? jobSizer.size(m.maxValue() - nextMin + 1, run.workers) : batchSize;
      Optional<JobRange> bounds = run.plan.nextBatch(tx, nextMin, size);
      if (bounds.isEmpty()) {
        return Optional.empty();
      }
      JobRange range = JobRange.clamp(bounds.get().min(), bounds.get().max(), m.maxValue());
      if (range == null) {
        return Optional.empty();
      }
      int sub = Math.min(size, run.o.subBatchSize() != null ? run.o.subBatchSize()
          : run.adaptive() ? sizer.current() : m.subBatchSize());
      BatchedJob job = stores.claims().createRunning(tx, m.id(), range, size, Math.max(1, sub), m.pauseMs(),
          runnerJson);
      run.runner.log(tx, job.id(), JobStatus.PENDING, JobStatus.RUNNING, null, null);
      return Optional.of(job);
    }

    /** Runs a claimed job; returns how the worker ends, or null to go on. */
    private End runJob(Claim claim) throws SQLException {
      BatchedMigration m = run.m;
      FinalizeOptions o = run.o;
      BatchedJob job = claim.job;
      if (claim.note != null) {
        progress.note(claim.note);
      }
      int pause = o.pauseMs() != null ? o.pauseMs() : o.fast() ? 0 : job.pauseMs();
      boolean adaptive = run.adaptive();
      Integer maxWidth = adaptive && run.shrunk.contains(job.id()) ? job.subBatchSize() : null;
      JobRunner.Outcome r = run.runner.run(c, job, adaptive ? sizer : null, maxWidth, pause);
      run.jobsRun.incrementAndGet();
      run.rows.addAndGet(r.rows());
      if (r.interrupted()) {
        return End.INTERRUPTED;
      }
      if (r.succeeded()) {
        long covered = run.covered.updateAndGet(v -> Math.min(run.totalKeys, v + r.job().range().width()));
        progress.jobFinished(r.job(), true, r.rows(), r.took(), null, covered, run.totalKeys);
        if (o.batchSize() == null) {
          if (o.fast()) {
            jobSizer.observe(job.batchSize(), r.took().toNanos() / 1e9);
          } else {
            batchSize = optimize(c, m, batchSize);
          }
        }
        return null;
      }
      run.jobsFailed.incrementAndGet();
      String error = SqlErrors.railsClass(r.error()) + ": " + SqlErrors.firstLine(r.error().getMessage());
      progress.jobFinished(r.job(), false, r.rows(), r.took(), error, run.covered.get(), run.totalKeys);
      if (SqlErrors.isTimeout(r.error())) {
        applyTimeoutRules(c, run.plan, r.job(), run.shrunk);
      }
      if (shouldStop(c, m)) {
        progress.warning("more than half of the last " + SHOULD_STOP_MINIMUM_JOBS
            + " or more jobs failed; the migration is marked failed, as GitLab's should_stop? does");
        Database.inTransaction(c, tx -> migrations.transition(tx, m.id(), MigrationStatus.Event.FAILURE));
        run.decided = End.FAILED;
        return End.FAILED;
      }
      return null;
    }

    /**
     * Nothing to claim: under the migration's row lock, finish it when no job is active anywhere
     * (GitLab's finish_active_migration), fail it when a job failed for good, or wait for the jobs
     * other workers run (they may fail and need a retry). Returns null to look again.
     */
    private End settle() throws SQLException {
      BatchedMigration m = run.m;
      Object[] active = new Object[1];
      End end = Database.inTransaction(c, tx -> {
        Optional<MigrationStatus> status = migrations.lockStatus(tx, m.id());
        if (status.isEmpty() || status.get() != MigrationStatus.FINALIZING) {
          run.changedTo = status.orElse(null);
          return End.CHANGED;
        }
        JobClaims.Activity a = stores.claims().activity(tx, m.id());
        if (a.active() > 0) {
          active[0] = a.active();
          return null;
        }
        if (a.retriable() > 0) {
          return null;
        }
        if (a.failedForGood() > 0) {
          migrations.transition(tx, m.id(), MigrationStatus.Event.FAILURE);
          return End.FAILED;
        }
        if (stores.claims().countNotSucceeded(tx, m.id()) == 0
            && migrations.transition(tx, m.id(), MigrationStatus.Event.FINISH)) {
          return End.FINISHED;
        }
        return null;
      });
      if (end == End.FINISHED || end == End.FAILED) {
        run.decided = end;
      }
      if (end != null || active[0] == null) {
        return end;
      }
      long now = System.nanoTime();
      if (waitingSince == 0) {
        waitingSince = now;
      } else if (now - waitingSince > WAIT_REPORT_AFTER.toNanos()) {
        progress.waiting(active[0] + " job(s) of " + m.displayId() + " still running in other workers");
      }
      return sleepUnlessStopped(SETTLE_WAIT) ? null : End.INTERRUPTED;
    }

    private boolean sleepUnlessStopped(Duration d) {
      sleep(d);
      return !run.stop.getAsBoolean();
    }
  }

  /** A worker's claim: a job marked running, or why there is none. */
  private record Claim(BatchedJob job, String note, MigrationStatus changed, boolean retry) {
    static final Claim NOTHING = new Claim(null, null, null, false);
    static final Claim RETRY = new Claim(null, null, null, true);

    static Claim of(BatchedJob job, String note) {
      return new Claim(job, note, null, false);
    }

    static Claim changed(MigrationStatus status) {
      return new Claim(null, null, status, false);
    }
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
      List<BatchedJob> running = stores.jobRows().withStatus(db.session(), m.id(), JobStatus.RUNNING);
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
      Runner bbm = Runner.parse(live.metricsJson());
      if (!o.waitForRunning() && bbm != null) {
        throw new BbmException(ExitCode.BUSY, "job " + live.id() + " of migration " + m.displayId() + " is running"
            + " in another bbm (backend pid " + bbm.pid() + "), which is still working on it; wait for it, or"
            + " work with it: bbm finalize " + m.displayId() + " --join");
      }
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
    Runner runner = Runner.parse(j.metricsJson());
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

  /**
   * bbm's runner identity inside a running job's metrics. Read with bbm's own small JSON reader:
   * status calls this too, and a Jackson ObjectMapper would cost it about 30 ms of start-up.
   */
  record Runner(int pid, OffsetDateTime backendStart) {
    static Runner parse(String metricsJson) {
      try {
        Object metrics = dev.bbm.domain.Json.parse("job metrics", metricsJson == null ? "{}" : metricsJson);
        if (!(metrics instanceof java.util.Map<?, ?> m) || !(m.get("bbm_runner") instanceof java.util.Map<?, ?> r)) {
          return null;
        }
        if (!(r.get("pid") instanceof Number pid) || !(r.get("backend_start") instanceof String start)) {
          return null;
        }
        return new Runner(pid.intValue(), OffsetDateTime.parse(start));
      } catch (RuntimeException e) {
        return null;
      }
    }
  }

  /** GitLab's after-failure rules for timeouts: shrink the sub-batch, or split the job on its last attempt. */
  private void applyTimeoutRules(Connection c, MigrationPlan plan, BatchedJob job, Set<Long> shrunk)
      throws SQLException {
    BatchedMigration m = plan.migration();
    Integer reduced = FailureRules.reducedSubBatchSize(job.attempts(), job.batchSize(), job.subBatchSize(),
        m.subBatchSize());
    if (reduced != null) {
      if (Database.inTransaction(c, tx -> stores.repairs().reduceSubBatchSize(tx, job.id(), reduced))) {
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
        : plan.nextBatch(c, job.minValue(), half).map(JobRange::max).orElse(null);
    Long copy = Database.inTransaction(c, tx -> stores.repairs().split(tx, job, half, midpoint));
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
  private int optimize(Connection c, BatchedMigration m, int batchSize) throws SQLException {
    Double efficiency = BatchOptimizer.smoothedEfficiency(
        stores.statistics().recentSucceededSeconds(c, m.id(), BatchOptimizer.jobsNeeded()), m.interval());
    int next = BatchOptimizer.optimize(batchSize, m.maxBatchSize(), efficiency);
    if (next != batchSize && next >= m.subBatchSize()) {
      Database.inTransaction(c, tx -> {
        migrations.updateBatchSize(tx, m.id(), next);
        return null;
      });
      return next;
    }
    return batchSize;
  }

  /** GitLab's should_stop?: at least 50 jobs since started_at and more than half of them failed. */
  private boolean shouldStop(Connection c, BatchedMigration m) throws SQLException {
    OffsetDateTime startedAt = migrations.startedAt(c, m.id());
    if (startedAt == null) {
      return false;
    }
    long[] createdFailed = stores.statistics().createdAndFailedSince(c, m.id(), startedAt);
    if (createdFailed[0] < SHOULD_STOP_MINIMUM_JOBS) {
      return false;
    }
    return (double) createdFailed[1] / createdFailed[0] > SHOULD_STOP_FAILED_RATIO;
  }

  private FinalizeResult finished(BatchedMigration m, int jobsRun, int jobsFailed, long rows, long t0, String message)
      throws SQLException {
    BatchedMigration after = migrations.findById(db.session(), m.id()).orElse(m);
    return new FinalizeResult(FinalizeResult.Outcome.FINISHED, after, message, jobsRun, jobsFailed, rows, elapsed(t0),
        List.of(), List.of());
  }

  private FinalizeResult failed(BatchedMigration m, int jobsRun, int jobsFailed, long rows, long t0)
      throws SQLException {
    db.inTransaction(c -> migrations.transition(c, m.id(), MigrationStatus.Event.FAILURE));
    List<FailedJob> failedJobs = stores.statistics().failedWithLastError(db.session(), m.id(),
        db.layout().hasTransitionLogs(), FAILED_JOBS_SHOWN);
    BatchedMigration after = migrations.findById(db.session(), m.id()).orElse(m);
    String msg = "Batched migration " + m.jobClassName() + " could not be completed and a manual action is"
        + " required.Check the admin panel at (`/admin/background_migrations`) for more details.";
    return new FinalizeResult(FinalizeResult.Outcome.FAILED, after, msg, jobsRun, jobsFailed, rows, elapsed(t0),
        failedJobs, List.of());
  }

  /**
   * Stopped on request: the migration goes back to the state it had, so Sidekiq may carry on,
   * unless other bbm processes still work on it ({@code --join}): then it stays finalizing and
   * they carry on. A joiner ({@code previous} null) never changes the status.
   */
  private FinalizeResult interrupted(BatchedMigration m, MigrationStatus previous, int jobsRun, int jobsFailed,
      long rows, long t0) throws SQLException {
    String message;
    if (previous != null && AdvisoryLock.lastOut(db.session(), m.id())) {
      MigrationStatus back = previous == MigrationStatus.FAILED ? MigrationStatus.ACTIVE : previous;
      db.inTransaction(c -> migrations.restore(c, m.id(), MigrationStatus.FINALIZING, back));
      BatchedMigration after = migrations.findById(db.session(), m.id()).orElse(m);
      message = "stopped on request; migration " + m.displayId() + " is " + after.status().label()
          + " again and a rerun continues where this one stopped";
    } else if (previous != null) {
      message = "stopped on request; migration " + m.displayId() + " stays finalizing because other bbm processes"
          + " (--join) still work on it: the last of them finishes it, or a rerun continues";
    } else {
      message = "stopped on request; this bbm no longer works on migration " + m.displayId() + ", the others"
          + " working on it carry on (if none is left, bbm finalize " + m.displayId() + " continues)";
    }
    BatchedMigration after = migrations.findById(db.session(), m.id()).orElse(m);
    return new FinalizeResult(FinalizeResult.Outcome.INTERRUPTED, after, message, jobsRun, jobsFailed, rows,
        elapsed(t0), List.of(), List.of());
  }

  private FinalizeResult dryRun(MigrationPlan plan, FinalizeOptions o) throws SQLException {
    BatchedMigration m = plan.migration();
    List<String> lines = new ArrayList<>();
    JobCounts counts = stores.statistics().counts(db.session(), List.of(m.id()))
        .getOrDefault(m.id(), JobCounts.NONE);
    Optional<BatchedJob> last = stores.jobRows().lastJob(db.session(), m.id());
    long nextMin = last.map(j -> j.maxValue() + 1).orElse(m.minValue());
    if (o.join()) {
      lines.add("join the bbm finalizing " + m.displayId() + " (its status must be finalizing), without its lock");
    } else {
      lines.add("take advisory lock (" + m.displayId() + ") and set status finalizing (5), from "
          + m.status().label());
      lines.add("reset attempts of blocked jobs; run " + counts.pending() + " pending, " + counts.running()
          + " running (if stale) and " + counts.failed() + " failed job(s)");
    }
    if (o.parallel() > 1) {
      lines.add("run " + o.parallel() + " jobs at once on " + o.parallel() + " connections; each range is handed out"
          + " under a row lock on the migration (SELECT ... FOR UPDATE)");
    }
    boolean adaptiveJobs = o.fast() && o.batchSize() == null;
    if (nextMin <= m.maxValue()) {
      int batch = o.batchSize() != null ? o.batchSize() : m.batchSize();
      lines.add("create jobs of " + batch + (adaptiveJobs ? " rows and more (sized to take a few seconds each)" : "")
          + " over " + m.columnName() + " from " + nextMin + " to " + m.maxValue());
    } else {
      lines.add("no new jobs: the last job already reaches max_value " + m.maxValue());
    }
    if (plan.update() == null) {
      lines.add("each job updates nothing (no column pair exists in the table)");
    } else if (o.fast() && o.subBatchSize() == null) {
      lines.add("each sub-batch runs, over a key range sized to take about " + o.target().toMillis() + " ms: "
          + plan.update().rangeSql());
    } else {
      lines.add("each sub-batch runs: " + plan.update().sql());
    }
    int pause = o.pauseMs() != null ? o.pauseMs() : o.fast() ? 0 : m.pauseMs();
    lines.add("pause " + pause + " ms between sub-batches");
    HealthOptions h = o.health();
    if (h.anyCheck()) {
      List<String> checks = new ArrayList<>();
      if (h.autovacuum()) {
        checks.add("autovacuum on " + m.tableName());
      }
      if (h.maxWalSegments() > 0) {
        checks.add("more than " + h.maxWalSegments() + " WAL segments to archive");
      }
      if (!h.maxReplicaLag().isZero()) {
        checks.add("replica replay lag over " + Durations.format(h.maxReplicaLag()));
      }
      if (!h.maxTransactionAge().isZero()) {
        checks.add("a transaction older than " + Durations.format(h.maxTransactionAge()));
      }
      lines.add("between jobs, wait while: " + String.join(", ", checks));
    } else {
      lines.add("no health checks between jobs");
    }
    lines.addAll(plan.describeJob());
    lines.add("then set status finished (3) with finished_at, or failed (4) if a job fails 3 times");
    return new FinalizeResult(FinalizeResult.Outcome.DRY_RUN, m, "dry run: nothing was changed", 0, 0, 0,
        Duration.ZERO, List.of(), lines);
  }

  private synchronized void warnTransitionLogsOnce(String sentence) {
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
