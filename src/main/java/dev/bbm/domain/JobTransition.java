package dev.bbm.domain;

import java.time.OffsetDateTime;

/**
 * One row of batched_background_migration_job_transition_logs: a job's status change, with the
 * error that caused it when there was one.
 *
 * @param previous the previous status code as stored (GitLab's codes 0 to 3; another number is kept as read)
 * @param next the next status code as stored
 */
public record JobTransition(long id, long jobId, int previous, int next, OffsetDateTime at, String exceptionClass,
    String exceptionMessage) {

  /** The previous status as a word ({@code pending}), or the code when it is not one of GitLab's. */
  public String previousLabel() {
    return label(previous);
  }

  public String nextLabel() {
    return label(next);
  }

  /** Whether bbm wrote this row by its exception class: {@code bbm.MarkedFinished}, {@code bbm::Interrupted}. */
  public boolean markedByBbm() {
    return exceptionClass != null && (exceptionClass.startsWith("bbm.") || exceptionClass.startsWith("bbm::"));
  }

  private static String label(int code) {
    for (JobStatus s : JobStatus.values()) {
      if (s.code() == code) {
        return s.label();
      }
    }
    return "status " + code;
  }
}
