package dev.bbm.cli;

import dev.bbm.domain.ExitCode;
import dev.bbm.engine.BatchEngine;
import dev.bbm.engine.RemainingReport;
import dev.bbm.output.LegacyRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** bbm remaining: Gitlab::BackgroundMigration.remaining, plus the tracked rows in PostgreSQL. */
@Command(name = "remaining", sortOptions = false,
    header = "Count legacy background migrations still to run, in PostgreSQL and in Sidekiq's Redis.",
    description = "Counts the pending rows of background_migration_jobs and, when Sidekiq's Redis is configured,"
        + " the BackgroundMigrationWorker jobs in the queues and the scheduled set, as GitLab's"
        + " Gitlab::BackgroundMigration.remaining does. Each source is named; without Redis, bbm says plainly that"
        + " the Sidekiq queue was not inspected. Exit 0 when nothing remains, 3 when something does.",
    footerHeading = "%nExamples:%n",
    footer = {"  bbm remaining", "  bbm remaining --redis-url unix:/var/opt/gitlab/redis/redis.socket",
        "  bbm remaining --json"})
final class RemainingCommand extends BaseCommand {
  @Mixin
  RedisOptions redis = new RedisOptions();

  @Override
  ExitCode execute() {
    try (BatchEngine engine = engine()) {
      RemainingReport r = engine.remaining(redis.resolve(context(), output()));
      new LegacyRenderer(output()).remaining(r);
      return r.total() == 0 ? ExitCode.OK : ExitCode.UNFINISHED;
    }
  }
}
