package dev.bbm.domain;

import java.time.OffsetDateTime;

/**
 * Per-migration job statistics: counts by status, the key range covered by succeeded jobs
 * (bbm's progress) and the sum of their batch sizes (GitLab's migrated_tuple_count).
 */
public record JobCounts(
    long pending,
    long running,
    long failed,
    long succeeded,
    long succeededKeys,
    long succeededBatchSizes,
    Long highestMaxValue,
    OffsetDateTime lastCreatedAt,
    OffsetDateTime lastFinishedAt) {

  public static final JobCounts NONE = new JobCounts(0, 0, 0, 0, 0, 0, null, null, null);

  public long total() {
    return pending + running + failed + succeeded;
  }
}
