package dev.bbm.engine;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.Cursor;
import dev.bbm.domain.Durations;
import dev.bbm.domain.JobCounts;
import dev.bbm.store.Database;
import dev.bbm.store.Stores;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** finalize --dry-run: what finalize would do, step by step, changing nothing. */
final class FinalizeDryRun {
  private final Database db;
  private final Stores stores;

  FinalizeDryRun(Database db) {
    this.db = db;
    this.stores = db.stores();
  }

  FinalizeResult describe(MigrationPlan plan, FinalizeOptions o) throws SQLException {
    BatchedMigration m = plan.migration();
    List<String> lines = new ArrayList<>(fencing(m, o));
    if (o.parallel() > 1) {
      lines.add("run " + o.parallel() + " jobs at once on " + o.parallel() + " connections; each range is handed out"
          + " under a row lock on the migration (SELECT ... FOR UPDATE)");
    }
    lines.add(SidekiqGuard.describe(m, o));
    lines.add(plan.cursor() != null ? cursorJobsLine(plan, o) : jobsLine(m, o));
    lines.add(plan.cursor() != null ? cursorSubBatchLine(plan) : subBatchLine(plan, o));
    int pause = o.pauseMs() != null ? o.pauseMs() : o.fast() ? 0 : m.pauseMs();
    lines.add("pause " + pause + " ms between sub-batches");
    lines.add(healthLine(m, o.health()));
    lines.addAll(plan.describeJob());
    lines.add("then set status finished (3) with finished_at, or failed (4) if a job fails 3 times");
    return new FinalizeResult(FinalizeResult.Outcome.DRY_RUN, m, "dry run: nothing was changed", 0, 0, 0,
        Duration.ZERO, List.of(), lines);
  }

  private List<String> fencing(BatchedMigration m, FinalizeOptions o) throws SQLException {
    if (o.join()) {
      return List.of("join the bbm finalizing " + m.displayId() + " (its status must be finalizing), without its lock");
    }
    JobCounts counts = stores.statistics().counts(db.session(), List.of(m.id())).getOrDefault(m.id(), JobCounts.NONE);
    return List.of("take advisory lock (" + m.displayId() + ") and set status finalizing (5), from "
        + m.status().label(), "reset attempts of blocked jobs; run " + counts.pending() + " pending, "
        + counts.running() + " running (if stale) and " + counts.failed() + " failed job(s)");
  }

  private String jobsLine(BatchedMigration m, FinalizeOptions o) throws SQLException {
    Optional<BatchedJob> last = stores.jobRows().lastJob(db.session(), m.id());
    long nextMin = last.map(j -> j.maxValue() + 1).orElse(m.minValue());
    if (nextMin > m.maxValue()) {
      return "no new jobs: the last job already reaches max_value " + m.maxValue();
    }
    boolean adaptiveJobs = o.fast() && o.batchSize() == null;
    int batch = o.batchSize() != null ? o.batchSize() : m.batchSize();
    return "create jobs of " + batch + (adaptiveJobs ? " rows and more (sized to take a few seconds each)" : "")
        + " over " + m.columnName() + " from " + nextMin + " to " + m.maxValue();
  }

  private String cursorJobsLine(MigrationPlan plan, FinalizeOptions o) throws SQLException {
    BatchedMigration m = plan.migration();
    CursorPlan cursor = plan.cursor();
    Cursor lastMax = stores.jobRows().lastCursorJob(db.session(), m.id()).map(j -> j.cursor().max()).orElse(null);
    int batch = o.batchSize() != null ? o.batchSize() : m.batchSize();
    return "create jobs of " + batch + " rows in the order of (" + String.join(", ", cursor.columns()) + "), after "
        + cursor.after(lastMax).json() + " up to " + cursor.bounds().max().json() + ", each with min_cursor/max_cursor";
  }

  private static String cursorSubBatchLine(MigrationPlan plan) {
    return plan.cursor().statement() == null ? "each job updates nothing"
        : "each sub-batch runs: " + plan.cursor().statement().sql();
  }

  private static String subBatchLine(MigrationPlan plan, FinalizeOptions o) {
    if (plan.statement() == null) {
      return "each job updates nothing (no column pair exists in the table)";
    }
    if (o.fast() && o.subBatchSize() == null) {
      return "each sub-batch runs, over a key range sized to take about " + o.target().toMillis() + " ms: "
          + plan.statement().rangeSql();
    }
    return "each sub-batch runs: " + plan.statement().sql();
  }

  private static String healthLine(BatchedMigration m, HealthOptions h) {
    if (!h.anyCheck()) {
      return "no health checks between jobs";
    }
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
    return "between jobs, wait while: " + String.join(", ", checks);
  }
}
