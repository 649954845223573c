package dev.bbm.jobs;

import dev.bbm.domain.Json;
import dev.bbm.domain.TableShape;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a job kind reads: the migration's table, its columns and its job arguments, parsed once by
 * the store (a {@code List} of {@code String}, {@code Long}, {@code BigDecimal}, {@code Boolean},
 * lists, maps and nulls), and a way to look other tables up in the catalogue.
 */
public record JobInput(String tableName, Set<String> tableColumns, Object arguments,
    Function<String, Optional<TableShape>> tables) {
  public JobInput {
    tableColumns = Set.copyOf(tableColumns);
  }

  /** An input whose kind looks at no other table. */
  public JobInput(String tableName, Set<String> tableColumns, Object arguments) {
    this(tableName, tableColumns, arguments, name -> Optional.empty());
  }

  /** A table of the database by name (validated first), as the catalogue describes it; empty when absent. */
  public Optional<TableShape> table(String name) {
    return tables.apply(name);
  }

  /** The arguments as compact JSON, for messages. */
  public String argumentsText() {
    return Json.write(arguments);
  }
}
