package dev.bbm.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.JobClassNames;
import dev.bbm.domain.Selection;
import dev.bbm.jobs.JobRegistry;
import dev.bbm.jobs.JobSources;
import dev.bbm.jobs.Lookup;
import dev.bbm.schema.MigrateListener;
import dev.bbm.schema.MigrateOptions;
import dev.bbm.schema.MigrateResult;
import dev.bbm.schema.MigrateStatusReport;
import dev.bbm.schema.SchemaMigrator;
import dev.bbm.sidekiq.RedisSettings;
import dev.bbm.sidekiq.SidekiqQueues;
import dev.bbm.store.Database;
import dev.bbm.store.Sessions;
import dev.bbm.store.SqlErrors;
import dev.bbm.store.SqlState;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one entry point every command calls. It knows nothing of picocli; database errors leave
 * it as BbmException with an exit code and one sentence.
 */
public final class BatchEngine implements AutoCloseable {
  private final Database db;
  private final BooleanSupplier stopRequested;
  private final JobSources jobSources;
  private final PoolerGuard pooler;
  private ObjectMapper json;
  private JobRegistry registry;
  private Duration inlineGrace;

  public BatchEngine(Database db, BooleanSupplier stopRequested) {
    this(db, stopRequested, JobSources.builtInOnly());
  }

  /**
   * @param jobSources where job definition files are looked for (--jobs-dir, ~/.config/bbm/jobs)
   */
  public BatchEngine(Database db, BooleanSupplier stopRequested, JobSources jobSources) {
    this(db, stopRequested, jobSources, warning -> { });
  }

  /**
   * @param warnings where warnings about the connection go (a read through PgBouncer in transaction mode)
   */
  public BatchEngine(Database db, BooleanSupplier stopRequested, JobSources jobSources, Consumer<String> warnings) {
    this.db = db;
    this.stopRequested = stopRequested;
    this.jobSources = jobSources;
    this.pooler = new PoolerGuard(db, warnings);
  }

  /** The grace after fencing for finalizes bbm runs by itself (db migrate's ensure); null for the default. */
  public BatchEngine withSidekiqGrace(Duration grace) {
    this.inlineGrace = grace;
    return this;
  }

  public StatusReport status(boolean includeDone) {
    return read(() -> new StatusReader(db).list(includeDone));
  }

  /**
   * The ids of this database's migrations as commands take them ({@code main_85}), unfinished ones
   * first: what shell completion offers.
   */
  public List<String> migrationIds() {
    return call(() -> db.stores().migrations().ids(db.session()).stream()
        .map(id -> db.label() + "_" + id).toList());
  }

  /**
   * One migration in detail, with how bbm would run its job class; a definition file that does not
   * load is reported there rather than stopping status.
   */
  public MigrationDetail status(Selection selection) {
    return status(selection, false);
  }

  /** One migration in detail; with {@code withJobs}, every job and its transition-log history too. */
  public MigrationDetail status(Selection selection, boolean withJobs) {
    Function<String, Lookup> classes;
    try {
      JobRegistry registry = JobRegistry.load(jobSources);
      classes = registry::lookup;
    } catch (BbmException e) {
      classes = name -> new Lookup(JobClassNames.withoutModule(name), null, null,
          List.of("job definitions: " + e.getMessage()));
    }
    Function<String, Lookup> lookup = classes;
    return read(() -> new StatusReader(db).detail(selection, lookup, withJobs));
  }

  public FinalizeResult finalize(Selection selection, FinalizeOptions options, ProgressListener progress) {
    return write(options.dryRun(), () -> new Finalizer(db, JobRegistry.load(jobSources), progress, stopRequested)
        .finalize(selection, options));
  }

  /**
   * The migrations a finalize of several takes from this database, resolved before any runs: those
   * {@code selections} name (duplicates once, in the order given), or with null every unfinished one
   * in GitLab's order (by id). A selection that matches nothing is exit 6 with finalize's message, an
   * ambiguous one exit 2; job definitions are loaded here, so a broken one stops everything first.
   */
  List<BatchedMigration> queue(List<Selection> selections) {
    return read(() -> {
      db.requireBatchedTables();
      registry();
      if (selections == null) {
        return db.stores().migrations().list(db.session(), false);
      }
      Map<Long, BatchedMigration> found = new LinkedHashMap<>();
      for (Selection s : selections) {
        Optional<BatchedMigration> m = MigrationResolver.find(db, s);
        if (m.isEmpty()) {
          throw new BbmException(ExitCode.NOT_FOUND, Outcomes.notFound(s, MigrationResolver.miss(db, s)).message()
              + (selections.size() > 1 ? " (nothing was finalized)" : ""));
        }
        found.putIfAbsent(m.get().id(), m.get());
      }
      return List.copyOf(found.values());
    });
  }

  /**
   * Finalizes one migration of several, as a single finalize runs it; a class bbm cannot run, or a
   * refusal, becomes a skip with its sentence instead of ending the command.
   */
  FinalizeAllResult.Entry finalizeQueued(BatchedMigration m, FinalizeOptions options, ProgressListener progress) {
    long t0 = System.nanoTime();
    try {
      return write(options.dryRun(), () -> {
        JobRegistry registry = registry();
        Lookup lookup = registry.lookup(m.jobClassName());
        if (!m.status().isDone() && !lookup.found()) {
          return FinalizeAllResult.Entry.cannotRun(m, ClassRefusal.sentence(m), ClassRefusal.waysOut(m, lookup));
        }
        FinalizeResult r = new Finalizer(db, registry, progress, stopRequested)
            .finalize(new Selection.ById(db.label(), m.id()), options);
        return FinalizeAllResult.Entry.of(r, m);
      });
    } catch (BbmException e) {
      return FinalizeAllResult.Entry.refused(m, e, Duration.ofNanos(System.nanoTime() - t0));
    }
  }

  /** Whether Ctrl-C (or SIGTERM) asked bbm to stop. */
  boolean stopRequested() {
    return stopRequested.getAsBoolean();
  }

  private JobRegistry registry() {
    if (registry == null) {
      registry = JobRegistry.load(jobSources);
    }
    return registry;
  }

  /**
   * finalize --via-rake: GitLab's own rake task runs the migration as a child process, with
   * {@code env} (bbm's environment, whose PATH finds it); bbm shows progress from the job table.
   */
  public FinalizeResult finalizeViaRake(Selection selection, RakeCommand command, boolean dryRun,
      Map<String, String> env, RakeListener listener) {
    // bbm itself only reads here: the rake task writes, through GitLab's own connection
    return read(() -> new RakeFinalizer(db, listener, stopRequested, env).finalize(selection, command, dryRun));
  }

  /**
   * bbm wait: reads (never writes) until the migration {@code selection} names, or with null every
   * unfinished one, is finished, one is failed, {@code timeout} (null: none) passes or Ctrl-C.
   */
  public WaitResult await(Selection selection, Duration timeout, Duration interval, ProgressListener progress) {
    return read(() -> new Waiter(db, progress, stopRequested).await(selection, timeout, interval));
  }

  /** Pending tracked legacy jobs, of one class or all. */
  public PendingCount pendingCount(String className) {
    return read(() -> {
      if (!db.layout().hasLegacyJobs()) {
        throw new BbmException(ExitCode.FAILURE, "database " + db.label() + " has no background_migration_jobs table");
      }
      Map<String, Long> byClass = new LinkedHashMap<>(db.stores().legacyJobs().pendingByClass(db.session()));
      if (className != null) {
        String name = JobClassNames.withoutLeadingColons(className);
        byClass.keySet().retainAll(Set.of(name));
      }
      long total = byClass.values().stream().mapToLong(Long::longValue).sum();
      return new PendingCount(db.label(), total, byClass);
    });
  }

  /** Runs the pending legacy jobs of a class inline (GitLab's steal and the docs' pending-jobs loop). */
  public StealResult steal(String className, Integer pauseMs, boolean dryRun, boolean retryDead,
      Optional<RedisSettings> redis, ProgressListener progress) {
    return write(dryRun, () -> new Stealer(db, JobRegistry.load(), json(), progress, stopRequested)
        .steal(className, pauseMs, dryRun, retryDead, redis));
  }

  /** Legacy background migrations still to run: tracked rows, and Sidekiq's jobs when Redis is known. */
  public RemainingReport remaining(Optional<RedisSettings> redis) {
    return read(() -> {
      Map<String, Long> byClass = db.layout().hasLegacyJobs()
          ? db.stores().legacyJobs().pendingByClass(db.session()) : Map.of();
      long tracked = byClass.values().stream().mapToLong(Long::longValue).sum();
      if (redis.isEmpty()) {
        return new RemainingReport(db.label(), tracked, byClass, null, null);
      }
      try (var queues = SidekiqQueues.open(redis.get())) {
        return new RemainingReport(db.label(), tracked, byClass,
            queues.remaining(SidekiqQueues.DEFAULT_WORKER_CLASS), redis.get().describe());
      }
    });
  }

  /**
   * The pre-upgrade check; migration files are looked for in the given directories, and the pending
   * ones of GitLab's Rails root (when one is known) are read for the calls the next db:migrate stops on.
   *
   * @param typed the options the recommended commands carry
   */
  public CheckReport check(List<Path> migrationDirs, TypedOptions typed) {
    return read(() -> new Checker(db, jobSources, typed).check(migrationDirs));
  }

  /**
   * The migrations the next db:migrate would stop on (check's blocking calls, in the order db:migrate
   * runs them), for finalize --blocking. Without GitLab's Rails root there is nothing to read: exit 2
   * saying where bbm looked.
   */
  public List<Selection> blocking() {
    return read(() -> BlockerScan.blocking(db, jobSources));
  }

  /** The migration directories of a GitLab Rails root: db/migrate, db/post_migrate and their EE twins. */
  public static List<Path> migrationDirs(Path railsRoot) {
    return BlockerScan.migrationDirs(railsRoot);
  }

  /**
   * bbm db migrate: applies the pending schema migration files in version order under the migration
   * lock, creating the bookkeeping tables first when they are missing. The first error ends it; the
   * result carries it (nothing after it ran, the failed file is not recorded).
   */
  public MigrateResult migrate(MigrateOptions options, MigrateListener listener) {
    return write(options.dryRun(), () -> new SchemaMigrator(db, jobSources, listener, stopRequested,
        this::finalizeInline).migrate(options));
  }

  /** bbm db migrate:status: the files of the directories and the applied versions, merged as Rails does. */
  public MigrateStatusReport migrateStatus(List<Path> migrationDirs) {
    return read(() -> new SchemaMigrator(db, jobSources, MigrateListener.NONE, stopRequested, this::finalizeInline)
        .status(migrationDirs));
  }

  /** db migrate's ensure directive, finalizing inline: finalize's defaults, on the job classes db migrate loaded. */
  private FinalizeResult finalizeInline(long migrationId, JobRegistry registry, ProgressListener progress)
      throws SQLException {
    return new Finalizer(db, registry, progress, stopRequested)
        .finalize(new Selection.ById(db.label(), migrationId), FinalizeOptions.defaults().withSidekiq(inlineGrace, null));
  }

  /** bbm jobs new: a job definition skeleton's material, from the table's columns; names are checked first. */
  public JobSkeleton jobSkeleton(String className, String table, String batchColumn) {
    return read(() -> JobSkeleton.read(db, jobSources, className, table, batchColumn));
  }

  /** GitLab's retry_failed_jobs!, then (with finalizeOptions) a finalize of the same migration. */
  public RetryResult retry(Selection selection, boolean dryRun, FinalizeOptions finalizeOptions,
      ProgressListener progress) {
    return write(dryRun, () -> {
      JobRegistry registry = JobRegistry.load(jobSources);
      RetryResult r = new Retrier(db, registry).retry(selection, dryRun, finalizeOptions != null);
      if (finalizeOptions == null || dryRun) {
        return r;
      }
      FinalizeResult f = new Finalizer(db, registry, progress, stopRequested)
          .finalize(new Selection.ById(db.label(), r.migration().id()), finalizeOptions);
      return new RetryResult(f.migration() == null ? r.migration() : f.migration(), r.changes(), false, f);
    });
  }

  /** GitLab 18's rake pause: active to paused, or GitLab's refusal. */
  public StatusChangeResult pause(Selection selection, boolean dryRun) {
    return write(dryRun, () -> new StatusChanger(db).change(selection, StatusChangeResult.Action.PAUSE, dryRun));
  }

  /** GitLab 18's rake resume: paused to active (started_at now), or GitLab's refusal. */
  public StatusChangeResult resume(Selection selection, boolean dryRun) {
    return write(dryRun, () -> new StatusChanger(db).change(selection, StatusChangeResult.Action.RESUME,
        dryRun));
  }

  /** Marks every job succeeded and the migration finished without running anything, once confirmed. */
  public MarkFinishedResult markFinished(Selection selection, MarkFinishedOptions options, Confirmation confirmation,
      ProgressListener progress) {
    return write(options.dryRun(), () -> new MarkFinisher(db, progress).markFinished(selection, options,
        confirmation));
  }

  private ObjectMapper json() {
    if (json == null) {
      json = new ObjectMapper();
    }
    return json;
  }

  /** Engine work that may hit the database. */
  @FunctionalInterface
  interface Call<T> {
    T run() throws SQLException;
  }

  /** Work that only reads: through PgBouncer in transaction mode it goes on, with a warning. */
  private <T> T read(Call<T> work) {
    return call(() -> {
      pooler.beforeRead();
      return work.run();
    });
  }

  /**
   * Work that writes (unless {@code dryRun}): refused, before anything is written, through PgBouncer in
   * transaction mode.
   */
  private <T> T write(boolean dryRun, Call<T> work) {
    if (dryRun) {
      return read(work);
    }
    return call(() -> {
      pooler.beforeWrite();
      return work.run();
    });
  }

  private <T> T call(Call<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw translate(e);
    }
  }

  private BbmException translate(SQLException e) {
    if (SqlErrors.isConnectionLost(e)) {
      return new BbmException(ExitCode.UNFINISHED, "lost the connection to database " + db.label() + " ("
          + SqlErrors.firstLine(e.getMessage()) + "); nothing is lost, run the same command again to continue", e);
    }
    if (SqlState.READ_ONLY_SQL_TRANSACTION.is(e)) {
      return new BbmException(ExitCode.FAILURE, inRecovery()
          ? "database " + db.label() + " is a hot standby (in recovery), which bbm can only read; nothing was"
              + " changed, run the command against the primary"
          : "database " + db.label() + " is read-only (default_transaction_read_only is on, or a replica);"
              + " nothing was changed, connect to the primary or turn read-only off", e);
    }
    return new BbmException(ExitCode.FAILURE, "database error on " + db.label() + ": "
        + SqlErrors.firstLine(e.getMessage()) + " (SQLSTATE " + e.getSQLState() + ")", e);
  }

  /** Whether the session's server is a standby in recovery; false when that cannot be told. */
  private boolean inRecovery() {
    Connection c = db.openSession();
    if (c == null) {
      return false;
    }
    try {
      return Sessions.inRecovery(c);
    } catch (SQLException ignored) {
      return false;
    }
  }

  @Override
  public void close() {
    db.close();
  }
}
