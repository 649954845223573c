package dev.bbm.cli;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.engine.BatchEngine;
import dev.bbm.schema.MigrateOptions;
import dev.bbm.schema.MigrateResult;
import dev.bbm.output.MigrateRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** bbm db migrate: gitlab-rake db:migrate for SQL migration files. */
@Command(name = "migrate", sortOptions = false,
    header = "Apply the pending schema migrations, in version order.",
    description = "Applies each pending <version>_<name>.sql file of the migration directories in one transaction"
        + " (none with -- bbm:disable_ddl_transaction) and records it in schema_migrations; post-deployment"
        + " ones wait while SKIP_POST_DEPLOYMENT_MIGRATIONS is set. Directives -- bbm:queue_batched_background_migration,"
        + " -- bbm:ensure_batched_background_migration_is_finished (finalizes inline unless \"finalize\": false)"
        + " and -- bbm:delete_batched_background_migration, each followed by a JSON object, run in file order"
        + " with the SQL, as GitLab's helpers do. A database without the bookkeeping tables gets them first, with"
        + " GitLab's 17.6+ DDL. Runs are serialized by an advisory lock (the one Rails' db:migrate takes). The"
        + " first error stops it: the file is not recorded and later ones do not run. Exit 1 for a failed"
        + " statement, 3 when an ensured batched migration is unfinished, 4 when it failed, 5 when busy.",
    footerHeading = "%nExamples:%n",
    footer = {"  bbm db migrate", "  bbm db migrate --dry-run",
        "  SKIP_POST_DEPLOYMENT_MIGRATIONS=true bbm db migrate \\",
        "    --migrations-dir db/migrate --migrations-dir db/post_migrate",
        "  bbm db migrate --no-wait --url postgresql://app@localhost/app_production"})
final class DbMigrateCommand extends BaseCommand {
  @Mixin
  MigrationDirOptions dirs = new MigrationDirOptions();

  @Mixin
  JobDefinitionOptions jobs = new JobDefinitionOptions();

  @Mixin
  ProgressOptions progress = new ProgressOptions();

  @Override
  ProgressOptions progressOptions() {
    return progress;
  }

  @Option(names = "--no-wait", description = "exit 5 when another db migrate holds the lock, instead of waiting")
  boolean noWait;

  @Option(names = "--dry-run", description = "print the pending files with their SQL and directives, and change nothing")
  boolean dryRun;

  @Override
  ExitCode execute() {
    var env = context().env();
    MigrateOptions options = new MigrateOptions(dirs.resolve(), env.containsKey("SKIP_POST_DEPLOYMENT_MIGRATIONS"),
        dryRun, noWait, env.containsKey("DBLAB_ENVIRONMENT"));
    MigrateRenderer renderer = new MigrateRenderer(output());
    try (BatchEngine engine = engine(writeTarget(null), jobs)) {
      MigrateResult r = engine.migrate(options, renderer);
      renderer.result(r);
      if (r.failure() != null) {
        if (output().json() || output().ndjson()) {
          // the result on stdout already carries the error; stderr still says it in words
          output().error(r.failure().message());
          return r.failure().exitCode();
        }
        throw new BbmException(r.failure().exitCode(), r.failure().message());
      }
      return r.exitCode();
    }
  }
}
