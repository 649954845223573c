package dev.bbm.engine;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.FailedJob;
import dev.bbm.domain.MigrationStatus;
import dev.bbm.jobs.Lookup;
import java.util.List;

/**
 * One migration in detail: its summary, failed jobs with their last error, the latest jobs, and how
 * bbm would run its job class.
 *
 * @param schema the PostgreSQL schema GitLab's bookkeeping tables resolve to on the search_path
 * @param jobClass how the job class resolves, or where bbm looked when it cannot run it
 * @param jobs every job with its history (status --jobs), or null when not asked for
 */
public record MigrationDetail(String database, String schema, MigrationSummary summary, List<FailedJob> failedJobs,
    List<BatchedJob> latestJobs, Lookup jobClass, List<JobStory> jobs) {
  public ExitCode exitCode() {
    MigrationStatus st = summary.migration().status();
    if (st == MigrationStatus.FAILED) {
      return ExitCode.FAILED;
    }
    return st.isDone() ? ExitCode.OK : ExitCode.UNFINISHED;
  }
}
