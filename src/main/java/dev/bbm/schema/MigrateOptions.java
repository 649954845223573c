package dev.bbm.schema;

import java.nio.file.Path;
import java.util.List;

/**
 * How db migrate runs.
 *
 * @param dirs the migration directories; one named post_migrate holds post-deployment migrations
 * @param skipPostDeployment SKIP_POST_DEPLOYMENT_MIGRATIONS is set: post-deployment files wait
 * @param noWait exit busy instead of waiting when another db migrate holds the lock
 * @param dblabEnvironment DBLAB_ENVIRONMENT is set: ensuring a migration that does not exist is an error, as GitLab
 */
public record MigrateOptions(List<Path> dirs, boolean skipPostDeployment, boolean dryRun, boolean noWait,
    boolean dblabEnvironment) {}
