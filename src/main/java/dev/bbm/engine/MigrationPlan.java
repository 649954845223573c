package dev.bbm.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.Identifiers;
import dev.bbm.domain.SqlFragment;
import dev.bbm.jobs.JobClass;
import dev.bbm.jobs.JobPlan;
import dev.bbm.jobs.JobRegistry;
import dev.bbm.store.Catalog;
import dev.bbm.store.Database;
import dev.bbm.store.JobCoverage;
import dev.bbm.store.SqlErrors;
import dev.bbm.store.SqlState;
import dev.bbm.store.SubBatchUpdate;
import dev.bbm.store.TableInfo;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything finalize checks before it changes anything (SPEC §5 step 2): a job class bbm can
 * run, valid identifiers, the table and columns present, an index on the batch column.
 */
record MigrationPlan(BatchedMigration migration, TableInfo table, String quotedColumn, JobPlan jobPlan,
    SubBatchUpdate update, boolean distinctBatching, SqlFragment scope) {

  private static final Set<String> INTEGER_TYPES = Set.of("bigint", "integer", "smallint");
  static final String PRIMARY_KEY = "PrimaryKeyBatchingStrategy";
  static final String LOOSE_INDEX_SCAN = "LooseIndexScanBatchingStrategy";
  private static final Set<String> BATCHING_STRATEGIES = Set.of(PRIMARY_KEY, LOOSE_INDEX_SCAN);

  static MigrationPlan check(BatchedMigration m, Database db, JobRegistry registry, ObjectMapper json)
      throws SQLException {
    Catalog catalog = db.stores().catalog();
    String id = m.displayId();
    if (m.cursorBased() || m.minValue() == null || m.maxValue() == null) {
      throw refuse("migration " + id + " is cursor-based (min_cursor/max_cursor), which bbm cannot run yet;"
          + " let GitLab's Sidekiq run it, or use bbm mark-finished if its work is done");
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
    JobClass jobClass = registry.find(m.jobClassName()).orElseThrow(() -> refuse("bbm cannot execute job class "
        + m.jobClassName() + " of migration " + id + " (it knows " + registry.knownNames()
        + "); if its work is done another way, bbm mark-finished " + id + " records it as finished"));
    String strategy = String.valueOf(dev.bbm.domain.JobClassNames.withoutModule(m.batchClassName()));
    boolean strategyLeftOpen = m.batchClassName() == null || m.batchClassName().isBlank();
    if (!strategyLeftOpen && !BATCHING_STRATEGIES.contains(strategy)) {
      throw refuse("migration " + id + " uses batching strategy " + m.batchClassName()
          + ", which bbm cannot run yet (it knows " + String.join(", ", BATCHING_STRATEGIES) + ")");
    }
    if (!Identifiers.isValidTable(m.tableName())) {
      throw refuse("migration " + id + " names table \"" + m.tableName() + "\", which is not a valid SQL identifier");
    }
    if (!Identifiers.isValid(m.columnName())) {
      throw refuse("migration " + id + " names column \"" + m.columnName()
          + "\", which is not a valid SQL identifier");
    }
    TableInfo table = catalog.table(db.session(), m.tableName())
        .orElseThrow(() -> refuse("migration " + id + " works on table " + m.tableName()
            + ", which does not exist in this database"));
    String type = table.columnTypes().get(m.columnName());
    if (type == null) {
      throw refuse("migration " + id + " batches over column " + m.columnName() + ", which table " + m.tableName()
          + " does not have");
    }
    if (!INTEGER_TYPES.contains(type)) {
      throw refuse("migration " + id + " batches over column " + m.columnName() + " of type " + type
          + "; bbm batches over integer columns only");
    }
    if (!table.indexLeadingColumns().contains(m.columnName())) {
      throw refuse("column " + m.columnName() + " of table " + m.tableName() + " has no index that starts with it;"
          + " batching over it would scan the whole table for every batch");
    }
    JsonNode args;
    try {
      args = json.readTree(m.jobArgumentsJson());
    } catch (JsonProcessingException e) {
      throw refuse("migration " + id + " has job_arguments that are not valid JSON");
    }
    JobPlan plan = jobClass.plan(m.tableName(), args, table.columnTypes().keySet());
    String quotedColumn = Identifiers.quote(m.columnName());
    // the row's batch_class_name wins; a job class's wish counts only where the row has GitLab's default
    if (plan.batching() != null && (strategyLeftOpen || strategy.equals(PRIMARY_KEY))) {
      strategy = plan.batching().className();
    } else if (strategyLeftOpen) {
      strategy = PRIMARY_KEY;
    }
    SubBatchUpdate update;
    SqlFragment scope = null;
    if (plan.rawSql() != null) {
      JobPlan.RawSql raw = plan.rawSql();
      for (String target : raw.targetColumns()) {
        if (target.equals(m.columnName())) {
          throw refuse(raw.origin() + " sets " + target + ", the batch column of migration " + id
              + "; rows would move between sub-batches while bbm walks them");
        }
        if (!table.hasColumn(target)) {
          throw refuse(raw.origin() + " sets column " + target + ", which table " + m.tableName()
              + " does not have");
        }
      }
      scope = raw.scope();
      update = new SubBatchUpdate(table.quotedName(), quotedColumn, raw.set(), scope);
      verify(update, db, raw, m);
    } else {
      String setClause = plan.assignments().stream()
          .map(a -> Identifiers.quote(a.targetColumn()) + " = " + Identifiers.quote(a.sourceColumn()))
          .collect(Collectors.joining(", "));
      update = plan.isNoop() ? null : new SubBatchUpdate(table.quotedName(), quotedColumn, setClause);
    }
    return new MigrationPlan(m, table, quotedColumn, plan, update, strategy.equals(LOOSE_INDEX_SCAN), scope);
  }

  /**
   * Has PostgreSQL plan one sub-batch without running it, so that SQL that does not fit the table
   * (a misspelt column, a type mismatch, a syntax error) is refused before anything changes.
   */
  private static void verify(SubBatchUpdate update, Database db, JobPlan.RawSql raw, BatchedMigration m)
      throws SQLException {
    try {
      update.verify(db.session());
    } catch (SQLException e) {
      String state = e.getSQLState() == null ? "" : e.getSQLState();
      if (SqlState.Category.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION.includes(state)
          || SqlState.Category.DATA_EXCEPTION.includes(state)
          || SqlState.Category.FEATURE_NOT_SUPPORTED.includes(state)) {
        throw new BbmException(ExitCode.USAGE, raw.origin() + " does not work on table " + m.tableName() + ": "
            + SqlErrors.firstLine(e.getMessage()) + " (SQLSTATE " + state + ")", e);
      }
      throw e;
    }
  }

  /** The next job's range from the migration's batching strategy, not yet clamped. */
  java.util.Optional<dev.bbm.domain.JobRange> nextBatch(java.sql.Connection c, long min, int batchSize)
      throws SQLException {
    // GitLab's loose index scan ignores scope_to; the primary-key strategy filters by it
    return distinctBatching
        ? dev.bbm.store.Batching.nextDistinctBatch(c, table.quotedName(), quotedColumn, min, batchSize)
        : dev.bbm.store.Batching.nextBatch(c, table.quotedName(), quotedColumn, min, batchSize, scope);
  }

  /** For --dry-run: where a job's SQL comes from, the values bound to it, the batching used. */
  List<String> describeJob() {
    List<String> out = new java.util.ArrayList<>();
    JobPlan.RawSql raw = jobPlan.rawSql();
    if (raw != null) {
      out.add("the SET clause" + (raw.scope() == null ? "" : " and scope") + " come from " + raw.origin());
      if (!raw.set().values().isEmpty()) {
        out.add("values bound to the SET clause's placeholders: " + show(raw.set().values()));
      }
      if (raw.scope() != null && !raw.scope().values().isEmpty()) {
        out.add("values bound to the scope's placeholders: " + show(raw.scope().values()));
      }
    }
    out.add("jobs are batched with " + (distinctBatching ? LOOSE_INDEX_SCAN : PRIMARY_KEY)
        + (scope != null && !distinctBatching ? ", counting only rows in the scope" : ""));
    return out;
  }

  private static String show(List<Object> values) {
    return values.stream()
        .map(v -> v instanceof String str ? "'" + str.replace("'", "''") + "'" : String.valueOf(v))
        .collect(Collectors.joining(", "));
  }

  List<String> warnings() {
    return jobPlan.warnings();
  }

  private static BbmException refuse(String sentence) {
    return new BbmException(ExitCode.USAGE, sentence);
  }
}
