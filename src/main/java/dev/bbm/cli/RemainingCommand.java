package dev.bbm.cli;

import dev.bbm.config.DatabaseTargets;
import dev.bbm.domain.ExitCode;
import dev.bbm.engine.BatchEngine;
import dev.bbm.engine.RemainingReport;
import dev.bbm.output.LegacyRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    List<DatabaseTargets.Target> targets = readTargets();
    // Sidekiq's legacy queue is main's (GitLab's JobCoordinator knows no other): inspected once, with it
    DatabaseTargets.Target withQueue = targets.stream().filter(t -> t.answersTo("main")).findFirst()
        .orElse(targets.get(0));
    var redisSettings = redis.resolve(context(), output(), connection);
    List<RemainingReport> reports = new ArrayList<>();
    for (DatabaseTargets.Target t : targets) {
      try (BatchEngine engine = engine(t)) {
        reports.add(engine.remaining(t == withQueue ? redisSettings : Optional.empty()));
      }
    }
    new LegacyRenderer(output()).remaining(reports);
    return reports.stream().allMatch(r -> r.total() == 0) ? ExitCode.OK : ExitCode.UNFINISHED;
  }
}
