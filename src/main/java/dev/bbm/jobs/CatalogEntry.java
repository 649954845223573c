package dev.bbm.jobs;

/**
 * One batched migration that a GitLab upgrade stop finalizes, from bbm's inventory
 * (bbm/catalog/inventory.tsv): the migration GitLab's post-deployment migration names in its
 * ensure_batched_background_migration_is_finished call, and the version that makes it.
 *
 * @param finalizedIn the GitLab milestone of the finalizing migration, e.g. 17.5
 * @param finalizeMigration the finalizing migration's class name
 * @param jobClass the job class, as job_class_name stores it
 * @param table the batch table
 * @param column the batch column
 * @param jobArguments the job arguments as JSON, as the call gives them
 * @param gitlabSchema the migration's gitlab_schema, or empty
 */
public record CatalogEntry(String finalizedIn, String finalizeMigration, String jobClass, String table, String column,
    String jobArguments, String gitlabSchema) {}
