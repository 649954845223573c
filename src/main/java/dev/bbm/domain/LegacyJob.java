package dev.bbm.domain;

/** One row of background_migration_jobs: a tracked legacy (Sidekiq) background migration job. */
public record LegacyJob(long id, String className, String argumentsJson, int status) {
}
