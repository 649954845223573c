package dev.bbm.jobs;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.SqlFragment;
import java.util.List;

/**
 * A test-only job kind found through ServiceLoader (src/test/resources/META-INF/services): it
 * lower-cases the email column of the rows whose email is not lower case yet.
 */
public final class LowercaseEmailsTestJob implements JobKind {
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
  public SubBatchWork work(JobInput input) {
    if (!input.tableColumns().contains("email")) {
      throw BbmException.usage(NAME + " needs a column email, which table " + input.tableName() + " does not have");
    }
    return SubBatchWork.sql(List.of("email"), SqlFragment.of("\"email\" = lower(\"email\")"),
        SqlFragment.of("\"email\" <> lower(\"email\")"), null, "test job class " + getClass().getName());
  }
}
