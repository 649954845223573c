package dev.bbm.cli;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.Durations;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.Selection;
import dev.bbm.engine.BatchEngine;
import dev.bbm.engine.FinalizeOptions;
import dev.bbm.engine.FinalizeResult;
import dev.bbm.output.FinalizeRenderer;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** bbm finalize: runs the remaining batches of one migration inline until it is finished. */
@Command(name = "finalize", sortOptions = false,
    header = "Run a migration's remaining batches inline until it is finished.",
    description = "Does what gitlab-rake gitlab:background_migrations:finalize does, without Rails: fences the"
        + " migration against Sidekiq, runs pending, stale and new jobs with GitLab's batching and retry rules,"
        + " and marks it finished. Progress goes to stderr; an interrupted run resumes where it stopped.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  bbm finalize CopyColumnUsingBackgroundMigrationJob,events,id,'[[\"id\"]\\, [\"id_convert_to_bigint\"]]'",
        "  bbm finalize main_85",
        "  bbm finalize CopyColumnUsingBackgroundMigrationJob events id '[[\"id\"],[\"id_convert_to_bigint\"]]' --dry-run"})
final class FinalizeCommand extends BaseCommand {
  @Mixin
  SelectionArgs selection = new SelectionArgs();

  @Option(names = "--batch-size", paramLabel = "N", description = "rows per job (default: the migration's batch_size)")
  Integer batchSize;

  @Option(names = "--sub-batch-size", paramLabel = "N",
      description = "rows per transaction inside a job (default: the migration's sub_batch_size)")
  Integer subBatchSize;

  @Option(names = "--pause-ms", paramLabel = "MS",
      description = "pause between sub-batches in milliseconds (default: the migration's pause_ms)")
  Integer pauseMs;

  @Option(names = "--stale-after", paramLabel = "DURATION", defaultValue = "1h",
      description = "a running job untouched this long is stale and retried (default ${DEFAULT-VALUE}; 0s, 90s, 15m, 1h)")
  String staleAfter;

  @Option(names = "--wait", description = "wait for a job running elsewhere instead of exiting 5")
  boolean waitForRunning;

  @Option(names = "--statement-timeout", paramLabel = "DURATION", defaultValue = "1m",
      description = "statement_timeout for each sub-batch (default ${DEFAULT-VALUE}; 0s for none)")
  String statementTimeout;

  @Option(names = "--lock-timeout", paramLabel = "DURATION", defaultValue = "10s",
      description = "lock_timeout for each sub-batch (default ${DEFAULT-VALUE}; 0s for none)")
  String lockTimeout;

  @Option(names = "--strict", description = "exit 6 when no migration matches (default: a warning and exit 0, as GitLab)")
  boolean strict;

  @Option(names = "--dry-run", description = "print what would be done, including SQL, and change nothing")
  boolean dryRun;

  @Override
  ExitCode execute() {
    Selection sel = requireSelection();
    FinalizeOptions options = options();
    FinalizeRenderer renderer = new FinalizeRenderer(output());
    try (BatchEngine engine = engine()) {
      FinalizeResult r = engine.finalize(sel, options, renderer);
      renderer.result(r);
      return r.exitCode(strict);
    }
  }

  private Selection requireSelection() {
    if (selection.isEmpty()) {
      throw BbmException.usage("finalize needs a migration: an id such as main_85, or CLASS,TABLE,COLUMN,JSON"
          + " as GitLab's upgrade notes print it");
    }
    return selection.parse(context());
  }

  private FinalizeOptions options() {
    positive("--batch-size", batchSize);
    positive("--sub-batch-size", subBatchSize);
    if (pauseMs != null && pauseMs < 0) {
      throw BbmException.usage("--pause-ms must be 0 or more, got " + pauseMs);
    }
    if (batchSize != null && subBatchSize != null && subBatchSize > batchSize) {
      throw BbmException.usage("--sub-batch-size " + subBatchSize + " is larger than --batch-size " + batchSize);
    }
    Duration stale = Durations.parse(staleAfter, "--stale-after");
    return new FinalizeOptions(batchSize, subBatchSize, pauseMs, stale, waitForRunning, strict, dryRun,
        Durations.parse(statementTimeout, "--statement-timeout"), Durations.parse(lockTimeout, "--lock-timeout"));
  }

  private static void positive(String name, Integer value) {
    if (value != null && value <= 0) {
      throw BbmException.usage(name + " must be a positive number, got " + value);
    }
  }
}
