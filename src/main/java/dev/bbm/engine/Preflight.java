package dev.bbm.engine;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.BatchingKind;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.Identifiers;
import dev.bbm.domain.RowChange;
import dev.bbm.jobs.JobInput;
import dev.bbm.jobs.JobKind;
import dev.bbm.jobs.JobRegistry;
import dev.bbm.jobs.Lookup;
import dev.bbm.jobs.SubBatchWork;
import dev.bbm.store.BatchingStrategy;
import dev.bbm.store.Database;
import dev.bbm.store.JobCoverage;
import dev.bbm.store.Plannable;
import dev.bbm.store.SqlErrors;
import dev.bbm.store.SqlState;
import dev.bbm.store.SubBatchStatement;
import dev.bbm.store.TableInfo;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * Everything finalize checks before it changes anything (SPEC §5 step 2): a consistent migration
 * row, a job class bbm can run, valid identifiers, the table and columns present, an index on the
 * batch column, and SQL from a definition that PostgreSQL can plan.
 */
final class Preflight {
  private static final Set<String> INTEGER_TYPES = Set.of("bigint", "integer", "smallint");

  private Preflight() {}

  static MigrationPlan check(BatchedMigration m, Database db, JobRegistry registry) throws SQLException {
    return check(m, db, registry, true);
  }

  /**
   * As {@link #check(BatchedMigration, Database, JobRegistry)}; with {@code bbmRuns} false (retry without
   * --finalize: Sidekiq runs the jobs) a one-database class is not refused where GitLab has several.
   */
  static MigrationPlan check(BatchedMigration m, Database db, JobRegistry registry, boolean bbmRuns)
      throws SQLException {
    checkRow(m, db);
    Lookup lookup = registry.lookup(m.jobClassName());
    if (!lookup.found()) {
      throw ClassRefusal.of(m, lookup);
    }
    JobKind kind = lookup.kind();
    if (bbmRuns) {
      checkOneDatabase(m, kind, db);
    }
    Optional<BatchingKind> rowBatching = rowBatching(m);
    TableInfo table = checkTable(m, db);
    SubBatchWork work = work(kind, m, table, db);
    CursorPlan cursor = m.cursorBased() ? CursorPreflight.plan(m, kind, table, work, db) : null;
    if (cursor == null && work.change() instanceof RowChange.Statement s && s.cursorBased()) {
      throw refuse("migration " + m.displayId() + " is batched by " + m.columnName() + " (min_value/max_value),"
          + " but job class " + m.jobClassName() + " has a statement that takes cursors over ("
          + String.join(", ", kind.cursorColumns()) + ") as :sub_batch_start and :sub_batch_end; GitLab queues"
          + " this class with min_cursor/max_cursor");
    }
    SubBatchStatement statement = cursor != null ? null
        : SubBatchStatement.of(m.tableName(), m.columnName(), work.change(), work.scope());
    Plannable planned = cursor != null ? cursor.statement() : statement;
    if (work.change().planFirst() && planned != null) {
      checkTargets(m, table, work);
      verify(planned, db, work, m);
    }
    // the row's batch_class_name wins; a job kind's wish counts only where the row has GitLab's default
    BatchingKind batching = rowBatching.orElse(BatchingKind.PRIMARY_KEY);
    if (work.batching() != null && batching == BatchingKind.PRIMARY_KEY) {
      batching = work.batching();
    }
    return new MigrationPlan(m, table, work, statement,
        BatchingStrategy.of(batching, m.tableName(), m.columnName(), work.scope()),
        lookup.resolution(), cursor);
  }

  /** Carries a catalogue read's SQLException through a job kind, which sees tables as a plain function. */
  private static final class CatalogReadFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CatalogReadFailed(SQLException cause) {
      super(cause);
    }
  }

  /**
   * The kind's work for this migration. Another table the kind looks up is read from the catalogue;
   * a database error there leaves as the SQLException it is, so the engine words it as every other
   * (a lost connection is exit 3).
   */
  private static SubBatchWork work(JobKind kind, BatchedMigration m, TableInfo table, Database db)
      throws SQLException {
    JobInput input = new JobInput(m.tableName(), table.columnTypes().keySet(), m.jobArguments().value(), name -> {
      try {
        return db.stores().catalog().shape(db.session(), name);
      } catch (SQLException e) {
        throw new CatalogReadFailed(e);
      }
    });
    try {
      return kind.work(input);
    } catch (CatalogReadFailed e) {
      throw (SQLException) e.getCause();
    }
  }

  /** Options that cannot work with this migration: a sub-batch larger than its job. */
  static void checkOverrides(BatchedMigration m, FinalizeOptions o) {
    int batch = o.batchSize() != null ? o.batchSize() : m.batchSize();
    int sub = o.subBatchSize() != null ? o.subBatchSize() : m.subBatchSize();
    if (sub > batch) {
      throw BbmException.usage("--sub-batch-size " + sub + " is larger than the batch size " + batch
          + "; a sub-batch must fit in its job");
    }
  }

  /** The row itself: integer bounds in order, and no two jobs over the same keys. */
  private static void checkRow(BatchedMigration m, Database db) throws SQLException {
    String id = m.displayId();
    if (m.cursorBased()) {
      return; // its cursors are checked against the job class's cursor columns (CursorPreflight)
    }
    if (m.minValue() == null || m.maxValue() == null) {
      throw refuse("migration " + id + " has neither min_value/max_value nor min_cursor/max_cursor; bbm cannot tell"
          + " which keys it covers");
    }
    if (m.maxValue() < m.minValue()) {
      throw refuse("migration " + id + " has max_value " + m.maxValue() + " below min_value " + m.minValue()
          + "; its row is inconsistent and bbm will not guess a range");
    }
    Optional<JobCoverage.Overlap> overlap = db.stores().coverage().firstOverlap(db.session(), m.id());
    if (overlap.isPresent()) {
      JobCoverage.Overlap o = overlap.get();
      throw refuse("migration " + id + " has jobs whose ranges overlap: job " + o.firstId() + " (" + o.first() + ", "
          + o.firstStatus().label() + ") and job " + o.secondId() + " (" + o.second() + ", " + o.secondStatus().label()
          + "); bbm will not run keys twice, so correct or delete one of these job rows first (or, if the work is"
          + " done, bbm mark-finished " + id + ")");
    }
  }

  /** The strategy the row names, empty when it leaves it open; one bbm cannot run is refused. */
  private static Optional<BatchingKind> rowBatching(BatchedMigration m) {
    if (m.batchClassName() == null || m.batchClassName().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(BatchingKind.ofClassName(m.batchClassName()).orElseThrow(() -> refuse("migration "
        + m.displayId() + " uses batching strategy " + m.batchClassName() + ", which bbm cannot run yet (it knows "
        + BatchingKind.knownClassNames() + ")")));
  }

  private static TableInfo checkTable(BatchedMigration m, Database db) throws SQLException {
    String id = m.displayId();
    if (!Identifiers.isValidTable(m.tableName())) {
      throw refuse("migration " + id + " names table \"" + m.tableName() + "\", which is not a valid SQL identifier");
    }
    if (!Identifiers.isValid(m.columnName())) {
      throw refuse("migration " + id + " names column \"" + m.columnName()
          + "\", which is not a valid SQL identifier");
    }
    TableInfo table = db.stores().catalog().table(db.session(), m.tableName()).orElseThrow(() -> refuse("migration " + id
        + " works on table " + m.tableName() + ", which does not exist in this database"));
    String type = table.columnTypes().get(m.columnName());
    if (type == null) {
      throw refuse("migration " + id + " batches over column " + m.columnName() + ", which table " + m.tableName()
          + " does not have");
    }
    if (m.cursorBased()) {
      return table; // batched over the job class's cursor columns, not this one
    }
    if (!INTEGER_TYPES.contains(type)) {
      throw refuse("migration " + id + " batches over column " + m.columnName() + " of type " + type
          + "; bbm batches over integer columns only");
    }
    if (!table.indexLeadingColumns().contains(m.columnName())) {
      throw refuse("column " + m.columnName() + " of table " + m.tableName() + " has no btree index that starts"
          + " with it (hash, BRIN and partial indexes cannot serve range scans over every row); batching over it would"
          + " scan the whole table for every batch");
    }
    return table;
  }

  /** SQL written outside bbm may not set the batch column, nor a column the table lacks. */
  private static void checkTargets(BatchedMigration m, TableInfo table, SubBatchWork work) {
    for (String target : work.change().targetColumns()) {
      if (target.equals(m.columnName())) {
        throw refuse(work.origin() + " sets " + target + ", the batch column of migration " + m.displayId()
            + "; rows would move between sub-batches while bbm walks them");
      }
      if (!table.hasColumn(target)) {
        throw refuse(work.origin() + " sets column " + target + ", which table " + m.tableName()
            + " does not have");
      }
    }
  }

  /**
   * Has PostgreSQL plan one sub-batch without running it, so that SQL that does not fit the table
   * (a misspelt column, a type mismatch, a syntax error) is refused before anything changes.
   */
  private static void verify(Plannable statement, Database db, SubBatchWork work, BatchedMigration m)
      throws SQLException {
    try {
      statement.verify(db.session());
    } catch (SQLException e) {
      String state = e.getSQLState() == null ? "" : e.getSQLState();
      if (SqlState.Category.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION.includes(e) || SqlState.Category.DATA_EXCEPTION.includes(e)
          || SqlState.Category.FEATURE_NOT_SUPPORTED.includes(e)) {
        throw new BbmException(ExitCode.USAGE, work.origin() + " does not work on table " + m.tableName() + ": "
            + SqlErrors.firstLine(e.getMessage()) + " (SQLSTATE " + state + ")", e);
      }
      throw e;
    }
  }

  /**
   * A class whose statement joins tables of several GitLab schemas runs only where GitLab has one
   * database: where it has several, the other databases' tables here are stale, write-locked copies.
   */
  private static void checkOneDatabase(BatchedMigration m, JobKind kind, Database db) throws SQLException {
    Optional<String> locked = lockedOut(kind, db);
    if (locked.isPresent()) {
      throw refuse("migration " + m.displayId() + " runs " + m.jobClassName() + ", whose statement reads tables of"
          + " several GitLab schemas at once, but this database is one of several GitLab databases (GitLab has"
          + " write-locked its copy of " + locked.get() + "), so those tables are stale here; let GitLab's own code"
          + " run it: " + ClassRefusal.viaRake(m, TypedOptions.NONE));
    }
  }

  /** For a one_database class, a table GitLab has write-locked in this database (it then cannot run here); else empty. */
  static Optional<String> lockedOut(JobKind kind, Database db) throws SQLException {
    return kind.needsOneDatabase() ? db.stores().catalog().writeLockedTable(db.session()) : Optional.empty();
  }

  private static BbmException refuse(String sentence) {
    return new BbmException(ExitCode.USAGE, sentence);
  }
}
