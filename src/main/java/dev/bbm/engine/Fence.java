package dev.bbm.engine;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.BbmInstance;
import dev.bbm.domain.Durations;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.JobStatus;
import dev.bbm.domain.MigrationStatus;
import dev.bbm.domain.Pause;
import dev.bbm.store.AdvisoryLock;
import dev.bbm.store.Database;
import dev.bbm.store.Sessions;
import dev.bbm.store.Stores;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Keeps everyone else off a migration bbm finalizes (SPEC §1 fencing): the per-migration advisory
 * lock, the status finalizing that Sidekiq's scheduler skips, and the running jobs, which are
 * either stale (retried) or live (bbm waits or stops busy).
 */
final class Fence {
  /** How long --join waits for a finalizer that holds the lock to fence the migration. */
  private static final Duration JOIN_WAIT = Duration.ofSeconds(30);

  private final Database db;
  private final Stores stores;
  private final ProgressListener progress;
  private final BooleanSupplier stopRequested;

  Fence(Database db, Stores stores, ProgressListener progress,
      BooleanSupplier stopRequested) {
    this.db = db;
    this.stores = stores;
    this.progress = progress;
    this.stopRequested = stopRequested;
  }

  /** Takes the migration's advisory lock, or throws busy naming its holder. */
  void lock(BatchedMigration m) throws SQLException {
    if (!AdvisoryLock.tryLock(db.session(), m.id())) {
      Optional<AdvisoryLock.Holder> holder = AdvisoryLock.holder(db.session(), m.id());
      throw new BbmException(ExitCode.BUSY, "migration " + m.displayId() + " is already being finalized by "
          + holder.map(AdvisoryLock.Holder::describe).orElse("another session") + "; wait for it to finish, "
          + holder.map(AdvisoryLock.Holder::howToStop).orElse("stop that process")
          + ", or work with it: bbm finalize " + m.displayId() + " --join");
    }
  }

  /** Gives the lock back; a session that is gone has given it back already. */
  void unlock(BatchedMigration m) {
    try {
      AdvisoryLock.unlock(db.openSession(), m.id());
    } catch (SQLException ignored) {
      // the session is gone and with it the lock
    }
  }

  /**
   * Sets the migration finalizing (resetting blocked attempts), then looks at its running jobs.
   * Returns the stale running jobs, which workers retry.
   *
   * <p>A refusal (exit 5, a live job and no --wait) leaves the migration's row and its jobs as they
   * were: the first look at the running jobs is made in the fencing transaction itself, after the
   * status change, and a live job rolls the whole transaction back, so nothing was ever written.
   * Looking before the status change instead would leave a window in which a Sidekiq worker starts
   * a job bbm then runs again; here the status change and the look are one unit. A job that starts
   * between that look and the commit is caught by the look after the commit, which then puts back
   * status and updated_at exactly (only the blocked-attempt reset stays, as it would with --wait).
   */
  Set<Long> fence(BatchedMigration m, FinalizeOptions o) throws SQLException {
    MigrationStatus previous = m.status();
    int[] reset = new int[1];
    boolean fenced = db.inTransaction(c -> {
      reset[0] = stores.repairs().resetBlockedAttempts(c, m.id());
      boolean changed = stores.migrations().transition(c, m.id(), MigrationStatus.Event.FINALIZE);
      if (changed && !o.waitForRunning()) {
        BatchedJob live = liveJob(m, o.staleAfter(), new HashSet<>(), false);
        if (live != null) {
          throw busyWithLiveJob(m, live);
        }
      }
      return changed;
    });
    if (!fenced) {
      throw new BbmException(ExitCode.BUSY, "migration " + m.displayId() + " changed while bbm was fencing it;"
          + " run the command again");
    }
    if (reset[0] > 0) {
      progress.note("reset the attempts of " + reset[0] + " blocked job(s) so they can run again");
    }
    try {
      return fenceRunningJobs(m, o);
    } catch (RuntimeException | SQLException e) {
      db.inTransaction(c -> stores.migrations().unfence(c, m.id(), MigrationStatus.FINALIZING, previous,
          m.updatedAt()));
      throw e;
    }
  }

  /**
   * For --join: waits while a finalizer holds the lock but has not fenced the migration yet.
   * Returns the migration once it is finalizing, or done.
   */
  BatchedMigration awaitFinalizer(BatchedMigration m) throws SQLException {
    long deadline = System.nanoTime() + JOIN_WAIT.toNanos();
    while (true) {
      BatchedMigration fresh = stores.migrations().findById(db.session(), m.id()).orElse(m);
      if (fresh.status() == MigrationStatus.FINALIZING || fresh.status().isDone()) {
        return fresh;
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
      Pause.sleep(Duration.ofMillis(200));
    }
  }

  /** Who runs the finalize a joiner joins, for its first line. */
  String finalizerNote(BatchedMigration m) throws SQLException {
    Optional<AdvisoryLock.Holder> holder = AdvisoryLock.holder(db.session(), m.id());
    return "joining the finalize of " + m.displayId() + holder
        .map(h -> " run by " + h.who() + (h.clientAddress() == null ? "" : " from " + h.clientAddress()))
        .orElse(" (its finalizer is gone; the workers left carry on)");
  }

  /**
   * The running jobs of the migration: stale ones (runner gone, or untouched for --stale-after)
   * are retried; a live one makes bbm wait (--wait) or stop busy.
   */
  private Set<Long> fenceRunningJobs(BatchedMigration m, FinalizeOptions o) throws SQLException {
    Set<Long> stale = new HashSet<>();
    boolean announced = false;
    while (true) {
      BatchedJob live = liveJob(m, o.staleAfter(), stale, true);
      if (live == null) {
        return stale;
      }
      if (!o.waitForRunning()) {
        throw busyWithLiveJob(m, live);
      }
      if (!announced) {
        announced = true;
        progress.waiting("job " + live.id() + " is running elsewhere");
      }
      Pause.sleep(Duration.ofSeconds(2));
      if (stopRequested.getAsBoolean()) {
        throw new BbmException(ExitCode.UNFINISHED, "stopped while waiting for job " + live.id()
            + " of migration " + m.displayId() + "; nothing was run");
      }
    }
  }

  /**
   * A running job of the migration that may be alive, or null; the stale ones go into
   * {@code stale}, announced when {@code announce} (not for the look inside the fencing
   * transaction, which a live job rolls back).
   */
  private BatchedJob liveJob(BatchedMigration m, Duration staleAfter, Set<Long> stale, boolean announce)
      throws SQLException {
    BatchedJob live = null;
    for (BatchedJob j : stores.jobRows().withStatus(db.session(), m.id(), JobStatus.RUNNING)) {
      String why = staleReason(j, staleAfter);
      if (why == null) {
        live = j;
      } else if (stale.add(j.id()) && announce) {
        progress.note("job " + j.id() + " (" + j.rangeText() + ") is marked running but " + why + "; bbm retries it");
      }
    }
    return live;
  }

  private BbmException busyWithLiveJob(BatchedMigration m, BatchedJob live) throws SQLException {
    RunnerIdentity bbm = RunnerIdentity.parse(live.metricsJson());
    if (bbm != null) {
      // the runner's backend names its bbm process and host while it is there (and visible to this role)
      String which = Sessions.applicationName(db.session(), bbm.pid()).flatMap(BbmInstance::parse)
          .map(b -> "bbm process " + b.pid() + " on " + b.host() + " (PostgreSQL backend pid " + bbm.pid() + ")")
          .orElse("another bbm (backend pid " + bbm.pid() + ")");
      return new BbmException(ExitCode.BUSY, "job " + live.id() + " of migration " + m.displayId() + " is running"
          + " in " + which + ", which is still working on it; wait for it, or"
          + " work with it: bbm finalize " + m.displayId() + " --join");
    }
    Duration age = Duration.between(live.updatedAt(), OffsetDateTime.now());
    return new BbmException(ExitCode.BUSY, "job " + live.id() + " of migration " + m.displayId() + " is running"
        + " elsewhere (probably in Sidekiq; last updated " + Durations.format(age) + " ago); wait for it or rerun"
        + " with --wait" + stuckIn(age) + "; a shorter --stale-after is safe only when no Sidekiq worker can still"
        + " run this job (Sidekiq stopped, e.g. gitlab-ctl stop sidekiq), or its rows run twice at once");
  }

  /**
   * When GitLab itself would take the job for stuck: never advise a --stale-after below GitLab's
   * stuck timeout, which is what keeps a live Sidekiq job from being run a second time.
   */
  private static String stuckIn(Duration age) {
    Duration left = FinalizeOptions.DEFAULT_STALE_AFTER.minus(age);
    return left.isNegative() || left.isZero() ? ""
        : "; GitLab takes it for stuck after " + FinalizeOptions.DEFAULT_STALE_AFTER_TEXT + " untouched, in "
            + Durations.format(left.plusSeconds(1)) + ", and bbm then retries it";
  }

  /** Why a running job is stale, or null when it may be alive. */
  private String staleReason(BatchedJob j, Duration staleAfter) throws SQLException {
    Duration age = Duration.between(j.updatedAt(), OffsetDateTime.now());
    RunnerIdentity runner = RunnerIdentity.parse(j.metricsJson());
    if (runner != null) {
      return runner.alive(db.session(), j.id()) ? null : "the bbm that ran it (pid " + runner.pid() + ") is gone";
    }
    if (age.compareTo(staleAfter) >= 0) {
      return "was last updated " + Durations.format(age) + " ago (stale after " + Durations.format(staleAfter) + ")";
    }
    return null;
  }
}
