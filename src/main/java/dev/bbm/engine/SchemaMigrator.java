package dev.bbm.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.Json;
import dev.bbm.domain.MigrationDirective;
import dev.bbm.domain.MigrationFile;
import dev.bbm.domain.MigrationScript;
import dev.bbm.domain.MigrationStatus;
import dev.bbm.domain.RubyInspect;
import dev.bbm.domain.Selection;
import dev.bbm.jobs.JobClass;
import dev.bbm.jobs.JobRegistry;
import dev.bbm.jobs.JobSources;
import dev.bbm.store.AdvisoryLock;
import dev.bbm.store.BookkeepingTables;
import dev.bbm.store.Database;
import dev.bbm.store.Layout;
import dev.bbm.store.MigrateLock;
import dev.bbm.store.MigrationStore;
import dev.bbm.store.SchemaVersionStore;
import dev.bbm.store.Sessions;
import dev.bbm.store.SqlErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * bbm db migrate and db migrate:status (SPEC §6): Rails' schema migrations as SQL files, with
 * GitLab's batched background migration helpers as directives (reference §8).
 */
final class SchemaMigrator {
  static final String CANCELED = "An error has occurred, all later migrations canceled:";
  static final String DOCS_URL = "https://docs.gitlab.com/ee/update/background_migrations.html"
      + "#database-migrations-failing-because-of-batched-background-migration-not-finished";
  private static final Duration LOCK_POLL = Duration.ofMillis(500);
  private static final int SUMMARY_CHARS = 70;

  private final Database db;
  private final JobSources jobSources;
  private final ObjectMapper json;
  private final MigrateListener listener;
  private final BooleanSupplier stopRequested;
  private final SchemaVersionStore versions;
  private final MigrationStore migrations;
  private JobRegistry registry;

  SchemaMigrator(Database db, JobSources jobSources, ObjectMapper json, MigrateListener listener,
      BooleanSupplier stopRequested) {
    this.db = db;
    this.jobSources = jobSources;
    this.json = json;
    this.listener = listener;
    this.stopRequested = stopRequested;
    this.versions = new SchemaVersionStore(db);
    this.migrations = db.stores().migrations();
  }

  /** A pending file, read and checked: its steps in order, each directive's payload already validated. */
  private record Prepared(MigrationFile file, MigrationScript script, List<Object> steps) {}

  // ---------------------------------------------------------------- status

  MigrateStatusReport status(List<Path> dirs) throws SQLException {
    List<MigrationFile> files = MigrationFiles.migrations(dirs);
    Layout layout = db.layout();
    Set<String> applied = layout.hasSchemaMigrations() ? new TreeSet<>(versions.appliedVersions()) : new TreeSet<>();
    List<MigrateStatusReport.Row> rows = new ArrayList<>();
    for (MigrationFile f : files) {
      rows.add(new MigrateStatusReport.Row(applied.remove(f.version()), f.version(), f.humanizedName(), f));
    }
    for (String v : applied) {
      rows.add(new MigrateStatusReport.Row(true, v, MigrateStatusReport.NO_FILE, null));
    }
    rows.sort(Comparator.comparing((MigrateStatusReport.Row r) -> versionNumber(r.version()))
        .thenComparing(MigrateStatusReport.Row::version));
    return new MigrateStatusReport(db.label(), versions.databaseName(), layout.hasSchemaMigrations(), rows);
  }

  /** Rails orders by version.to_i: the leading digits as a number. */
  private static java.math.BigInteger versionNumber(String v) {
    int end = 0;
    while (end < v.length() && Character.isDigit(v.charAt(end))) {
      end++;
    }
    return end == 0 ? java.math.BigInteger.ZERO : new java.math.BigInteger(v.substring(0, end));
  }

  // ---------------------------------------------------------------- migrate

  MigrateResult migrate(MigrateOptions o) throws SQLException {
    List<MigrationFile> files = MigrationFiles.migrations(o.dirs());
    if (o.dryRun()) {
      return dryRun(files, o);
    }
    Connection session = db.session();
    long key = MigrateLock.key(session);
    acquire(session, key, o.noWait());
    try {
      return migrateLocked(files, o);
    } finally {
      try {
        MigrateLock.unlock(db.openSession(), key);
      } catch (SQLException ignored) {
        // the session is gone, and its lock with it
      }
    }
  }

  private void acquire(Connection session, long key, boolean noWait) throws SQLException {
    boolean announced = false;
    while (!MigrateLock.tryLock(session, key)) {
      String who = MigrateLock.holder(session, key).map(SchemaMigrator::describe).orElse("another session");
      if (noWait) {
        throw new BbmException(ExitCode.BUSY, "another schema migration is running on database " + db.label()
            + " (" + who + " holds the migration lock); wait for it to finish, or run bbm db migrate without"
            + " --no-wait to wait for it");
      }
      if (!announced) {
        announced = true;
        listener.waitingForLock(who);
      }
      sleep(LOCK_POLL);
      if (stopRequested.getAsBoolean()) {
        throw new BbmException(ExitCode.UNFINISHED, "stopped while waiting for the migration lock held by " + who
            + "; nothing was applied");
      }
    }
  }

  private static String describe(AdvisoryLock.Holder h) {
    return "pid " + h.pid() + " (application " + (h.applicationName() == null || h.applicationName().isEmpty()
        ? "unnamed" : h.applicationName()) + (h.clientAddress() == null ? "" : ", client " + h.clientAddress())
        + ", connected since " + h.since() + ")";
  }

  private MigrateResult migrateLocked(List<MigrationFile> files, MigrateOptions o) throws SQLException {
    Layout layout = db.layout();
    Pending work = pending(files, layout, o);
    List<Prepared> prepared = work.prepared();
    List<MigrationFile> skipped = work.skipped();
    List<String> missing = work.missingTables();
    if (!missing.isEmpty()) {
      db.inTransaction(c -> {
        BookkeepingTables.create(c, missing);
        return null;
      });
      db.refreshLayout();
      listener.createdTables(missing);
    }
    String name = versions.databaseName();
    List<MigrateResult.Applied> done = new ArrayList<>();
    int upToDate = work.upToDate();
    for (Prepared p : prepared) {
      if (stopRequested.getAsBoolean()) {
        MigrateResult.Failure stop = new MigrateResult.Failure(null, ExitCode.UNFINISHED, "stopped before "
            + p.file().path() + "; " + done.size() + " migration(s) applied, run bbm db migrate again for the rest");
        return new MigrateResult(db.label(), name, false, missing, done, skipped, upToDate, List.of(), stop);
      }
      long t0 = System.nanoTime();
      try {
        run(p, o);
      } catch (Failed f) {
        listener.failed(p.file(), p.script().ddlTransaction());
        return new MigrateResult(db.label(), name, false, missing, done, skipped, upToDate, List.of(),
            new MigrateResult.Failure(p.file(), f.exitCode, CANCELED + "\n\n" + f.getMessage()));
      }
      Duration took = Duration.ofNanos(System.nanoTime() - t0);
      listener.migrated(p.file(), took);
      done.add(new MigrateResult.Applied(p.file(), took));
    }
    return new MigrateResult(db.label(), name, false, missing, done, skipped, upToDate, List.of(), null);
  }

  /**
   * What a run (or a dry run) of these files would do: the pending files read and checked, those
   * skipped (post-deployment with SKIP_POST_DEPLOYMENT_MIGRATIONS), how many are already up, and
   * which bookkeeping tables are missing.
   */
  private record Pending(List<Prepared> prepared, List<MigrationFile> skipped, int upToDate,
      List<String> missingTables) {}

  private Pending pending(List<MigrationFile> files, Layout layout, MigrateOptions o) throws SQLException {
    Set<String> applied = layout.hasSchemaMigrations() ? versions.appliedVersions() : Set.of();
    List<MigrationFile> pending = new ArrayList<>();
    List<MigrationFile> skipped = new ArrayList<>();
    split(files, applied, o, pending, skipped);
    return new Pending(prepare(pending), skipped, files.size() - pending.size() - skipped.size(),
        BookkeepingTables.missing(layout));
  }

  private static void split(List<MigrationFile> files, Set<String> applied, MigrateOptions o,
      List<MigrationFile> pending, List<MigrationFile> skipped) {
    for (MigrationFile f : files) {
      if (applied.contains(f.version())) {
        continue;
      }
      if (f.postDeployment() && o.skipPostDeployment()) {
        skipped.add(f);
      } else {
        pending.add(f);
      }
    }
  }

  /** Reads and checks every pending file before anything runs: a bad one stops db migrate with exit 2. */
  private List<Prepared> prepare(List<MigrationFile> pending) {
    List<Prepared> out = new ArrayList<>();
    for (MigrationFile f : pending) {
      if (!f.isSql()) {
        throw BbmException.usage(f.path() + " is a Ruby migration, which bbm cannot run; run gitlab-rake db:migrate"
            + " (or rails db:migrate) for it, or move the .rb files out of the migration directories");
      }
      String text;
      try {
        text = Files.readString(f.path(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw BbmException.usage("cannot read migration file " + f.path() + ": " + e.getMessage());
      }
      MigrationScript script = MigrationScript.parse(f.path().toString(), text);
      List<Object> steps = new ArrayList<>();
      for (MigrationScript.Part part : script.parts()) {
        if (part instanceof MigrationScript.Sql sql) {
          steps.add(sql);
          continue;
        }
        MigrationScript.Directive d = (MigrationScript.Directive) part;
        String where = f.path() + ":" + d.line();
        MigrationDirective directive = MigrationDirective.parse(where, d);
        if (directive instanceof MigrationDirective.Ensure && script.ddlTransaction()) {
          throw BbmException.usage(where + ": The `" + MigrationScript.ENSURE + "` cannot be run inside a transaction."
              + " You can disable transactions by adding `-- bbm:" + MigrationScript.DISABLE_DDL_TRANSACTION
              + "` to the migration file.");
        }
        if (directive instanceof MigrationDirective.Queue q) {
          checkArgumentCount(where, q);
        }
        steps.add(directive);
      }
      out.add(new Prepared(f, script, steps));
    }
    return out;
  }

  /** GitLab's check of the job class's job_arguments_count, for classes bbm knows. */
  private void checkArgumentCount(String where, MigrationDirective.Queue q) {
    Optional<JobClass> cls = registry().find(q.key().jobClassName());
    if (cls.isPresent() && cls.get().argumentCount() != q.jobArgumentCount()) {
      throw BbmException.usage(where + ": Wrong number of job arguments for " + q.key().jobClassName() + " (given "
          + q.jobArgumentCount() + ", expected " + cls.get().argumentCount() + ")");
    }
  }

  private JobRegistry registry() {
    if (registry == null) {
      registry = JobRegistry.load(jobSources);
    }
    return registry;
  }

  /** A step failed; the message is the cause, shown after the "all later migrations canceled" heading. */
  private static final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ExitCode exitCode;

    Failed(ExitCode exitCode, String message, Throwable cause) {
      super(message, cause);
      this.exitCode = exitCode;
    }
  }

  private void run(Prepared p, MigrateOptions o) throws SQLException {
    MigrationFile f = p.file();
    boolean transaction = p.script().ddlTransaction();
    listener.migrating(f, transaction);
    try {
      if (transaction) {
        db.inTransaction(c -> {
          for (Object step : p.steps()) {
            runStep(c, p, step, o);
          }
          versions.record(c, f.version());
          return null;
        });
      } else {
        Connection c = db.session();
        for (Object step : p.steps()) {
          runStep(c, p, step, o);
        }
        versions.record(c, f.version());
      }
    } catch (Failed e) {
      throw e;
    } catch (BbmException e) {
      // exit 2 promises that nothing changed; here earlier files may have been applied
      throw new Failed(e.exitCode() == ExitCode.USAGE ? ExitCode.FAILURE : e.exitCode(), e.getMessage(), e);
    } catch (SQLException e) {
      throw sqlFailure(f, null, e, transaction);
    }
  }

  private void runStep(Connection c, Prepared p, Object step, MigrateOptions o) {
    long t0 = System.nanoTime();
    String outcome;
    if (step instanceof MigrationScript.Sql sql) {
      listener.step("execute(\"" + sql.summary(SUMMARY_CHARS).replace("\"", "\\\"") + "\")");
      try {
        SchemaVersionStore.execute(c, sql.text());
      } catch (SQLException e) {
        throw sqlFailure(p.file(), sql, e, p.script().ddlTransaction());
      }
      outcome = null;
    } else {
      MigrationDirective d = (MigrationDirective) step;
      listener.step(d.name() + "(" + d.configuration() + ")");
      try {
        if (d instanceof MigrationDirective.Queue q) {
          outcome = queue(c, q, p.file().version());
        } else if (d instanceof MigrationDirective.Delete del) {
          int n = migrations.deleteByConfiguration(c, del.key(), del.gitlabSchema());
          outcome = n == 0 ? "no batched background migration matched; nothing deleted"
              : "deleted " + n + " batched background migration(s) with their jobs and transition logs";
        } else {
          outcome = ensure((MigrationDirective.Ensure) d, o);
        }
      } catch (SQLException e) {
        throw sqlFailure(p.file(), null, e, p.script().ddlTransaction());
      }
    }
    listener.stepDone(Duration.ofNanos(System.nanoTime() - t0), outcome);
  }

  private Failed sqlFailure(MigrationFile f, MigrationScript.Sql sql, SQLException e, boolean transaction) {
    String where = sql == null ? "" : "\n\nin " + f.path() + ":" + sql.line() + ": " + sql.summary(SUMMARY_CHARS);
    ExitCode code = SqlErrors.isConnectionLost(e) ? ExitCode.UNFINISHED : ExitCode.FAILURE;
    return new Failed(code, railsMessage(e) + where, e);
  }

  /** {@code PG::SyntaxError: ERROR:  syntax error at or near "SELEC"}, as Rails shows a statement's error. */
  private static String railsMessage(SQLException e) {
    return SqlErrors.railsMessage(e);
  }

  // ---------------------------------------------------------------- directives

  /** GitLab's queue_batched_background_migration (reference §8.1). Returns what happened. */
  private String queue(Connection c, MigrationDirective.Queue q, String version) throws SQLException {
    if (!migrations.findByConfiguration(db.session(), q.key()).isEmpty()) {
      String warning = "Batched background migration not enqueued because it already exists: job_class_name: "
          + q.key().jobClassName() + ", table_name: " + q.key().tableName() + ", column_name: " + q.key().columnName()
          + ", job_arguments: " + RubyInspect.inspect(Json.parse("job arguments", q.key().jobArgumentsJson()));
      listener.warning(warning);
      return "already queued; not enqueued again";
    }
    Long max = q.batchMaxValue() != null ? q.batchMaxValue()
        : MigrationStore.maxValue(c, q.key().tableName(), q.key().columnName());
    boolean empty = max == null;
    long maxValue = empty ? q.batchMinValue() : max;
    Long tuples = MigrationStore.tupleEstimate(c, q.key().tableName());
    long id = migrations.insertQueued(c, q, maxValue, empty, tuples, version);
    return "queued " + db.label() + "_" + id + (empty ? ", finished at once: " + q.key().tableName() + " is empty"
        : ", active, " + q.key().columnName() + " " + q.batchMinValue() + ".." + maxValue);
  }

  /**
   * GitLab's ensure_batched_background_migration_is_finished (reference §8.4): finalized or finished
   * passes (finished is confirmed as finalized); otherwise bbm finalizes inline when asked, and a
   * migration still not finished stops db migrate with GitLab's message.
   */
  private String ensure(MigrationDirective.Ensure d, MigrateOptions o) throws SQLException {
    Optional<BatchedMigration> found = find(d.key(), d.gitlabSchema());
    if (found.isEmpty()) {
      if (o.dblabEnvironment()) {
        throw new Failed(ExitCode.FAILURE, "called ensure_batched_background_migration_is_finished with non-existent"
            + " migration name", null);
      }
      listener.warning("Could not find batched background migration for the given configuration: "
          + d.configuration());
      return "not found; nothing to ensure";
    }
    BatchedMigration m = found.get();
    if (m.status() == MigrationStatus.FINALIZED) {
      return m.displayId() + " is finalized";
    }
    if (m.status() == MigrationStatus.FINISHED) {
      confirm(m);
      return m.displayId() + " was finished; confirmed as finalized";
    }
    if (d.finalizeInline()) {
      FinalizeResult r;
      try {
        r = new Finalizer(db, registry(), json, listener, stopRequested)
            .finalize(new Selection.ById(db.label(), m.id()), FinalizeOptions.defaults());
      } finally {
        Sessions.resetTimeouts(db.openSession());
      }
      if (r.outcome() == FinalizeResult.Outcome.INTERRUPTED) {
        throw new Failed(ExitCode.UNFINISHED, r.message(), null);
      }
      m = migrations.findById(db.session(), m.id()).orElse(m);
      if (m.status() == MigrationStatus.FINISHED) {
        confirm(m);
        return m.displayId() + " finalized inline (" + r.jobsRun() + " job(s), " + r.rowsUpdated()
            + " rows); confirmed as finalized";
      }
    }
    throw new Failed(m.status() == MigrationStatus.FAILED ? ExitCode.FAILED : ExitCode.UNFINISHED,
        notFinished(m, d.configuration()), null);
  }

  private Optional<BatchedMigration> find(Selection.ByConfiguration key, String gitlabSchema) throws SQLException {
    List<BatchedMigration> found = migrations.findByConfiguration(db.session(), key).stream()
        .filter(m -> gitlabSchema == null || m.gitlabSchema() == null || gitlabSchema.equals(m.gitlabSchema()))
        .toList();
    if (found.size() > 1) {
      throw new Failed(ExitCode.FAILURE, "the configuration matches " + found.size() + " batched background migrations ("
          + String.join(", ", found.stream().map(m -> m.displayId() + " in " + m.gitlabSchema()).toList())
          + "); add \"gitlab_schema\" to the directive to name one", null);
    }
    return found.stream().findFirst();
  }

  private void confirm(BatchedMigration m) throws SQLException {
    boolean ok = db.inTransaction(c -> migrations.transition(c, m.id(), MigrationStatus.Event.CONFIRM_FINALIZE));
    if (!ok) {
      throw new Failed(ExitCode.BUSY, "migration " + m.displayId() + " changed while bbm was confirming it as"
          + " finalized; run bbm db migrate again", null);
    }
  }

  /** GitLab's exact text (reference §8.4), with bbm's finalize command to paste. */
  static String notFinished(BatchedMigration m, String configuration) {
    return "Expected batched background migration for the given configuration to be marked as 'finished', but it is '"
        + m.status().label() + "':\t" + configuration
        + "\n\nFinalize it manually by running the following command in a `bash` or `sh` shell:\n\n\t"
        + m.finalizeCommand()
        + "\n\nFor more information, check the documentation\n\n\t" + DOCS_URL;
  }

  // ---------------------------------------------------------------- dry run

  private MigrateResult dryRun(List<MigrationFile> files, MigrateOptions o) throws SQLException {
    Layout layout = db.layout();
    Pending work = pending(files, layout, o);
    List<Prepared> prepared = work.prepared();
    List<MigrationFile> skipped = work.skipped();
    List<String> missing = work.missingTables();
    List<MigrateResult.Planned> plan = new ArrayList<>();
    java.util.Map<Selection.ByConfiguration, String> queued = new java.util.HashMap<>();
    for (Prepared p : prepared) {
      List<String> steps = new ArrayList<>();
      for (Object step : p.steps()) {
        steps.add(describe(step, layout, queued));
        if (step instanceof MigrationDirective.Queue q) {
          queued.putIfAbsent(q.key(), p.file().version());
        }
      }
      steps.add("INSERT INTO schema_migrations (version) VALUES ('" + p.file().version() + "')");
      plan.add(new MigrateResult.Planned(p.file(), p.script().ddlTransaction(), steps));
    }
    return new MigrateResult(db.label(), versions.databaseName(), true, missing, List.of(), skipped,
        work.upToDate(), plan, null);
  }

  /**
   * One step of the plan. A directive is described against the migration as it is now, or as an
   * earlier pending file of this run would queue it ({@code queued}: configuration to version).
   */
  private String describe(Object step, Layout layout, java.util.Map<Selection.ByConfiguration, String> queued)
      throws SQLException {
    if (step instanceof MigrationScript.Sql sql) {
      return sql.text() + ";";
    }
    MigrationDirective d = (MigrationDirective) step;
    String head = "-- bbm:" + d.name() + " " + d.configuration();
    Optional<BatchedMigration> current = layout.hasMigrations() ? find(d.key(), schemaOf(d)) : Optional.empty();
    String now = current.map(m -> m.displayId() + " is " + m.status().label()).orElse("no such migration yet");
    String queuedBy = queued.get(d.key());
    if (current.isEmpty() && queuedBy != null && !(d instanceof MigrationDirective.Queue)) {
      return head + ": queued by " + queuedBy + " earlier in this run; would "
          + (d instanceof MigrationDirective.Delete ? "delete it with its jobs"
          : ((MigrationDirective.Ensure) d).finalizeInline() ? "finalize it inline, then confirm it as finalized"
          : "stop db migrate unless the table is empty (finalize: false)");
    }
    if (d instanceof MigrationDirective.Queue q) {
      return head + ": " + (current.isPresent() ? now + "; GitLab's helper leaves it as it is"
          : "would queue it (batch_size " + q.batchSize() + ", sub_batch_size " + q.subBatchSize() + ", pause_ms "
              + q.pauseMs() + ", interval " + q.jobIntervalSeconds() + "s, " + q.key().columnName() + " from "
              + q.batchMinValue() + " to " + (q.batchMaxValue() == null ? "MAX(" + q.key().columnName() + ")"
              : q.batchMaxValue()) + ", gitlab_schema " + q.gitlabSchema() + ")");
    }
    if (d instanceof MigrationDirective.Delete) {
      return head + ": " + (current.isPresent() ? now + "; would delete it with its jobs" : now + "; nothing to delete");
    }
    MigrationDirective.Ensure e = (MigrationDirective.Ensure) d;
    if (current.isEmpty()) {
      return head + ": " + now + "; GitLab warns and goes on";
    }
    MigrationStatus s = current.get().status();
    if (s == MigrationStatus.FINALIZED) {
      return head + ": " + now + "; nothing to do";
    }
    if (s == MigrationStatus.FINISHED) {
      return head + ": " + now + "; would confirm it as finalized";
    }
    return head + ": " + now + (e.finalizeInline() ? "; would finalize it inline, then confirm it as finalized"
        : "; would stop db migrate (finalize: false)");
  }

  private static String schemaOf(MigrationDirective d) {
    if (d instanceof MigrationDirective.Ensure e) {
      return e.gitlabSchema();
    }
    if (d instanceof MigrationDirective.Delete del) {
      return del.gitlabSchema();
    }
    return null;
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
