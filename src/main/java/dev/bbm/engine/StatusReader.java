package dev.bbm.engine;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.JobCounts;
import dev.bbm.domain.MigrationStatus;
import dev.bbm.domain.Selection;
import dev.bbm.store.AdvisoryLock;
import dev.bbm.store.Database;
import dev.bbm.store.JobStore;
import dev.bbm.store.MigrationStore;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds status reports: what is unfinished, how far each migration got, and why it may not move. */
final class StatusReader {
  private static final int LATEST_JOBS = 10;
  private static final int FAILED_JOBS = 50;

  private final Database db;

  StatusReader(Database db) {
    this.db = db;
  }

  StatusReport list(boolean includeDone) throws SQLException {
    var layout = db.requireBatchedTables();
    List<BatchedMigration> ms = new MigrationStore(db).list(includeDone);
    Map<Long, JobCounts> counts = new JobStore(db).counts(ms.stream().map(BatchedMigration::id).toList());
    List<MigrationSummary> out = new ArrayList<>();
    for (BatchedMigration m : ms) {
      out.add(summarize(m, counts.getOrDefault(m.id(), JobCounts.NONE)));
    }
    return new StatusReport(db.label(), layout.describe(), includeDone, out);
  }

  MigrationDetail detail(Selection selection) throws SQLException {
    var layout = db.requireBatchedTables();
    Optional<BatchedMigration> found = MigrationResolver.find(db, selection);
    BatchedMigration m = found.orElseThrow(() -> new BbmException(ExitCode.NOT_FOUND,
        "no batched background migration matches " + selection + " in database " + db.label()));
    JobStore jobs = new JobStore(db);
    JobCounts c = jobs.counts(List.of(m.id())).getOrDefault(m.id(), JobCounts.NONE);
    List<BatchedJob> all = jobs.all(m.id());
    List<BatchedJob> latest = all.size() <= LATEST_JOBS ? all : all.subList(all.size() - LATEST_JOBS, all.size());
    return new MigrationDetail(db.label(), summarize(m, c),
        jobs.failedWithLastError(m.id(), layout.hasTransitionLogs(), FAILED_JOBS), List.copyOf(latest));
  }

  private MigrationSummary summarize(BatchedMigration m, JobCounts c) throws SQLException {
    Double progress = null;
    Double gitlab = null;
    if (m.status().isDone()) {
      progress = 100.0;
      gitlab = 100.0;
    } else {
      if (m.minValue() != null && m.maxValue() != null && m.maxValue() >= m.minValue()) {
        double total = (double) m.maxValue() - m.minValue() + 1;
        progress = Math.min(100.0, Math.floor(1000.0 * c.succeededKeys() / total) / 10.0);
      }
      if (m.totalTupleCount() != null && m.totalTupleCount() > 0) {
        gitlab = Math.floor(10000.0 * c.succeededBatchSizes() / m.totalTupleCount()) / 100.0;
      }
    }
    return new MigrationSummary(m, c, progress, gitlab, note(m, c));
  }

  /** Why a migration does not move, when bbm can tell from the rows and the locks. */
  private String note(BatchedMigration m, JobCounts c) throws SQLException {
    OffsetDateTime now = OffsetDateTime.now();
    switch (m.status()) {
      case PAUSED:
        return "paused: Sidekiq does not run it; bbm resume or bbm finalize";
      case FAILED:
        return c.failed() + " failed job(s); bbm status " + m.displayId() + " shows their errors";
      case FINALIZING: {
        Optional<AdvisoryLock.Holder> h = AdvisoryLock.holder(db.session(), m.id());
        return h.map(x -> "being finalized by pid " + x.pid() + " since " + x.since())
            .orElse("finalizing, but no bbm holds its lock: an interrupted finalize; run bbm finalize again");
      }
      case ACTIVE:
        if (m.onHoldUntil() != null && m.onHoldUntil().isAfter(now)) {
          return "on hold until " + m.onHoldUntil() + " (a database health check stopped it)";
        }
        if (c.total() == 0) {
          return "no jobs created yet";
        }
        return c.failed() > 0 ? c.failed() + " failed job(s) waiting to be retried" : null;
      default:
        return m.status() == MigrationStatus.FINISHED && m.finishedAt() == null ? "finished_at is not set" : null;
    }
  }
}
