package dev.bbm.schema;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.schema.PendingFiles.Pending;
import dev.bbm.schema.PendingFiles.PendingFile;
import dev.bbm.store.BookkeepingTables;
import dev.bbm.store.Database;
import dev.bbm.store.SqlErrors;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Applies the pending files in version order, as Rails' migrator does: each file's steps in one
 * transaction (or in none), then its version in schema_migrations; the first failure ends the run.
 */
final class FileRunner {
  static final String CANCELED = "An error has occurred, all later migrations canceled:";

  private final Database db;
  private final SchemaVersionStore versions;
  private final MigrateListener listener;
  private final BooleanSupplier stopRequested;
  private final DirectiveRunner directives;

  FileRunner(Database db, SchemaVersionStore versions, MigrateListener listener, BooleanSupplier stopRequested,
      DirectiveRunner directives) {
    this.db = db;
    this.versions = versions;
    this.listener = listener;
    this.stopRequested = stopRequested;
    this.directives = directives;
  }

  /** Creates the missing bookkeeping tables, then applies the files until one fails or a stop is asked for. */
  MigrateResult apply(Pending work) throws SQLException {
    List<String> missing = work.missingTables();
    if (!missing.isEmpty()) {
      String schema = db.layout().schema();
      db.inTransaction(c -> {
        BookkeepingTables.create(c, missing, schema);
        return null;
      });
      db.refreshLayout();
      listener.createdTables(missing);
    }
    String name = versions.databaseName();
    List<MigrateResult.Applied> done = new ArrayList<>();
    for (PendingFile p : work.files()) {
      if (stopRequested.getAsBoolean()) {
        return result(work, name, done, new MigrateResult.Failure(null, ExitCode.UNFINISHED, "stopped before "
            + p.file().path() + "; " + done.size() + " migration(s) applied, run bbm db migrate again for the rest"));
      }
      long t0 = System.nanoTime();
      try {
        run(p);
      } catch (StepFailure f) {
        listener.failed(p.file(), p.transaction());
        return result(work, name, done,
            new MigrateResult.Failure(p.file(), f.exitCode(), CANCELED + "\n\n" + f.getMessage()));
      }
      Duration took = Duration.ofNanos(System.nanoTime() - t0);
      listener.migrated(p.file(), took);
      done.add(new MigrateResult.Applied(p.file(), took));
    }
    return result(work, name, done, null);
  }

  private MigrateResult result(Pending work, String name, List<MigrateResult.Applied> done,
      MigrateResult.Failure failure) {
    return new MigrateResult(db.label(), name, false, work.missingTables(), done, work.skipped(), work.upToDate(),
        List.of(), failure);
  }

  /** One file: its steps and its version, in its transaction or in none. */
  private void run(PendingFile p) {
    MigrationFile f = p.file();
    listener.migrating(f, p.transaction());
    try {
      if (p.transaction()) {
        db.inTransaction(c -> {
          runSteps(c, p);
          return null;
        });
      } else {
        runSteps(db.session(), p);
      }
    } catch (StepFailure e) {
      throw e;
    } catch (BbmException e) {
      // exit 2 promises that nothing changed; here earlier files may have been applied
      throw new StepFailure(e.exitCode() == ExitCode.USAGE ? ExitCode.FAILURE : e.exitCode(), e.getMessage(), e);
    } catch (SQLException e) {
      throw sqlFailure(f, null, e);
    }
  }

  private void runSteps(Connection c, PendingFile p) throws SQLException {
    for (Step step : p.steps()) {
      long t0 = System.nanoTime();
      listener.step(step.announcement());
      String outcome;
      try {
        outcome = step.accept(new Apply(c, p.file()));
      } catch (SQLException e) {
        throw sqlFailure(p.file(), null, e);
      }
      listener.stepDone(Duration.ofNanos(System.nanoTime() - t0), outcome);
    }
    versions.record(c, p.file().version());
  }

  /**
   * A failed statement or directive, with Rails' text of the error ({@code PG::SyntaxError: ERROR: ...});
   * a lost connection exits 3 (run it again), anything else 1.
   */
  private static StepFailure sqlFailure(MigrationFile f, MigrationScript.Sql sql, SQLException e) {
    String where = sql == null ? "" : "\n\nin " + f.path() + ":" + sql.line() + ": "
        + sql.summary(Step.SUMMARY_CHARS);
    ExitCode code = SqlErrors.isConnectionLost(e) ? ExitCode.UNFINISHED : ExitCode.FAILURE;
    return new StepFailure(code, SqlErrors.railsMessage(e) + where, e);
  }

  /** Runs one step of a file on its connection; returns what happened, or null for a statement. */
  private final class Apply implements Step.Visitor<String> {
    private final Connection c;
    private final MigrationFile file;

    Apply(Connection c, MigrationFile file) {
      this.c = c;
      this.file = file;
    }

    @Override
    public String execute(MigrationScript.Sql statement) {
      try {
        SchemaVersionStore.execute(c, statement.text());
      } catch (SQLException e) {
        throw sqlFailure(file, statement, e);
      }
      return null;
    }

    @Override
    public String queue(MigrationDirective.Queue queue) throws SQLException {
      return directives.queue(c, queue, file.version());
    }

    @Override
    public String ensure(MigrationDirective.Ensure ensure) throws SQLException {
      return directives.ensure(ensure);
    }

    @Override
    public String delete(MigrationDirective.Delete delete) throws SQLException {
      return directives.delete(c, delete);
    }
  }
}
