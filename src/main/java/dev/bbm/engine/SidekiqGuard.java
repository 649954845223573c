package dev.bbm.engine;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.Durations;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.JobRange;
import dev.bbm.domain.MigrationStatus;
import dev.bbm.domain.Pause;
import dev.bbm.sidekiq.ExclusiveLease;
import dev.bbm.store.Database;
import dev.bbm.store.JobCoverage;
import dev.bbm.store.Stores;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Closes the window in which a Sidekiq execution worker that saw the migration active before bbm
 * fenced it inserts a job over a range bbm runs too (issue 13 item 2). GitLab's worker takes an
 * exclusive lease, checks {@code active?}, computes the next range from the last job, and inserts
 * the job later without checking again. So bbm (1) holds that same lease while it fences and works,
 * when GitLab's Redis is known; (2) hands out no job until such a worker can no longer insert;
 * (3) runs no job whose keys another job covers; (4) reports an overlap found at the end.
 */
final class SidekiqGuard implements AutoCloseable {
  /** GitLab's ExecutionWorker::LEASE_TIMEOUT_MULTIPLIER: the lease lives interval * 3. */
  static final int LEASE_TIMEOUT_MULTIPLIER = 3;
  private static final Duration POLL = Duration.ofMillis(200);

  private final Database db;
  private final Stores stores;
  private final ProgressListener progress;
  private final BooleanSupplier stopRequested;
  private ExclusiveLease lease;
  private Thread renewer;

  SidekiqGuard(Database db, Stores stores, ProgressListener progress, BooleanSupplier stopRequested) {
    this.db = db;
    this.stores = stores;
    this.progress = progress;
    this.stopRequested = stopRequested;
  }

  /** GitLab's lease time to live for the migration's execution worker: interval * 3 seconds. */
  static Duration leaseTtl(BatchedMigration m) {
    return Duration.ofSeconds(Math.max(1, (long) m.interval() * LEASE_TIMEOUT_MULTIPLIER));
  }

  /**
   * The grace after the fence: --sidekiq-grace when given; zero when bbm holds GitLab's lease (no
   * worker can be between its active? check and its insert: each releases the lease after both);
   * else the lease's time to live, interval * 3, the time GitLab itself grants one worker's run.
   */
  static Duration grace(BatchedMigration m, FinalizeOptions o, boolean leaseHeld) {
    if (o.sidekiqGrace() != null) {
      return o.sidekiqGrace();
    }
    return leaseHeld ? Duration.ZERO : leaseTtl(m);
  }

  /** For --dry-run: what the guard would do. */
  static String describe(BatchedMigration m, FinalizeOptions o) {
    String key = ExclusiveLease.executionWorkerKey(m.database(), m.tableName());
    String lease = o.leaseRedis() == null
        ? "no Redis configured (--redis-url, REDIS_URL or GitLab's redis config): GitLab's exclusive lease " + key
            + " is not taken"
        : "take GitLab's exclusive lease " + key + " in " + o.leaseRedis().describe() + " before fencing (wait up to "
            + Durations.format(leaseTtl(m)) + " for a Sidekiq worker holding it), renew it, release it at the end";
    Duration grace = grace(m, o, o.leaseRedis() != null);
    return lease + "; after fencing, hand out no job for " + Durations.format(grace) + " (a Sidekiq worker that saw"
        + " the migration active may still insert one)";
  }

  /** Before fencing: takes GitLab's execution lease for the migration's table, when Redis is known. */
  void acquire(BatchedMigration m, FinalizeOptions o) {
    if (o.leaseRedis() == null || o.join()) {
      return;
    }
    Duration ttl = leaseTtl(m);
    ExclusiveLease l = ExclusiveLease.open(o.leaseRedis(), ExclusiveLease.executionWorkerKey(m.database(),
        m.tableName()), ttl);
    long deadline = System.nanoTime() + ttl.plusSeconds(1).toNanos();
    boolean announced = false;
    while (!l.tryObtain()) {
      if (System.nanoTime() > deadline || stopRequested.getAsBoolean()) {
        l.close();
        throw stopRequested.getAsBoolean()
            ? new BbmException(ExitCode.UNFINISHED, "stopped while waiting for GitLab's exclusive lease " + l.key()
                + "; nothing was changed")
            : new BbmException(ExitCode.BUSY, "GitLab's exclusive lease " + l.key() + " (" + l.where() + ") is"
                + " still held after " + Durations.format(ttl) + ", the time GitLab grants it: a Sidekiq worker of"
                + " table " + m.tableName() + " or another bbm keeps renewing it; nothing was changed; wait for it,"
                + " or stop Sidekiq (gitlab-ctl stop sidekiq) and run again");
      }
      if (!announced) {
        announced = true;
        progress.waiting("a Sidekiq worker holds GitLab's execution lease for table " + m.tableName() + " ("
            + Durations.format(l.remaining()) + " left at most)");
      }
      Pause.sleep(POLL);
    }
    lease = l;
    progress.note("holding GitLab's exclusive lease " + l.key() + ", so no Sidekiq worker runs this table's"
        + " migrations meanwhile");
    renewer = new Thread(this::renewLoop, "bbm-lease-renewer");
    renewer.setDaemon(true);
    renewer.start();
  }

  private void renewLoop() {
    long every = Math.max(100, lease.ttl().toMillis() / 3);
    try {
      while (true) {
        Thread.sleep(every);
        if (!lease.renew()) {
          progress.warning("GitLab's exclusive lease " + lease.key() + " was lost (expired or taken); bbm goes on,"
              + " fenced by the migration's status");
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (BbmException e) {
      progress.warning(e.getMessage());
    }
  }

  /**
   * After the fence: waits until a worker that checked active? before it can no longer insert a
   * job. {@code since} is when that check could last have passed: the fence for a migration that
   * was active, else its updated_at. {@code previous} is the status to restore if bbm stops here
   * (null for a joiner, which never changes the status).
   */
  void awaitGrace(BatchedMigration m, FinalizeOptions o, OffsetDateTime since, MigrationStatus previous)
      throws SQLException {
    Duration grace = grace(m, o, lease != null);
    OffsetDateTime until = since.plus(grace);
    if (!OffsetDateTime.now().isBefore(until)) {
      return;
    }
    progress.waiting("no new job for " + Durations.format(Duration.between(OffsetDateTime.now(), until))
        + ": a Sidekiq worker that saw " + m.displayId() + " active before the fence may still insert one"
        + (lease == null ? " (no GitLab lease taken: Redis not configured); --sidekiq-grace 0 if Sidekiq is stopped"
            : ""));
    while (OffsetDateTime.now().isBefore(until)) {
      if (stopRequested.getAsBoolean()) {
        if (previous != null) {
          MigrationStatus back = previous == MigrationStatus.FAILED ? MigrationStatus.ACTIVE : previous;
          db.inTransaction(c -> stores.migrations().restore(c, m.id(), MigrationStatus.FINALIZING, back));
        }
        throw new BbmException(ExitCode.UNFINISHED, "stopped while waiting out Sidekiq workers of migration "
            + m.displayId() + "; nothing was run");
      }
      Pause.sleep(POLL);
    }
  }

  /**
   * Before a claimed job runs, in the claim's transaction: no other job may cover its keys. Such a
   * job comes from a Sidekiq worker that saw the migration active before the fence; bbm runs
   * neither and stops, so that no key runs twice.
   */
  static void refuseOverlap(Stores stores, Connection tx, BatchedMigration m, BatchedJob job) throws SQLException {
    if (job.cursorBased()) {
      return;
    }
    Optional<JobCoverage.Overlap> o = stores.coverage().overlapOf(tx, m.id(), job.id(), job.range(), job.status());
    if (o.isPresent()) {
      throw new BbmException(ExitCode.FAILED, "job " + job.id() + " (" + job.range() + ") of migration "
          + m.displayId() + " overlaps job " + o.get().secondId() + " (" + o.get().second() + ", "
          + o.get().secondStatus().label() + ") on keys " + shared(o.get()) + ", probably inserted by a Sidekiq worker"
          + " that saw the migration active before bbm fenced it; bbm did not run job " + job.id() + ", so no key ran"
          + " twice; once the job that runs those keys is done, delete the other row and run finalize again");
    }
  }

  /** At the end: an overlap among the migration's jobs is reported (exit 4), never a silent success. */
  void reportOverlap(BatchedMigration m) throws SQLException {
    if (m.cursorBased()) {
      return;
    }
    Optional<JobCoverage.Overlap> found = stores.coverage().firstOverlap(db.session(), m.id());
    if (found.isPresent()) {
      JobCoverage.Overlap o = found.get();
      throw new BbmException(ExitCode.FAILED, "jobs " + o.firstId() + " (" + o.first() + ", "
          + o.firstStatus().label() + ") and " + o.secondId() + " (" + o.second() + ", " + o.secondStatus().label()
          + ") of migration " + m.displayId() + " both cover keys " + shared(o) + ": a Sidekiq worker that saw the"
          + " migration active before bbm fenced it inserted a job over a range bbm ran; where both succeeded, those"
          + " keys ran twice; check those rows");
    }
  }

  private static String shared(JobCoverage.Overlap o) {
    return new JobRange(Math.max(o.first().min(), o.second().min()), Math.min(o.first().max(), o.second().max()))
        .toString();
  }

  /** Stops renewing and gives GitLab's lease back. */
  @Override
  public void close() {
    if (renewer != null) {
      renewer.interrupt();
      try {
        renewer.join(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (lease != null) {
      lease.release();
      lease.close();
      lease = null;
    }
  }
}
