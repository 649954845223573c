package dev.bbm.jobs;

import dev.bbm.domain.BatchingKind;
import dev.bbm.domain.RowChange;
import dev.bbm.domain.SqlFragment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a job kind made of one migration's job arguments: the change each sub-batch makes, the
 * rows it is limited to (GitLab's scope_to), the batching it asks for, and what the operator
 * should be told.
 *
 * @param change what each sub-batch does to its rows
 * @param scope a condition rows must meet to be counted and changed, or null
 * @param batching the batching strategy the kind asks for, or null; the migration row's wins
 * @param warnings sentences for the operator (for example copies GitLab would skip)
 * @param origin where SQL written outside bbm's code comes from (a definition file), or null
 */
public record SubBatchWork(RowChange change, SqlFragment scope, BatchingKind batching, List<String> warnings,
    String origin) {

  public SubBatchWork {
    warnings = List.copyOf(warnings);
  }

  /** Copies of columns, as CopyColumnUsingBackgroundMigrationJob does. */
  public static SubBatchWork copies(List<RowChange.ColumnCopy> copies, List<String> warnings) {
    RowChange change = copies.isEmpty() ? new RowChange.NoChange() : new RowChange.CopyColumns(copies);
    return new SubBatchWork(change, null, null, warnings, null);
  }

  /** A SET clause and an optional scope, with where they come from. */
  public static SubBatchWork sql(List<String> targets, SqlFragment set, SqlFragment scope, BatchingKind batching,
      String origin) {
    return new SubBatchWork(new RowChange.SetExpressions(targets, set), scope, batching, List.of(), origin);
  }

  /** A whole statement per sub-batch and an optional scope, with where they come from. */
  public static SubBatchWork statement(RowChange.Statement statement, SqlFragment scope, BatchingKind batching,
      String origin) {
    return new SubBatchWork(statement, scope, batching, List.of(), origin);
  }

  public boolean isNoop() {
    return change instanceof RowChange.NoChange;
  }

  /** For --dry-run: where the SQL comes from and the values bound to it. */
  public List<String> describe() {
    List<String> out = new ArrayList<>();
    if (origin == null) {
      return out;
    }
    boolean statement = change instanceof RowChange.Statement;
    out.add((statement ? "the statement" : "the SET clause") + (scope == null ? "" : " and scope") + " come from "
        + origin);
    if (change instanceof RowChange.Statement s) {
      if (!s.arguments().isEmpty()) {
        out.add("job arguments bound by name: " + s.arguments().entrySet().stream()
            .map(e -> ":" + e.getKey() + " = " + show(Collections.singletonList(e.getValue())))
            .collect(Collectors.joining(", ")));
      }
      s.values().forEach(v -> out.add("computed once per job, bound as :" + v.name() + ": " + v.sql()));
    }
    if (change instanceof RowChange.SetExpressions s && !s.set().values().isEmpty()) {
      out.add("values bound to the SET clause's placeholders: " + show(s.set().values()));
    }
    if (scope != null && !scope.values().isEmpty()) {
      out.add("values bound to the scope's placeholders: " + show(scope.values()));
    }
    return out;
  }

  private static String show(List<Object> values) {
    return values.stream()
        .map(v -> v instanceof String str ? "'" + str.replace("'", "''") + "'" : String.valueOf(v))
        .collect(Collectors.joining(", "));
  }
}
