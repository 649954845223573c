package dev.bbm.schema;

import dev.bbm.jobs.JobRegistry;
import dev.bbm.jobs.JobSources;
import dev.bbm.schema.PendingFiles.Pending;
import dev.bbm.store.Database;
import dev.bbm.store.Layout;
import dev.bbm.store.MigrationStore;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * bbm db migrate and db migrate:status (SPEC §6): Rails' schema migrations as SQL files, with
 * GitLab's batched background migration helpers as directives (reference §8). The one door the
 * engine opens; the work is done by the classes it wires together.
 */
public final class SchemaMigrator {
  private final Database db;
  private final JobSources jobSources;
  private final MigrateListener listener;
  private final BooleanSupplier stopRequested;
  private final InlineFinalizer finalizer;
  private JobRegistry registry;

  /**
   * @param jobSources where job classes are looked for (queue directives' argument counts, inline finalizes)
   * @param finalizer the engine's finalize, for ensure_batched_background_migration_is_finished
   */
  public SchemaMigrator(Database db, JobSources jobSources, MigrateListener listener, BooleanSupplier stopRequested,
      InlineFinalizer finalizer) {
    this.db = db;
    this.jobSources = jobSources;
    this.listener = listener;
    this.stopRequested = stopRequested;
    this.finalizer = finalizer;
  }

  /** db migrate:status: the files of the directories and the applied versions, merged as Rails does. */
  public MigrateStatusReport status(List<Path> dirs) throws SQLException {
    return new MigrateStatusReader(db).read(dirs);
  }

  /**
   * db migrate: every pending file is read and checked first; then, under the migration lock, the
   * files are applied in version order until the first failure. A dry run takes no lock and
   * changes nothing.
   */
  public MigrateResult migrate(MigrateOptions o) throws SQLException {
    List<MigrationFile> files = MigrationFiles.migrations(o.dirs());
    SchemaVersionStore versions = new SchemaVersionStore(db);
    MigrationStore migrations = db.stores().migrations();
    PendingFiles pending = new PendingFiles(versions, this::registry);
    if (o.dryRun()) {
      Layout layout = db.layout();
      return new DryRun(db, versions, new MigrationLookup(db)).plan(pending.compute(files, layout, o), layout);
    }
    MigrateLockWaiter lock = new MigrateLockWaiter(db, listener, stopRequested);
    long key = lock.acquire(o.noWait());
    try {
      Pending work = pending.compute(files, db.layout(), o);
      DirectiveRunner directives = new DirectiveRunner(db, migrations, listener, finalizer, this::registry,
          o.dblabEnvironment());
      return new FileRunner(db, versions, listener, stopRequested, directives).apply(work);
    } finally {
      lock.release(key);
    }
  }

  /** The job classes, loaded once when a directive first needs them. */
  private JobRegistry registry() {
    if (registry == null) {
      registry = JobRegistry.load(jobSources);
    }
    return registry;
  }
}
