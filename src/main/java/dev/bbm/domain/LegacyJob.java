package dev.bbm.domain;

/** One row of background_migration_jobs: a tracked legacy (Sidekiq) background migration job. */
public record LegacyJob(long id, String className, String argumentsJson, int status) {
  /** GitLab's legacy jobs sleep 0.1 s after each sub-batch: steal's pause when --pause-ms is not given. */
  public static final int DEFAULT_PAUSE_MS = 100;
}
