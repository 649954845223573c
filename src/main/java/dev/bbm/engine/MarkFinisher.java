package dev.bbm.engine;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.JobStatus;
import dev.bbm.domain.JobStatusGroup;
import dev.bbm.domain.MigrationStatus;
import dev.bbm.domain.Selection;
import dev.bbm.domain.UncoveredKeys;
import dev.bbm.store.AdvisoryLock;
import dev.bbm.store.Database;
import dev.bbm.store.JobRepairs;
import dev.bbm.store.MigrationStore;
import dev.bbm.store.Stores;
import dev.bbm.store.TransitionLogStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * GitLab's documented "Mark a failed migration finished" console snippet (reference §11), made
 * safe: the migration's lock, one transaction with compare-and-set on every status read, and a
 * transition log per skipped job so "skipped" stays distinguishable from "ran".
 */
final class MarkFinisher {
  private static final int UNCOVERED_SHOWN = 10;

  private final Database db;
  private final ProgressListener progress;
  private final MigrationStore migrations;
  private final Stores stores;

  MarkFinisher(Database db, ProgressListener progress) {
    this.db = db;
    this.progress = progress;
    this.stores = db.stores();
    this.migrations = stores.migrations();
  }

  MarkFinishedResult markFinished(Selection selection, MarkFinishedOptions o, Confirmation confirmation)
      throws SQLException {
    db.requireBatchedTables();
    BatchedMigration m = MigrationResolver.require(db, selection);
    if (m.status().isDone()) {
      return new MarkFinishedResult(MarkFinishedResult.Outcome.ALREADY_DONE, null, m, 0, 0);
    }
    if (o.dryRun()) {
      String holder = AdvisoryLock.holder(db.session(), m.id()).map(AdvisoryLock.Holder::describe).orElse(null);
      MarkFinishedPlan plan = plan(m, o, holder);
      return new MarkFinishedResult(MarkFinishedResult.Outcome.DRY_RUN, plan, m, 0, 0);
    }
    // held until the transaction ends, so a bbm finalize cannot interleave with us
    if (!AdvisoryLock.tryLock(db.session(), m.id())) {
      throw busy(m);
    }
    try {
      // read again under the lock: a finalize that just ended may have finished it
      BatchedMigration locked = migrations.findById(db.session(), m.id())
          .orElseThrow(() -> StatusChanger.notFound(db, selection));
      if (locked.status().isDone()) {
        return new MarkFinishedResult(MarkFinishedResult.Outcome.ALREADY_DONE, null, locked, 0, 0);
      }
      MarkFinishedPlan plan = plan(locked, o, null);
      if (!confirmation.confirm(plan)) {
        return new MarkFinishedResult(MarkFinishedResult.Outcome.DECLINED, plan, locked, 0, 0);
      }
      return apply(plan);
    } finally {
      try {
        AdvisoryLock.unlock(db.openSession(), m.id());
      } catch (SQLException ignored) {
        // the session is gone and with it the lock
      }
    }
  }

  private MarkFinishedPlan plan(BatchedMigration m, MarkFinishedOptions o, String lockHolder) throws SQLException {
    Connection c = db.session();
    List<JobStatusGroup> groups = stores.statistics().statusGroups(c, m.id());
    UncoveredKeys uncovered = m.minValue() == null || m.maxValue() == null ? null
        : stores.coverage().uncovered(c, m.id(), m.minValue(), m.maxValue(), UNCOVERED_SHOWN);
    List<String> sql = List.of(MigrationStore.changeStatusSql(m.id(), m.status(), MigrationStatus.Event.FINISH),
        JobRepairs.markAllSucceededSql(m.id()));
    return new MarkFinishedPlan(m, groups, uncovered, o.reason(), sql, TransitionLogStore.insertOutline(), lockHolder);
  }

  /**
   * One transaction. GitLab's snippet (update_all on the jobs, update_attribute on the migration)
   * leaves the migration's finished_at NULL (issue #419192); bbm sets it to now, as the finish
   * event would, so GitLab's views and bbm status show when it ended.
   */
  private MarkFinishedResult apply(MarkFinishedPlan plan) throws SQLException {
    BatchedMigration m = plan.migration();
    TransitionLogStore logs = stores.transitionLogs();
    long[] written = new long[1];
    List<JobRepairs.ChangedJob> changed = db.inTransaction(c -> {
      if (!migrations.changeStatus(c, m.id(), m.status(), MigrationStatus.Event.FINISH)) {
        throw changedMeanwhile(m, "its status is no longer " + m.status().label());
      }
      if (!stores.statistics().lockNotSucceeded(c, m.id()).equals(plan.toChange())) {
        throw changedMeanwhile(m, "its jobs changed");
      }
      List<JobRepairs.ChangedJob> done = stores.repairs().markAllSucceeded(c, m.id());
      if (!countsByStatus(done).equals(countsOf(plan.toChange()))) {
        throw changedMeanwhile(m, "a job was added or changed");
      }
      if (logs.recordAll(c, done, JobStatus.SUCCEEDED, MarkFinishedOptions.EXCEPTION_CLASS, plan.reason())) {
        written[0] = done.size();
      } else {
        progress.warning("the transition log rows could not be written (" + logs.lastProblem()
            + "); the jobs are marked succeeded without bbm's " + MarkFinishedOptions.EXCEPTION_CLASS + " audit rows");
      }
      return done;
    });
    BatchedMigration after = migrations.findById(db.session(), m.id()).orElse(m);
    return new MarkFinishedResult(MarkFinishedResult.Outcome.MARKED, plan, after, changed.size(), written[0]);
  }

  private static Map<JobStatus, Long> countsByStatus(List<JobRepairs.ChangedJob> changed) {
    Map<JobStatus, Long> out = new TreeMap<>();
    changed.forEach(j -> out.merge(j.previous(), 1L, Long::sum));
    return out;
  }

  private static Map<JobStatus, Long> countsOf(List<JobStatusGroup> groups) {
    Map<JobStatus, Long> out = new TreeMap<>();
    groups.forEach(g -> out.put(g.status(), g.count()));
    return out;
  }

  private static BbmException changedMeanwhile(BatchedMigration m, String what) {
    return new BbmException(ExitCode.BUSY, "migration " + m.displayId() + " changed while bbm was marking it"
        + " finished (" + what + "; is Sidekiq running it?); nothing was changed, run the command again");
  }

  private BbmException busy(BatchedMigration m) throws SQLException {
    Optional<AdvisoryLock.Holder> holder = AdvisoryLock.holder(db.session(), m.id());
    String who = holder.map(h -> h.describe() + (h.bbmProcess().isPresent() ? "" : ", probably a bbm finalize"))
        .orElse("another session, probably a bbm finalize");
    return new BbmException(ExitCode.BUSY, "migration " + m.displayId() + " is locked by " + who + "; wait for it"
        + " to finish or " + holder.map(AdvisoryLock.Holder::howToStop).orElse("stop that process")
        + "; nothing was changed");
  }
}
