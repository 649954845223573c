package dev.bbm.jobs;

import java.util.List;

/**
 * What one migration's sub-batches do: column assignments made of validated identifiers
 * (target = source), plus warnings for the operator (for example dropped column pairs).
 */
public record JobPlan(List<Assignment> assignments, List<String> warnings) {

  /** {@code "target" = "source"}; both names validated against the table's columns. */
  public record Assignment(String targetColumn, String sourceColumn) {}

  /** Nothing to update: GitLab's job then does nothing and succeeds. */
  public boolean isNoop() {
    return assignments.isEmpty();
  }
}
