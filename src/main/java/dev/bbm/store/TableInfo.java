package dev.bbm.store;

import java.util.Map;
import java.util.Set;

/**
 * What the catalog says about a table a migration works on: its columns and the leading columns of
 * its valid, non-partial btree indexes (the only ones that serve the range scans of batching).
 */
public record TableInfo(String quotedName, Map<String, String> columnTypes, Set<String> indexLeadingColumns) {
  public boolean hasColumn(String name) {
    return columnTypes.containsKey(name);
  }
}
