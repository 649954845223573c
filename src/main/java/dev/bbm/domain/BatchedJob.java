package dev.bbm.domain;

import java.time.OffsetDateTime;

/**
 * One row of batched_background_migration_jobs.
 *
 * @param cursor the job's min_cursor..max_cursor for a cursor-batched job (its min and max values
 *     are then 0), or null
 */
public record BatchedJob(
    long id,
    long migrationId,
    long minValue,
    long maxValue,
    int batchSize,
    int subBatchSize,
    int pauseMs,
    JobStatus status,
    int attempts,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    String metricsJson,
    CursorRange cursor) {

  /** Whether the job is cut by cursor (GitLab 17.6+) rather than by integer range. */
  public boolean cursorBased() {
    return cursor != null;
  }

  /** The range as an operator reads it: {@code 1001..2000} or {@code [1,5]..[3,2]}. */
  public String rangeText() {
    return cursor != null ? cursor.toString() : range().toString();
  }

  public JobRange range() {
    return new JobRange(minValue, maxValue);
  }
}
