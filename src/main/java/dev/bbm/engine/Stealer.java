package dev.bbm.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.JobClassNames;
import dev.bbm.domain.Json;
import dev.bbm.domain.LegacyJob;
import dev.bbm.domain.Pause;
import dev.bbm.jobs.JobRegistry;
import dev.bbm.jobs.LegacyJobClass;
import dev.bbm.sidekiq.RedisSettings;
import dev.bbm.sidekiq.SidekiqJob;
import dev.bbm.sidekiq.SidekiqQueues;
import dev.bbm.store.Catalog;
import dev.bbm.store.Database;
import dev.bbm.store.LegacyJobStore;
import dev.bbm.store.SqlErrors;
import dev.bbm.store.SubBatchStatement;
import dev.bbm.store.TableInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * GitLab's Gitlab::BackgroundMigration.steal plus the docs' "perform every pending job" loop, for
 * the jobs tracked in background_migration_jobs: each claimed under a row lock, run inline, and
 * marked succeeded with mark_all_as_succeeded; a failing job stays pending.
 */
final class Stealer {
  private final Database db;
  private final JobRegistry registry;
  private final ObjectMapper json;
  private final ProgressListener progress;
  private final BooleanSupplier stopRequested;
  private final LegacyJobStore legacyJobs;
  private final Catalog catalog;
  /** Whether legacyStarted was reported, and the number of jobs this run expects to run. */
  private boolean started;
  private int total;

  Stealer(Database db, JobRegistry registry, ObjectMapper json, ProgressListener progress,
      BooleanSupplier stopRequested) {
    this.db = db;
    this.registry = registry;
    this.json = json;
    this.progress = progress;
    this.stopRequested = stopRequested;
    this.legacyJobs = db.stores().legacyJobs();
    this.catalog = db.stores().catalog();
  }

  StealResult steal(String className, Integer pauseMs, boolean dryRun, boolean retryDead,
      Optional<RedisSettings> redis) throws SQLException {
    String name = JobClassNames.withoutLeadingColons(className);
    if (!db.layout().hasLegacyJobs()) {
      throw new BbmException(ExitCode.FAILURE, "database " + db.label() + " has no background_migration_jobs table");
    }
    List<LegacyJob> pending = legacyJobs.pending(db.session(), name);
    int trackedPending = pending.size();
    LegacyJobClass job = registry.findLegacy(name).orElseThrow(() -> new BbmException(ExitCode.USAGE,
        "bbm cannot run legacy job class " + name + " (it knows " + registry.knownLegacyNames() + "); its "
            + trackedPending + " pending tracked job(s) stay pending"));
    int pause = pauseMs != null ? pauseMs : LegacyJob.DEFAULT_PAUSE_MS;
    int found = pending.size();
    try {
      return run(name, job, pending, pause, dryRun, retryDead, redis, found);
    } finally {
      if (started) {
        progress.ended();
      }
    }
  }

  private StealResult run(String name, LegacyJobClass job, List<LegacyJob> pending, int pause, boolean dryRun,
      boolean retryDead, Optional<RedisSettings> redis, int found) throws SQLException {
    List<StealResult.Ran> ran = new ArrayList<>();
    int skipped = 0;
    if (!dryRun) {
      total = found;
    }
    if (redis.isPresent()) {
      try (SidekiqQueues queues = SidekiqQueues.open(redis.get())) {
        List<SidekiqJob> queued = queues.find(SidekiqQueues.DEFAULT_WORKER_CLASS, name, retryDead);
        found += queued.size();
        total = found;
        start(name, dryRun);
        for (SidekiqJob q : queued) {
          if (stopRequested.getAsBoolean()) {
            break;
          }
          if (dryRun) {
            ran.add(new StealResult.Ran(describe(q), json.writeValueAsString(q.arguments()), true, 0, null));
            continue;
          }
          long t0 = System.nanoTime();
          Optional<StealResult.Ran> r = runQueued(queues, q, job, pause, name);
          if (r.isEmpty()) {
            skipped++;
            total--;
          } else {
            ran.add(r.get());
            report(r.get(), t0, ran.size());
          }
        }
      } catch (JsonProcessingException e) {
        throw new BbmException(ExitCode.FAILURE, "cannot write a Sidekiq job's arguments as JSON", e);
      }
      pending = legacyJobs.pending(db.session(), name);
      // a Sidekiq job's run marks the tracked rows with its arguments succeeded: count what is left
      total = ran.size() + pending.size();
    }
    start(name, dryRun);
    for (LegacyJob row : pending) {
      if (stopRequested.getAsBoolean()) {
        break;
      }
      if (dryRun) {
        ran.add(new StealResult.Ran("row " + row.id(), row.argumentsJson(), true, 0, null));
        continue;
      }
      long t0 = System.nanoTime();
      Optional<StealResult.Ran> r = runTracked(row, job, pause);
      if (r.isEmpty()) {
        skipped++;
        total--;
        continue;
      }
      ran.add(r.get());
      report(r.get(), t0, ran.size());
    }
    return new StealResult(name, found, ran, skipped, dryRun);
  }

  /** Announces the run once, with the number of jobs known so far; a dry run or no job announces nothing. */
  private void start(String name, boolean dryRun) {
    if (!started && !dryRun && total > 0) {
      started = true;
      progress.legacyStarted(name, total);
    }
  }

  private void report(StealResult.Ran x, long t0, int done) {
    progress.legacyJobFinished(x.source(), x.argumentsJson(), x.succeeded(), x.rows(),
        Duration.ofNanos(System.nanoTime() - t0), x.error(), done, Math.max(total, done));
  }

  private static String describe(SidekiqJob q) {
    return "sidekiq " + q.source().name().toLowerCase(Locale.ROOT) + " " + q.jid();
  }

  /**
   * GitLab's steal for one Sidekiq job: removed from Redis only as it is run (a false take means
   * another process has it), put back on its queue if it fails; tracked rows with the same
   * arguments are marked succeeded, as the legacy job's own perform does.
   */
  private Optional<StealResult.Ran> runQueued(SidekiqQueues queues, SidekiqJob q, LegacyJobClass job, int pause,
      String name) throws SQLException, JsonProcessingException {
    String args = json.writeValueAsString(q.arguments());
    if (!queues.take(q)) {
      return Optional.empty();
    }
    try {
      long rows = run(job.plan(q.arguments(), this::columns), pause);
      if (db.layout().hasLegacyJobs()) {
        legacyJobs.markAllSucceeded(db.session(), name, args);
      }
      return Optional.of(new StealResult.Ran(describe(q), args, true, rows, null));
    } catch (BbmException | SQLException e) {
      queues.putBack(q);
      if (e instanceof SQLException s && SqlErrors.isConnectionLost(s)) {
        throw s;
      }
      String error = e instanceof SQLException s ? SqlErrors.railsMessage(s) : e.getMessage();
      return Optional.of(new StealResult.Ran(describe(q), args, false, 0, error + " (put back on its queue)"));
    }
  }

  /** Claims one tracked row on a second connection, runs it, and marks it as GitLab does. */
  private Optional<StealResult.Ran> runTracked(LegacyJob row, LegacyJobClass job, int pause) throws SQLException {
    try (Connection claim = db.openAnother()) {
      claim.setAutoCommit(false);
      if (!legacyJobs.claim(claim, row.id())) {
        claim.rollback();
        return Optional.empty();
      }
      try {
        Object args = Json.parse("arguments of legacy job row " + row.id(), row.argumentsJson());
        long rows = run(job.plan(args, this::columns), pause);
        legacyJobs.markAllSucceeded(claim, row.className().replaceFirst("^::", ""), row.argumentsJson());
        claim.commit();
        return Optional.of(new StealResult.Ran("row " + row.id(), row.argumentsJson(), true, rows, null));
      } catch (BbmException e) {
        claim.rollback();
        return Optional.of(new StealResult.Ran("row " + row.id(), row.argumentsJson(), false, 0, e.getMessage()));
      } catch (SQLException e) {
        if (SqlErrors.isConnectionLost(e)) {
          throw e;
        }
        claim.rollback();
        return Optional.of(new StealResult.Ran("row " + row.id(), row.argumentsJson(), false, 0,
            SqlErrors.railsMessage(e)));
      }
    }
  }

  private Optional<Set<String>> columns(String table) {
    try {
      return catalog.table(db.session(), table).map(TableInfo::columnTypes).map(Map::keySet);
    } catch (SQLException e) {
      throw new BbmException(ExitCode.FAILURE, "cannot read the columns of " + table + ": "
          + SqlErrors.firstLine(e.getMessage()), e);
    }
  }

  /** Runs the work's sub-batches, each its own transaction on the session; returns rows updated. */
  private long run(LegacyJobClass.Work w, int pauseMs) throws SQLException {
    SubBatchStatement update = SubBatchStatement.of(w.table(), w.batchColumn(), w.work().change(), w.work().scope());
    if (update == null) {
      return 0;
    }
    update = update.forJob(db.session(), w.range().min(), w.range().max());
    long rows = 0;
    long cursor = w.range().min();
    while (cursor <= w.range().max()) {
      SubBatchStatement.Result r = update.run(db.session(), cursor, w.range().max(), w.subBatchSize());
      rows += r.rowsUpdated();
      if (r.coveredUpTo() == null || r.coveredUpTo() >= w.range().max()) {
        break;
      }
      cursor = r.coveredUpTo() + 1;
      Pause.sleepMillis(pauseMs);
    }
    return rows;
  }
}
