package dev.bbm.domain;

import java.time.OffsetDateTime;

/** One row of batched_background_migration_jobs. */
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
    String metricsJson) {

  public JobRange range() {
    return new JobRange(minValue, maxValue);
  }
}
