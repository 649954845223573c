package dev.bbm.jobs;

import dev.bbm.domain.Json;
import java.util.Set;

/**
 * What a job kind reads: the migration's table, its columns and its job arguments, parsed once by
 * the store (a {@code List} of {@code String}, {@code Long}, {@code BigDecimal}, {@code Boolean},
 * lists, maps and nulls).
 */
public record JobInput(String tableName, Set<String> tableColumns, Object arguments) {
  public JobInput {
    tableColumns = Set.copyOf(tableColumns);
  }

  /** The arguments as compact JSON, for messages. */
  public String argumentsText() {
    return Json.write(arguments);
  }
}
