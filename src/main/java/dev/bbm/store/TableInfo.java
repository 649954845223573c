package dev.bbm.store;

import java.util.Map;
import java.util.Set;

/** What the catalog says about a table a migration works on: its columns and indexed leading columns. */
public record TableInfo(String quotedName, Map<String, String> columnTypes, Set<String> indexLeadingColumns) {
  public boolean hasColumn(String name) {
    return columnTypes.containsKey(name);
  }
}
