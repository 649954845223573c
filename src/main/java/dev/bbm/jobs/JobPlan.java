package dev.bbm.jobs;

import dev.bbm.domain.SqlFragment;
import java.util.List;

/**
 * What one migration's sub-batches do: column assignments made of validated identifiers
 * (target = source), plus warnings for the operator (for example dropped column pairs).
 *
 * <p>Job classes whose work is not a column copy (job definitions, Java implementations) give
 * {@link RawSql} instead: a SET clause and an optional scope, with bound values. A plan may also
 * ask for a batching strategy, used when the migration row leaves it open.
 */
public record JobPlan(List<Assignment> assignments, List<String> warnings, RawSql rawSql, Batching batching) {

  public JobPlan {
    assignments = List.copyOf(assignments);
    warnings = List.copyOf(warnings);
  }

  /** A column copy, as CopyColumnUsingBackgroundMigrationJob plans it. */
  public JobPlan(List<Assignment> assignments, List<String> warnings) {
    this(assignments, warnings, null, null);
  }

  /** {@code "target" = "source"}; both names validated against the table's columns. */
  public record Assignment(String targetColumn, String sourceColumn) {}

  /**
   * An UPDATE's SET clause and an optional extra condition (GitLab's scope_to), with {@code ?}
   * placeholders whose values are bound, never interpolated.
   *
   * @param targetColumns the columns the SET clause assigns, checked against the table
   * @param set the SET clause, for example {@code "namespace_id" = (source_id)}
   * @param scope a condition rows must meet to be counted and updated, or null
   * @param origin where the SQL comes from, for the operator (a definition file)
   */
  public record RawSql(List<String> targetColumns, SqlFragment set, SqlFragment scope, String origin) {
    public RawSql {
      targetColumns = List.copyOf(targetColumns);
    }
  }

  /** The batching strategies a job class may ask for; the migration row's batch_class_name wins. */
  public enum Batching {
    PRIMARY_KEY("primary_key", "PrimaryKeyBatchingStrategy"),
    LOOSE_INDEX_SCAN("loose_index_scan", "LooseIndexScanBatchingStrategy");

    private final String key;
    private final String className;

    Batching(String key, String className) {
      this.key = key;
      this.className = className;
    }

    /** The spelling in a job definition, {@code primary_key}. */
    public String key() {
      return key;
    }

    /** GitLab's class, {@code PrimaryKeyBatchingStrategy}. */
    public String className() {
      return className;
    }
  }

  /** A plan made of a SET clause and an optional scope. */
  public static JobPlan ofSql(RawSql sql, Batching batching, List<String> warnings) {
    return new JobPlan(List.of(), warnings, sql, batching);
  }

  /** Nothing to update: GitLab's job then does nothing and succeeds. */
  public boolean isNoop() {
    return assignments.isEmpty() && rawSql == null;
  }
}
