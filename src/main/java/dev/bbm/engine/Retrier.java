package dev.bbm.engine;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.JobRange;
import dev.bbm.domain.JobStatus;
import dev.bbm.domain.MigrationStatus;
import dev.bbm.domain.Selection;
import dev.bbm.jobs.JobRegistry;
import dev.bbm.store.AdvisoryLock;
import dev.bbm.store.Database;
import dev.bbm.store.Stores;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * GitLab's retry_failed_jobs! (the admin UI's Retry): every failed job split in two where a
 * midpoint exists and given fresh attempts, then the migration back to active.
 */
final class Retrier {
  private final Database db;
  private final JobRegistry registry;

  Retrier(Database db, JobRegistry registry) {
    this.db = db;
    this.registry = registry;
  }

  /** With {@code thenFinalize}, bbm will run the jobs itself: a class it cannot run is refused before any change. */
  RetryResult retry(Selection selection, boolean dryRun, boolean thenFinalize) throws SQLException {
    db.requireBatchedTables();
    BatchedMigration m = MigrationResolver.require(db, selection);
    if (m.status() != MigrationStatus.FAILED) {
      throw new BbmException(ExitCode.USAGE, "You can retry only `failed` background migrations. ("
          + m.displayId() + " is " + m.status().label() + ")");
    }
    // Sidekiq runs the retried jobs, so a class bbm cannot run is no reason to refuse; but where a
    // job's midpoint depends on the class's filter_batch, bbm cannot split as GitLab would: it resets
    // the attempts and keeps the range, as GitLab itself does for cursor jobs
    MigrationPlan plan = thenFinalize || registry.lookup(m.jobClassName()).found()
        ? Preflight.check(m, db, registry, thenFinalize) : null;
    Stores stores = db.stores();
    List<BatchedJob> failed = stores.jobRows().withStatus(db.session(), m.id(), JobStatus.FAILED);
    if (dryRun) {
      return new RetryResult(m, planned(m, failed, plan), true, null);
    }
    if (!AdvisoryLock.tryLock(db.session(), m.id())) {
      String who = AdvisoryLock.holder(db.session(), m.id()).map(AdvisoryLock.Holder::describe).orElse("another bbm");
      throw new BbmException(ExitCode.BUSY, "migration " + m.displayId() + " is locked by " + who + "; wait for it");
    }
    try {
      List<String> changes = db.inTransaction(c -> {
        List<String> out = new ArrayList<>();
        for (BatchedJob j : failed) {
          if (j.cursorBased()) {
            // GitLab's split_and_retry! refuses cursor jobs; their attempts are reset, their range kept
            stores.repairs().split(c, j, j.batchSize(), null);
            out.add("job " + j.id() + " " + j.rangeText() + ": attempts reset (cursor jobs are not split)");
            continue;
          }
          if (plan == null) {
            stores.repairs().split(c, j, j.batchSize(), null);
            out.add("job " + j.id() + " " + j.rangeText() + ": attempts reset, not split (" + unknownClass(m) + ")");
            continue;
          }
          int half = j.batchSize() / 2;
          Long midpoint = half < 1 ? null : plan.nextBatch(c, j.minValue(), half).map(JobRange::max).orElse(null);
          Long copy = stores.repairs().split(c, j, half, midpoint);
          out.add(copy == null
              ? "job " + j.id() + " " + j.range() + ": attempts reset, batch size " + Math.max(1, half)
              : "job " + j.id() + " " + j.range() + ": split into " + j.minValue() + ".." + midpoint + " and job "
                  + copy + " " + (midpoint + 1) + ".." + j.maxValue() + ", attempts reset");
        }
        if (!stores.migrations().transition(c, m.id(), MigrationStatus.Event.EXECUTE)) {
          throw new BbmException(ExitCode.BUSY, "migration " + m.displayId() + " changed while bbm was retrying it;"
              + " nothing was changed, run the command again");
        }
        out.add("migration " + m.displayId() + ": failed -> active");
        return out;
      });
      BatchedMigration after = stores.migrations().findById(db.session(), m.id()).orElse(m);
      return new RetryResult(after, changes, false, null);
    } finally {
      AdvisoryLock.unlock(db.openSession(), m.id());
    }
  }

  /** What a retry would change, for --dry-run. */
  private static List<String> planned(BatchedMigration m, List<BatchedJob> failed, MigrationPlan plan) {
    List<String> changes = new ArrayList<>();
    for (BatchedJob j : failed) {
      changes.add("job " + j.id() + " " + j.rangeText() + " (attempts " + j.attempts() + "): "
          + (j.cursorBased() ? "attempts 0 (GitLab cannot split cursor jobs)" : plan == null ? "attempts 0, not split ("
              + unknownClass(m) + ")" : "split in two where possible, attempts 0"));
    }
    changes.add("migration " + m.displayId() + ": failed -> active");
    return changes;
  }

  /** Why a job of a class bbm cannot run keeps its range when retried. */
  private static String unknownClass(BatchedMigration m) {
    return "bbm cannot run " + m.jobClassName() + ", so it cannot split its jobs as GitLab would; Sidekiq runs them";
  }
}
