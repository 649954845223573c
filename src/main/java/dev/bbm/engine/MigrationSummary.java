package dev.bbm.engine;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.JobCounts;

/**
 * A migration with its job statistics and the figures bbm derives from them.
 *
 * @param progress percentage of the key range (min_value..max_value) covered by succeeded jobs
 * @param gitlabProgress GitLab's own figure: succeeded batch sizes over total_tuple_count
 * @param note why the migration does not move, when bbm can tell
 * @param etaSeconds estimated seconds left at the recent pace, or null when there is no pace
 * @param etaBasis what the estimate rests on, e.g. "at 1200 keys/s over the last 20 jobs"
 */
public record MigrationSummary(BatchedMigration migration, JobCounts jobs, Double progress, Double gitlabProgress,
    String note, Long etaSeconds, String etaBasis) {
}
