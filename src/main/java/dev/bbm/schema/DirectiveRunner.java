package dev.bbm.schema;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.Json;
import dev.bbm.domain.MigrationStatus;
import dev.bbm.domain.RubyInspect;
import dev.bbm.engine.FinalizeResult;
import dev.bbm.jobs.JobRegistry;
import dev.bbm.store.Database;
import dev.bbm.store.MigrationStore;
import dev.bbm.store.Sessions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * GitLab's batched background migration helpers as db migrate runs them (reference §8): queue,
 * delete, and ensure finished, which finalizes inline when asked. Each returns what happened.
 */
final class DirectiveRunner {
  static final String DOCS_URL = "https://docs.gitlab.com/ee/update/background_migrations.html"
      + "#database-migrations-failing-because-of-batched-background-migration-not-finished";

  private final Database db;
  private final MigrationStore migrations;
  private final DirectiveStore store;
  private final MigrationLookup lookup;
  private final MigrateListener listener;
  private final InlineFinalizer finalizer;
  private final Supplier<JobRegistry> registry;
  private final boolean dblabEnvironment;

  /** @param dblabEnvironment DBLAB_ENVIRONMENT is set: ensuring a migration that does not exist fails */
  DirectiveRunner(Database db, MigrationStore migrations, MigrateListener listener, InlineFinalizer finalizer,
      Supplier<JobRegistry> registry, boolean dblabEnvironment) {
    this.db = db;
    this.migrations = migrations;
    this.store = new DirectiveStore(db);
    this.lookup = new MigrationLookup(db);
    this.listener = listener;
    this.finalizer = finalizer;
    this.registry = registry;
    this.dblabEnvironment = dblabEnvironment;
  }

  /** GitLab's queue_batched_background_migration (reference §8.1). */
  String queue(Connection c, MigrationDirective.Queue q, String version) throws SQLException {
    if (!migrations.findByConfiguration(db.session(), q.key()).isEmpty()) {
      String warning = "Batched background migration not enqueued because it already exists: job_class_name: "
          + q.key().jobClassName() + ", table_name: " + q.key().tableName() + ", column_name: " + q.key().columnName()
          + ", job_arguments: " + RubyInspect.inspect(Json.parse("job arguments", q.key().jobArgumentsJson()));
      listener.warning(warning);
      return "already queued; not enqueued again";
    }
    Long max = q.batchMaxValue() != null ? q.batchMaxValue()
        : DirectiveStore.maxValue(c, q.key().tableName(), q.key().columnName());
    boolean empty = max == null;
    long maxValue = empty ? q.batchMinValue() : max;
    Long tuples = DirectiveStore.tupleEstimate(c, q.key().tableName());
    long id = store.insertQueued(c, q, maxValue, empty, tuples, version);
    return "queued " + db.label() + "_" + id + (empty ? ", finished at once: " + q.key().tableName() + " is empty"
        : ", active, " + q.key().columnName() + " " + q.batchMinValue() + ".." + maxValue);
  }

  /** GitLab's delete_batched_background_migration. */
  String delete(Connection c, MigrationDirective.Delete d) throws SQLException {
    int n = store.deleteByConfiguration(c, d.key(), d.gitlabSchema());
    return n == 0 ? "no batched background migration matched; nothing deleted"
        : "deleted " + n + " batched background migration(s) with their jobs and transition logs";
  }

  /**
   * GitLab's ensure_batched_background_migration_is_finished (reference §8.4): finalized or finished
   * passes (finished is confirmed as finalized); otherwise bbm finalizes inline when asked, and a
   * migration still not finished stops db migrate with GitLab's message.
   */
  String ensure(MigrationDirective.Ensure d) throws SQLException {
    Optional<BatchedMigration> found = lookup.find(d.key(), d.gitlabSchema());
    if (found.isEmpty()) {
      if (dblabEnvironment) {
        throw new StepFailure(ExitCode.FAILURE, "called ensure_batched_background_migration_is_finished with"
            + " non-existent migration name", null);
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
      FinalizeResult r = finalizeInline(m);
      m = migrations.findById(db.session(), m.id()).orElse(m);
      if (m.status() == MigrationStatus.FINISHED) {
        confirm(m);
        return m.displayId() + " finalized inline (" + r.jobsRun() + " job(s), " + r.rowsUpdated()
            + " rows); confirmed as finalized";
      }
    }
    throw new StepFailure(m.status() == MigrationStatus.FAILED ? ExitCode.FAILED : ExitCode.UNFINISHED,
        notFinished(m, d.configuration()), null);
  }

  /** The engine's finalize, on this session; an interrupted one stops db migrate. */
  private FinalizeResult finalizeInline(BatchedMigration m) throws SQLException {
    FinalizeResult r;
    try {
      r = finalizer.finalize(m.id(), registry.get(), listener);
    } finally {
      Sessions.resetTimeouts(db.openSession());
    }
    if (r.outcome() == FinalizeResult.Outcome.INTERRUPTED) {
      throw new StepFailure(ExitCode.UNFINISHED, r.message(), null);
    }
    return r;
  }

  private void confirm(BatchedMigration m) throws SQLException {
    boolean ok = db.inTransaction(c -> migrations.transition(c, m.id(), MigrationStatus.Event.CONFIRM_FINALIZE));
    if (!ok) {
      throw new StepFailure(ExitCode.BUSY, "migration " + m.displayId() + " changed while bbm was confirming it as"
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
}
