package dev.bbm.jobs;

import dev.bbm.domain.SqlFragment;
import java.util.List;

/**
 * A cursor-batched job kind for the tests (GitLab 17.6+'s {@code cursor :issue_id, :user_id}):
 * issue_assignees has no id column, only the composite key (issue_id, user_id); each sub-batch
 * sets a NULL namespace_id from the assignee's issue, the shape of GitLab's sharding-key
 * backfills on such tables.
 */
public final class AssigneeNamespaceCursorTestJob implements JobKind {
  public static final String NAME = "AssigneeNamespaceCursorTestJob";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int argumentCount() {
    return 0;
  }

  @Override
  public List<String> cursorColumns() {
    return List.of("issue_id", "user_id");
  }

  @Override
  public SubBatchWork work(JobInput input) {
    return SubBatchWork.sql(List.of("namespace_id"),
        SqlFragment.of("namespace_id = (SELECT i.namespace_id FROM issues i WHERE i.id = issue_assignees.issue_id)"),
        SqlFragment.of("namespace_id IS NULL"), null, "test job class " + getClass().getName());
  }
}
