package dev.bbm.jobs;

import java.util.List;

/**
 * A GitLab job class bbm can execute: it reads a migration's job arguments and says what each
 * sub-batch does. Kinds never see a connection, so all SQL stays in the store layer. A new kind is
 * one class implementing this and a line in {@code META-INF/services/dev.bbm.jobs.JobKind}.
 */
public interface JobKind {
  /** The class name as stored in job_class_name, without a module prefix. */
  String name();

  /** How many job arguments the class takes (GitLab's job_arguments_count). */
  int argumentCount();

  /**
   * The work of one migration, or throws {@link dev.bbm.domain.BbmException} (exit 2) when its
   * arguments cannot be run against its table.
   */
  SubBatchWork work(JobInput input);

  /**
   * GitLab's {@code cursor :a, :b}: the columns a cursor-batched migration (17.6+) of this class
   * is batched over, in order; empty for classes batched by an integer column.
   */
  default List<String> cursorColumns() {
    return List.of();
  }

  /**
   * Whether one statement of the class reads tables of several GitLab schemas (gitlab_main, gitlab_ci,
   * gitlab_sec), where GitLab's Ruby reads them through each database's own connection: the same result
   * only where they all live in one database.
   */
  default boolean needsOneDatabase() {
    return false;
  }
}
