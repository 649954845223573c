package dev.bbm.jobs;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.Identifiers;
import dev.bbm.domain.Json;
import dev.bbm.domain.SqlFragment;
import java.util.List;
import java.util.Map;

/**
 * The example job kind of docs/architecture.md, found through ServiceLoader: job arguments
 * [column, value]; each sub-batch sets the column to the value in the rows where it is NULL, the
 * shape of many of GitLab's backfills. One class and one line in META-INF/services.
 */
public final class FillNullTestJob implements JobKind {
  public static final String NAME = "FillNullTestJob";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int argumentCount() {
    return 2;
  }

  @Override
  public SubBatchWork work(JobInput input) {
    if (!(input.arguments() instanceof List<?> args) || args.size() != 2 || !(args.get(0) instanceof String column)) {
      throw BbmException.usage(NAME + " takes [column, value], got " + input.argumentsText());
    }
    if (!Identifiers.isValid(column) || !input.tableColumns().contains(column)) {
      throw BbmException.usage(NAME + " fills column " + column + ", which table " + input.tableName()
          + " does not have");
    }
    String quoted = Identifiers.quote(column);
    Object value = args.get(1) instanceof List<?> || args.get(1) instanceof Map<?, ?> ? Json.write(args.get(1)) : args.get(1);
    return SubBatchWork.sql(List.of(column), new SqlFragment(quoted + " = ?", List.of(value)),
        SqlFragment.of(quoted + " IS NULL"), null, "test job class " + getClass().getName());
  }
}
