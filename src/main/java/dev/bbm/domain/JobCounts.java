package dev.bbm.domain;

import java.time.OffsetDateTime;

/**
 * Per-migration job statistics: counts by status, the keys of the migration's range that succeeded
 * jobs cover, each once (bbm's progress; a gap between jobs is not covered) and the sum of their batch sizes (GitLab's migrated_tuple_count).
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
