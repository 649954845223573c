package dev.bbm.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.SqlFragment;
import java.util.List;
import java.util.Set;

/**
 * A test-only job class found through ServiceLoader (src/test/resources/META-INF/services): it
 * lower-cases the email column of the rows whose email is not lower case yet.
 */
public final class LowercaseEmailsTestJob implements JobClass {
  public static final String NAME = "LowercaseEmailsTestJob";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int argumentCount() {
    return 0;
  }

  @Override
  public JobPlan plan(String tableName, JsonNode jobArguments, Set<String> tableColumns) {
    if (!tableColumns.contains("email")) {
      throw BbmException.usage(NAME + " needs a column email, which table " + tableName + " does not have");
    }
    return JobPlan.ofSql(new JobPlan.RawSql(List.of("email"), SqlFragment.of("\"email\" = lower(\"email\")"),
        SqlFragment.of("\"email\" <> lower(\"email\")"), "test job class " + getClass().getName()),
        null, List.of());
  }
}
