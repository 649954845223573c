package dev.bbm.engine;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.Durations;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.FailedJob;
import dev.bbm.domain.JobCounts;
import dev.bbm.domain.MigrationStatus;
import dev.bbm.domain.Selection;
import dev.bbm.store.Database;
import dev.bbm.store.Stores;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * bbm wait: for upgrades that let Sidekiq do the work, reads the bookkeeping tables every interval
 * (never writing) until every selected migration is finished, one is failed, the timeout passes or
 * Ctrl-C; progress of the first unfinished one comes from its job table as finalize --via-rake shows it.
 */
final class Waiter {
  private static final int FAILED_JOBS_SHOWN = 20;
  private static final String RUNNER = "Sidekiq";

  private final Database db;
  private final Stores stores;
  private final ProgressListener progress;
  private final BooleanSupplier stopRequested;
  private RakePoller poller;
  private long watching;

  Waiter(Database db, ProgressListener progress, BooleanSupplier stopRequested) {
    this.db = db;
    this.stores = db.stores();
    this.progress = progress;
    this.stopRequested = stopRequested;
  }

  /**
   * Waits for the migration {@code selection} names, or with null for every unfinished one of the
   * database; {@code timeout} null waits for ever.
   */
  WaitResult await(Selection selection, Duration timeout, Duration interval) throws SQLException {
    long t0 = System.nanoTime();
    db.requireBatchedTables();
    List<BatchedMigration> watched;
    if (selection == null) {
      watched = stores.migrations().list(db.session(), false);
      if (watched.isEmpty()) {
        return new WaitResult(WaitResult.Outcome.FINISHED, "database " + db.label() + " has no unfinished batched"
            + " background migration", List.of(), Duration.ZERO, null, List.of());
      }
    } else {
      Optional<BatchedMigration> found = MigrationResolver.find(db, selection);
      if (found.isEmpty()) {
        FinalizeResult miss = Outcomes.notFound(selection, MigrationResolver.miss(db, selection));
        if (miss.certainMiss()) {
          // an id that does not exist, or a near miss ("did you mean"): exit 6, as finalize
          throw new BbmException(ExitCode.NOT_FOUND, miss.message());
        }
        return new WaitResult(WaitResult.Outcome.NOT_FOUND, miss.message(), List.of(), Duration.ZERO, null,
            List.of());
      }
      watched = List.of(found.get());
    }
    watched.stream().filter(m -> m.status() == MigrationStatus.PAUSED).forEach(m -> progress.warning("migration "
        + m.displayId() + " is paused: Sidekiq does not run it until it is resumed (bbm resume " + m.displayId() + ")"));
    try {
      return watch(watched, t0, timeout, interval);
    } finally {
      if (poller != null) {
        progress.ended();
      }
    }
  }

  private WaitResult watch(List<BatchedMigration> watched, long t0, Duration timeout, Duration interval)
      throws SQLException {
    long deadline = timeout == null ? Long.MAX_VALUE : t0 + timeout.toNanos();
    List<BatchedMigration> now = watched;
    while (true) {
      now = reread(now);
      follow(now);
      Optional<BatchedMigration> failed = now.stream().filter(m -> m.status() == MigrationStatus.FAILED).findFirst();
      if (failed.isPresent()) {
        BatchedMigration m = failed.get();
        List<FailedJob> jobs = stores.statistics().failedWithLastError(db.session(), m.id(),
            db.layout().hasTransitionLogs(), FAILED_JOBS_SHOWN);
        return result(WaitResult.Outcome.FAILED, "migration " + m.displayId() + " (" + m.configurationText()
            + ") is failed", now, t0, m, jobs);
      }
      if (now.stream().allMatch(m -> m.status().isDone())) {
        return result(WaitResult.Outcome.FINISHED, (now.size() == 1 ? "migration " + now.get(0).displayId() + " is "
            + now.get(0).status().label() : "all " + now.size() + " migrations are finished"), now, t0, null, List.of());
      }
      if (System.nanoTime() >= deadline) {
        return unfinished(WaitResult.Outcome.TIMED_OUT, "timed out after " + Durations.format(timeout), now, t0);
      }
      long left = deadline == Long.MAX_VALUE ? Long.MAX_VALUE : deadline - System.nanoTime();
      if (Sleeper.ticking(stopRequested).sleep(Duration.ofNanos(Math.min(left, interval.toNanos())))) {
        return unfinished(WaitResult.Outcome.INTERRUPTED, "stopped on request; nothing was changed", now, t0);
      }
    }
  }

  private List<BatchedMigration> reread(List<BatchedMigration> before) throws SQLException {
    List<BatchedMigration> now = new ArrayList<>();
    for (BatchedMigration m : before) {
      now.add(stores.migrations().findById(db.session(), m.id()).orElse(m));
    }
    return now;
  }

  /** Progress of the first unfinished migration; when the one shown is done, its bar ends and the next begins. */
  private void follow(List<BatchedMigration> now) throws SQLException {
    if (poller != null) {
      poller.poll();
      boolean done = now.stream().anyMatch(m -> m.id() == watching && m.status().isDone());
      if (!done) {
        return;
      }
      progress.completed();
      progress.ended();
      poller = null;
    }
    Optional<BatchedMigration> next = now.stream().filter(m -> !m.status().isDone()).findFirst();
    if (next.isPresent()) {
      watching = next.get().id();
      poller = new RakePoller(db, next.get(), progress, RUNNER);
      poller.start();
    }
  }

  private WaitResult unfinished(WaitResult.Outcome outcome, String why, List<BatchedMigration> now, long t0)
      throws SQLException {
    WaitResult r = result(outcome, why, now, t0, null, List.of());
    List<String> left = r.unfinished().stream().map(w -> w.migration().displayId() + " "
        + w.migration().status().label() + (w.percent() == null ? "" : String.format(" at %.0f %%", w.percent())))
        .toList();
    return new WaitResult(outcome, why + "; still unfinished: " + String.join(", ", left), r.migrations(),
        r.waited(), null, List.of());
  }

  private WaitResult result(WaitResult.Outcome outcome, String message, List<BatchedMigration> now, long t0,
      BatchedMigration failed, List<FailedJob> jobs) throws SQLException {
    Map<Long, JobCounts> counts = stores.statistics().counts(db.session(),
        now.stream().map(BatchedMigration::id).toList());
    List<WaitResult.Waited> waited = now.stream().map(m -> new WaitResult.Waited(m,
        percent(m, counts.getOrDefault(m.id(), JobCounts.NONE)))).toList();
    return new WaitResult(outcome, message, waited, Duration.ofNanos(System.nanoTime() - t0), failed, jobs);
  }

  private static Double percent(BatchedMigration m, JobCounts c) {
    if (m.status().isDone()) {
      return 100.0;
    }
    Long min = m.minValue();
    Long max = m.maxValue();
    if (m.cursorBased() || min == null || max == null || max < min) {
      return null;
    }
    return Math.min(100.0, 100.0 * c.succeededKeys() / (max - min + 1));
  }
}
