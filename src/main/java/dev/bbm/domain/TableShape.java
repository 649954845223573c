package dev.bbm.domain;

import java.util.List;

/**
 * What a job kind may know of a table other than its batch table: its columns in order, its
 * primary key, and whether it is partitioned (GitLab's BulkCopy reads the same from the catalogue).
 */
public record TableShape(String name, List<String> columns, List<String> primaryKey, boolean partitioned) {
  public TableShape {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
  }
}
