package dev.bbm.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * A GitLab job class bbm can execute. Implementations turn a migration's job arguments into a
 * plan; they never see a connection, so all SQL stays in the store layer.
 */
public interface JobClass {
  /** The class name as stored in job_class_name, without a module prefix. */
  String name();

  /** How many job arguments the class takes (GitLab's job_arguments_count). */
  int argumentCount();

  /**
   * Plans the work, or throws {@link dev.bbm.domain.BbmException} when the arguments cannot be run.
   *
   * @param jobArguments the migration's job_arguments (a JSON array)
   * @param tableColumns the columns the table has
   */
  JobPlan plan(String tableName, JsonNode jobArguments, Set<String> tableColumns);
}
