package dev.bbm.engine;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.Durations;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.JobCounts;
import dev.bbm.domain.JobRange;
import dev.bbm.domain.MigrationStatus;
import dev.bbm.domain.Selection;
import dev.bbm.domain.Throughput;
import dev.bbm.jobs.Lookup;
import dev.bbm.store.AdvisoryLock;
import dev.bbm.store.Database;
import dev.bbm.store.JobStatistics;
import dev.bbm.store.Stores;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Builds status reports: what is unfinished, how far each migration got, and why it may not move. */
final class StatusReader {
  private static final int LATEST_JOBS = 10;
  private static final int FAILED_JOBS = 50;

  private static final int PACE_JOBS = 20;
  /** The least time without a finished job after which a migration is taken as not moving (no ETA). */
  private static final Duration STILL_MOVING = Duration.ofMinutes(15);

  private final Database db;

  StatusReader(Database db) {
    this.db = db;
  }

  /** What summaries need beyond one migration's row: pace, running jobs, its neighbours. */
  private record Surroundings(Map<Long, JobCounts> counts, Map<Long, Throughput> throughput,
      Map<Long, List<BatchedJob>> running, List<BatchedMigration> unfinished) {}

  StatusReport list(boolean includeDone) throws SQLException {
    var layout = db.requireBatchedTables();
    List<BatchedMigration> ms = db.stores().migrations().list(db.session(), includeDone);
    Surroundings around = surroundings(ms);
    List<MigrationSummary> out = new ArrayList<>();
    for (BatchedMigration m : ms) {
      out.add(summarize(m, around));
    }
    return new StatusReport(db.label(), layout.describe(), layout.schema(), includeDone, out);
  }

  private Surroundings surroundings(List<BatchedMigration> ms) throws SQLException {
    Stores stores = db.stores();
    List<Long> ids = ms.stream().map(BatchedMigration::id).toList();
    Map<Long, List<BatchedJob>> running = new HashMap<>();
    for (BatchedJob j : stores.jobRows().running(db.session(), ids)) {
      running.computeIfAbsent(j.migrationId(), k -> new ArrayList<>()).add(j);
    }
    List<BatchedMigration> unfinished = ms.stream().filter(m -> !m.status().isDone()).toList();
    JobStatistics statistics = stores.statistics();
    return new Surroundings(statistics.counts(db.session(), ids),
        statistics.recentThroughput(db.session(), ids, PACE_JOBS), running, unfinished);
  }

  /**
   * One migration in detail; its job class is looked up with {@code classes}; with {@code withJobs},
   * every job with its transition-log history too.
   */
  MigrationDetail detail(Selection selection, Function<String, Lookup> classes, boolean withJobs)
      throws SQLException {
    var layout = db.requireBatchedTables();
    BatchedMigration m = MigrationResolver.require(db, selection);
    Stores stores = db.stores();
    List<BatchedMigration> unfinished = stores.migrations().list(db.session(), false);
    List<BatchedMigration> scope = new ArrayList<>(unfinished);
    if (unfinished.stream().noneMatch(u -> u.id() == m.id())) {
      scope.add(m);
    }
    Surroundings around = surroundings(scope);
    List<BatchedJob> all = stores.jobRows().all(db.session(), m.id());
    List<BatchedJob> latest = all.size() <= LATEST_JOBS ? all : all.subList(all.size() - LATEST_JOBS, all.size());
    return new MigrationDetail(db.label(), layout.schema(), summarize(m, around),
        stores.statistics().failedWithLastError(db.session(), m.id(), layout.hasTransitionLogs(), FAILED_JOBS),
        List.copyOf(latest), classes.apply(m.jobClassName()), withJobs ? JobStories.read(db, m.id()) : null);
  }

  private MigrationSummary summarize(BatchedMigration m, Surroundings around) throws SQLException {
    JobCounts c = around.counts().getOrDefault(m.id(), JobCounts.NONE);
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
    Eta eta = estimate(m, c, around.throughput().get(m.id()), OffsetDateTime.now());
    return new MigrationSummary(m, c, progress, gitlab, note(m, c, around), eta.seconds(), eta.basis());
  }

  /** An estimate of the time left, or none (null seconds) with the reason why in {@code basis}. */
  private record Eta(Long seconds, String basis) {}

  /**
   * The time left at the pace of the last jobs, for a migration that moves: active or finalizing, not
   * on hold, and with a job finished lately. "Lately" is {@link #STILL_MOVING} or three of its
   * intervals, whichever is longer: Sidekiq gives a migration a job every interval (2 minutes by
   * default), so three turns without a finished job means it has stopped (a paused Sidekiq, a health
   * check holding it, a long batch), and a pace from hours ago would promise an end that is not coming.
   */
  static Eta estimate(BatchedMigration m, JobCounts c, Throughput pace, OffsetDateTime now) {
    switch (m.status()) {
      case PAUSED:
        return new Eta(null, "paused: nothing runs it");
      case FAILED:
        return new Eta(null, "failed: nothing runs it until it is retried");
      case ACTIVE:
      case FINALIZING:
        break;
      default:
        return new Eta(null, null);
    }
    if (m.onHoldUntil() != null && m.onHoldUntil().isAfter(now)) {
      return new Eta(null, "on hold until " + m.onHoldUntil());
    }
    if (m.minValue() == null || m.maxValue() == null) {
      return new Eta(null, "no key range to measure against");
    }
    if (pace == null || pace.lastFinishedAt() == null) {
      return new Eta(null, "no job finished yet");
    }
    Duration window = Duration.ofSeconds(Math.max(STILL_MOVING.toSeconds(), 3L * m.interval()));
    if (pace.lastFinishedAt().isBefore(now.minus(window))) {
      return new Eta(null, "no job finished in the last " + Durations.format(window) + " (the latest "
          + Durations.format(Duration.between(pace.lastFinishedAt(), now)) + " ago)");
    }
    if (pace.keysPerSecond() <= 0) {
      return new Eta(null, "too few finished jobs to measure a pace");
    }
    long remaining = Math.max(0, JobRange.keys(m.minValue(), m.maxValue()) - c.succeededKeys());
    return new Eta(Math.round(remaining / pace.keysPerSecond()), String.format(Locale.ROOT,
        "at %.0f keys/s over the last %d job(s)", pace.keysPerSecond(), pace.jobs()));
  }

  /** A word on a migration's running jobs: a live or gone bbm runner, Sidekiq, or stuck. */
  private String runningNote(List<BatchedJob> running, OffsetDateTime now) throws SQLException {
    for (BatchedJob j : running) {
      Duration age = Duration.between(j.updatedAt(), now);
      RunnerIdentity runner = RunnerIdentity.parse(j.metricsJson());
      if (runner != null) {
        return runner.alive(db.session(), j.id())
            ? "job " + j.id() + " is running in bbm (pid " + runner.pid() + ")"
            : "job " + j.id() + " was running in a bbm that is gone (pid " + runner.pid() + "); bbm finalize retries it";
      }
      if (age.compareTo(Duration.ofHours(1)) >= 0) {
        return "job " + j.id() + " is stuck: running but untouched for " + Durations.format(age)
            + "; bbm finalize retries it";
      }
      return "job " + j.id() + " is running (updated " + Durations.format(age) + " ago)";
    }
    return null;
  }


  /** Why a migration does not move, when bbm can tell from the rows and the locks. */
  private String note(BatchedMigration m, JobCounts c, Surroundings around) throws SQLException {
    OffsetDateTime now = OffsetDateTime.now();
    switch (m.status()) {
      case PAUSED:
        return "paused: Sidekiq does not run it; bbm resume or bbm finalize";
      case FAILED:
        return c.failed() + " failed job(s); bbm status " + m.displayId() + " shows their errors";
      case FINALIZING: {
        Optional<AdvisoryLock.Holder> h = AdvisoryLock.holder(db.session(), m.id());
        if (h.isPresent()) {
          return "being finalized by " + h.get().who() + (h.get().since() == null ? ""
              : " since " + h.get().since());
        }
        int workers = AdvisoryLock.workers(db.session(), m.id());
        return workers > 0 ? "being finalized by " + workers + " bbm worker connection(s) that joined it (--join)"
            : "finalizing, but no bbm holds its lock: an interrupted finalize; run bbm finalize again";
      }
      case ACTIVE: {
        if (m.onHoldUntil() != null && m.onHoldUntil().isAfter(now)) {
          return "on hold until " + m.onHoldUntil() + " (a database health check stopped it)";
        }
        Optional<BatchedMigration> ahead = around.unfinished().stream()
            .filter(o -> o.id() < m.id() && o.tableName().equals(m.tableName())
                && (o.status() == MigrationStatus.ACTIVE || o.status() == MigrationStatus.FINALIZING))
            .findFirst();
        if (ahead.isPresent()) {
          return "waits for " + ahead.get().displayId() + " on the same table (GitLab runs one migration per table"
              + " at a time)";
        }
        String running = runningNote(around.running().getOrDefault(m.id(), List.of()), now);
        if (running != null) {
          return running;
        }
        if (c.total() == 0) {
          return "no jobs created yet: is Sidekiq running, with execute_batched_migrations_on_schedule enabled?";
        }
        if (c.lastCreatedAt() != null) {
          Duration idle = Duration.between(c.lastCreatedAt(), now);
          Duration expected = Duration.ofSeconds(Math.max(3600, 10L * m.interval()));
          if (idle.compareTo(expected) > 0) {
            return "no new job for " + Durations.format(idle) + ": Sidekiq does not seem to run it;"
                + " bbm finalize " + m.displayId() + " runs it now";
          }
        }
        return c.failed() > 0 ? c.failed() + " failed job(s) waiting to be retried" : null;
      }
      default:
        return m.status() == MigrationStatus.FINISHED && m.finishedAt() == null ? "finished_at is not set" : null;
    }
  }
}
