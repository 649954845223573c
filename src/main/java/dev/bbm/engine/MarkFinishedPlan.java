package dev.bbm.engine;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.JobStatus;
import dev.bbm.domain.JobStatusGroup;
import dev.bbm.domain.UncoveredKeys;
import java.util.List;

/**
 * What mark-finished is about to change, read before anything changes: the migration, its jobs by
 * status, the key range no job covers, the statements, and who holds the migration's lock.
 *
 * @param uncovered null when the migration has no integer key range (cursor-based)
 * @param sql the statements, exactly as they run
 * @param logsOutline the transition-log insert, in outline (its rows depend on the jobs changed)
 * @param lockHolder who holds the migration's lock (dry run only), or null
 */
public record MarkFinishedPlan(BatchedMigration migration, List<JobStatusGroup> jobs, UncoveredKeys uncovered,
    String reason, List<String> sql, String logsOutline, String lockHolder) {

  public MarkFinishedPlan {
    jobs = List.copyOf(jobs);
    sql = List.copyOf(sql);
  }

  /** The groups that change: every status but succeeded. */
  public List<JobStatusGroup> toChange() {
    return jobs.stream().filter(g -> g.status() != JobStatus.SUCCEEDED).toList();
  }

  public long jobsToChange() {
    return toChange().stream().mapToLong(JobStatusGroup::count).sum();
  }

  public long jobsWith(JobStatus status) {
    return jobs.stream().filter(g -> g.status() == status).mapToLong(JobStatusGroup::count).sum();
  }
}
