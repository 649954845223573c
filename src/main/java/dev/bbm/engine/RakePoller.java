package dev.bbm.engine;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.JobCounts;
import dev.bbm.domain.JobStatus;
import dev.bbm.store.Database;
import dev.bbm.store.Stores;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Progress of a migration someone else runs (GitLab's rake under finalize --via-rake), read from the
 * job table on bbm's own connection, which only reads: each look reports the jobs that ended since
 * the last one, with the share of the key range succeeded jobs cover, as finalize's own jobs are.
 * GitLab does not record rows per job, so rows are reported as unknown.
 */
final class RakePoller {
  /** Rows of a job GitLab ran: not recorded, so unknown. */
  static final long UNKNOWN_ROWS = -1;
  private static final OffsetDateTime BEGINNING = OffsetDateTime.parse("1970-01-01T00:00:00Z");

  private final Database db;
  private final Stores stores;
  private final BatchedMigration migration;
  private final ProgressListener progress;
  private final long totalKeys;
  private final String runner;
  private OffsetDateTime since;
  private boolean jobsReadable = true;
  private int endedRuns;
  private int failed;

  RakePoller(Database db, BatchedMigration migration, ProgressListener progress) {
    this(db, migration, progress, "GitLab's rake");
  }

  /**
   * @param runner who runs the jobs, for sentences ({@code GitLab's rake}, {@code Sidekiq})
   */
  RakePoller(Database db, BatchedMigration migration, ProgressListener progress, String runner) {
    this.runner = runner;
    this.db = db;
    this.stores = db.stores();
    this.migration = migration;
    this.progress = progress;
    Long min = migration.minValue();
    Long max = migration.maxValue();
    this.totalKeys = min == null || max == null || max < min ? 0 : max - min + 1;
  }

  /** The first look: what is done already; the bar starts from there. */
  void start() throws SQLException {
    OffsetDateTime last = stores.jobRows().lastUpdatedAt(db.session(), migration.id());
    since = last == null ? BEGINNING : last;
    progress.started(migration, totalKeys, covered());
    if (migration.cursorBased()) {
      jobsReadable = false;
      progress.note("migration " + migration.displayId() + " is batched by cursor: bbm shows no progress for it,"
          + " only " + runner + "'s own output");
    }
  }

  /** One look: a progress event for each job that ended since the last look. */
  void poll() throws SQLException {
    if (!jobsReadable) {
      return;
    }
    List<BatchedJob> ended;
    try {
      ended = stores.jobRows().endedSince(db.session(), migration.id(), since);
    } catch (BbmException unreadable) {
      jobsReadable = false; // a job bbm cannot read (no min/max value): the rake's output still shows
      return;
    }
    if (ended.isEmpty()) {
      return;
    }
    long covered = covered();
    for (BatchedJob j : ended) {
      boolean ok = j.status() == JobStatus.SUCCEEDED;
      endedRuns++;
      failed += ok ? 0 : 1;
      progress.jobFinished(j, ok, UNKNOWN_ROWS, took(j), ok ? null : "failed in " + runner + " (see its output)",
          covered, totalKeys);
      if (j.updatedAt() != null && j.updatedAt().isAfter(since)) {
        since = j.updatedAt();
      }
    }
  }

  /** The job runs seen ending while the rake ran, failed ones included. */
  int jobsEnded() {
    return endedRuns;
  }

  /** The failed job runs among them. */
  int jobsFailed() {
    return failed;
  }

  private long covered() throws SQLException {
    JobCounts c = stores.statistics().counts(db.session(), List.of(migration.id()))
        .getOrDefault(migration.id(), JobCounts.NONE);
    return totalKeys == 0 ? 0 : Math.min(totalKeys, c.succeededKeys());
  }

  private static Duration took(BatchedJob j) {
    if (j.startedAt() == null || j.finishedAt() == null || j.finishedAt().isBefore(j.startedAt())) {
      return Duration.ZERO;
    }
    return Duration.between(j.startedAt(), j.finishedAt());
  }
}
