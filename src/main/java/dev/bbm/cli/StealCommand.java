package dev.bbm.cli;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.LegacyJob;
import dev.bbm.domain.SelectionParser;
import dev.bbm.engine.BatchEngine;
import dev.bbm.engine.StealResult;
import dev.bbm.output.LegacyRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** bbm steal: Gitlab::BackgroundMigration.steal(CLASS) and the docs' pending-jobs loop. */
@Command(name = "steal", sortOptions = false,
    header = "Run the pending legacy background migration jobs of a class inline.",
    description = "Runs every pending job of CLASS tracked in background_migration_jobs, each claimed under a row"
        + " lock so two bbm processes never run the same job, and marks it succeeded as GitLab's"
        + " mark_all_as_succeeded does. A job that fails stays pending and its error is printed; bbm then exits 4"
        + " after the others ran. With Sidekiq's Redis configured it first takes the class's jobs from the"
        + " scheduled set and the queues (and with --retry-dead the retry and dead sets), removing each only as it"
        + " runs it and putting it back if it fails. A class bbm cannot run is refused before anything changes.",
    footerHeading = "%nExamples:%n",
    footer = {"  bbm steal CopyColumnUsingBackgroundMigrationJob", "  bbm steal CopyColumnUsingBackgroundMigrationJob --dry-run"})
final class StealCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "CLASS", description = "the legacy background migration class")
  String className;

  @Option(names = "--retry-dead", description = "also take the class's jobs from Sidekiq's retry and dead sets")
  boolean retryDead;

  @Option(names = "--pause-ms", paramLabel = "MS", description = "pause between sub-batches (default "
      + LegacyJob.DEFAULT_PAUSE_MS + ", as GitLab)")
  Integer pauseMs;

  @Option(names = "--dry-run", description = "list the jobs that would run and change nothing")
  boolean dryRun;

  @Mixin
  RedisOptions redis = new RedisOptions();

  @Mixin
  ProgressOptions progress = new ProgressOptions();

  @Override
  ProgressOptions progressOptions() {
    return progress;
  }

  @Override
  ExitCode execute() {
    String cls = SelectionParser.requireJobClass(className);
    if (pauseMs != null && pauseMs < 0) {
      throw BbmException.usage("--pause-ms must be 0 or more, got " + pauseMs);
    }
    LegacyRenderer renderer = new LegacyRenderer(output());
    try (BatchEngine engine = engine(writeTarget(null))) {
      var redisSettings = redis.resolve(context(), output(), connection);
      if (redisSettings.isEmpty()) {
        output().note("Sidekiq's Redis is not configured (--redis-url, REDIS_URL or GitLab's resque.yml):"
            + " only the jobs tracked in background_migration_jobs are run");
      }
      StealResult r = engine.steal(cls, pauseMs, dryRun, retryDead, redisSettings, renderer);
      renderer.steal(r);
      return r.exitCode();
    }
  }
}
