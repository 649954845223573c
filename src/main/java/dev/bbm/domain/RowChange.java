package dev.bbm.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one sub-batch does to the rows of its key range, as data: a job kind says what, the store
 * turns it into SQL from quoted identifiers and bound values. A new shape of work is a new record
 * here and its statement in the store.
 */
public sealed interface RowChange {
  /** The columns the change writes, checked against the table before anything runs. */
  List<String> targetColumns();

  /**
   * Whether PostgreSQL plans one sub-batch before anything runs: SQL written outside bbm's code (a
   * definition), or names of tables other than the batch table.
   */
  default boolean planFirst() {
    return false;
  }

  /** Each pair {@code target = source}: GitLab's column copy. Both names are validated identifiers. */
  record CopyColumns(List<ColumnCopy> copies) implements RowChange {
    public CopyColumns {
      copies = List.copyOf(copies);
    }

    @Override
    public List<String> targetColumns() {
      return copies.stream().map(ColumnCopy::target).toList();
    }
  }

  /** One column copy, {@code "target" = "source"}. */
  record ColumnCopy(String target, String source) {}

  /**
   * A SET clause written elsewhere (a job definition, a Java job kind) with {@code ?} placeholders
   * whose values are bound, never spliced in.
   */
  record SetExpressions(List<String> targetColumns, SqlFragment set) implements RowChange {
    public SetExpressions {
      targetColumns = List.copyOf(targetColumns);
    }

    @Override
    public boolean planFirst() {
      return true;
    }
  }

  /**
   * GitLab's BackfillDesiredShardingKeyJob: {@code UPDATE t SET target = via.viaColumn FROM via
   * WHERE via.id = t.viaForeignKey AND t.id IN (the sub-batch's ids)}; with a partition column
   * (BackfillDesiredShardingKeyPartitionJob) also {@code via.partition = t.partition}. All names
   * are validated identifiers (the via table optionally schema-qualified).
   *
   * @param partitionColumn the column both tables are partitioned by, or null
   */
  record UpdateFrom(String targetColumn, String viaTable, String viaColumn, String viaForeignKey,
      String partitionColumn) implements RowChange {
    @Override
    public List<String> targetColumns() {
      return List.of(targetColumn);
    }

    @Override
    public boolean planFirst() {
      return true;
    }
  }

  /**
   * GitLab's BackfillPartitionedTable (BulkCopy.copy_between): {@code INSERT INTO destination (columns)
   * SELECT columns FROM the batch table WHERE <the sub-batch> FOR UPDATE ON CONFLICT (conflictColumns)
   * DO NOTHING}; the batch table itself is not written.
   */
  record InsertInto(String destinationTable, List<String> columns, List<String> conflictColumns)
      implements RowChange {
    public InsertInto {
      columns = List.copyOf(columns);
      conflictColumns = List.copyOf(conflictColumns);
    }

    @Override
    public List<String> targetColumns() {
      return List.of();
    }

    @Override
    public boolean planFirst() {
      return true;
    }
  }

  /**
   * Whole statements per sub-batch from a job definition (UPDATE ... FROM, DELETE ... USING,
   * INSERT ... SELECT ... ON CONFLICT, optionally after WITH), with named parameters already turned
   * into {@code ?}: the store finds the sub-batch's bounds, then runs each step in order in the
   * sub-batch's transaction, binding each parameter by its name.
   *
   * @param steps the statements in the order they run, at least one
   * @param arguments the job arguments' values by name (bound, never spliced; a value may be null)
   * @param values the values computed once per job before its first sub-batch, in order
   * @param cursorWidth 0 for a statement over an integer range; for one over a cursor-batched
   *     migration (GitLab 17.6+) the number of cursor columns: each {@code :sub_batch_start} and
   *     {@code :sub_batch_end} then stands as a row value {@code (?, ?)} whose parameters are named
   *     by {@link #cursorPart}
   */
  record Statement(List<Step> steps, Map<String, Object> arguments, List<JobValue> values, int cursorWidth)
      implements RowChange {
    /** The first batch-column value (or cursor) of the sub-batch. */
    public static final String SUB_BATCH_START = "sub_batch_start";
    /** The last batch-column value (or cursor) of the sub-batch (inclusive). */
    public static final String SUB_BATCH_END = "sub_batch_end";
    /** The job's first batch-column value. */
    public static final String START_ID = "start_id";
    /** The job's last batch-column value (inclusive). */
    public static final String END_ID = "end_id";
    /** The names bbm binds itself, which a job argument or value may not take. */
    public static final List<String> BUILT_IN = List.of(SUB_BATCH_START, SUB_BATCH_END, START_ID, END_ID);

    public Statement {
      steps = List.copyOf(steps);
      if (steps.isEmpty()) {
        throw new IllegalArgumentException("a statement definition needs at least one statement");
      }
      arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
      values = List.copyOf(values);
      if (cursorWidth < 0) {
        throw new IllegalArgumentException("a cursor has at least one column");
      }
    }

    /** A statement over an integer range. */
    public Statement(List<Step> steps, Map<String, Object> arguments, List<JobValue> values) {
      this(steps, arguments, values, 0);
    }

    /** The name of the parameter for column {@code k} of a cursor parameter ({@code sub_batch_start#0}). */
    public static String cursorPart(String name, int k) {
      return name + "#" + k;
    }

    /** Whether the statement takes its sub-batch as cursors, not as an integer range. */
    public boolean cursorBased() {
      return cursorWidth > 0;
    }

    /** The statements as one text, for --dry-run and messages. */
    public String sql() {
      return steps.stream().map(Step::sql).collect(Collectors.joining("; then "));
    }

    @Override
    public List<String> targetColumns() {
      return List.of();
    }

    @Override
    public boolean planFirst() {
      return true;
    }
  }

  /**
   * One statement of a sub-batch.
   *
   * @param sql its JDBC text, with a {@code ?} for each parameter
   * @param parameters the parameter names, in the order of the {@code ?}s
   */
  record Step(String sql, List<String> parameters) {
    public Step {
      parameters = List.copyOf(parameters);
    }
  }

  /**
   * A value a statement uses, computed once per job by a query that returns one value.
   *
   * @param sql the query's JDBC text
   * @param parameters its parameter names (job arguments, start_id, end_id), in the order of the {@code ?}s
   */
  record JobValue(String name, String sql, List<String> parameters) {
    public JobValue {
      parameters = List.copyOf(parameters);
    }
  }

  /** Nothing to change: GitLab's job then does nothing and succeeds. */
  record NoChange() implements RowChange {
    @Override
    public List<String> targetColumns() {
      return List.of();
    }
  }
}
