package dev.bbm.engine;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.JobTransition;
import java.util.List;

/**
 * One job's part of a migration's audit trail ({@code bbm status ID --jobs}): the row, how long
 * it ran, the rows it changed, who ran it last, and its transition-log rows oldest first.
 *
 * @param seconds finished_at - started_at; for a running job, how long it has run; null when unknown
 * @param rows the sum of the metrics' affected_rows, or null when the metrics do not say
 * @param ranBy "bbm" when the latest run was bbm's (its metrics say so), else "unknown": GitLab's
 *     rows carry no marker, and a bbm before the marker wrote the same rows as Sidekiq
 * @param history the transition-log rows, each with who wrote it ({@link Entry#by()})
 */
public record JobStory(BatchedJob job, Double seconds, boolean running, Long rows, String ranBy,
    List<Entry> history) {

  /** Who: bbm, or unknown when nothing in the row or the job's metrics tells. */
  public static final String BBM = "bbm";
  public static final String UNKNOWN = "unknown";

  /** One transition-log row and who wrote it. */
  public record Entry(JobTransition transition, String by) {}
}
