package dev.bbm.cli;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.engine.BatchEngine;
import dev.bbm.engine.RetryResult;
import dev.bbm.output.FinalizeRenderer;
import dev.bbm.output.RetryRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** bbm retry: the admin UI's Retry for a failed migration, optionally finalizing it at once. */
@Command(name = "retry", sortOptions = false,
    header = "Make a failed migration's jobs retriable again, as the admin UI's Retry does.",
    description = "Splits each failed job in two where it can and resets its attempts, then sets the migration"
        + " back to active so Sidekiq picks it up, as GitLab's retry_failed_jobs! does. With --finalize, bbm runs"
        + " it inline right away. For a class bbm cannot run, the jobs keep their ranges (where GitLab splits"
        + " depends on the class) and --finalize is refused before any change.",
    footerHeading = "%nExamples:%n",
    footer = {"  bbm retry main_85", "  bbm retry main_85 --finalize", "  bbm retry main_85 --dry-run"})
final class RetryCommand extends BaseCommand {
  @Mixin
  SelectionArgs selection = new SelectionArgs();

  @Option(names = "--finalize", description = "finalize the migration inline after making it retriable")
  boolean finalizeNow;

  @Mixin
  PacingOptions pacing = new PacingOptions();

  @Mixin
  JobDefinitionOptions jobs = new JobDefinitionOptions();

  @Mixin
  ProgressOptions progress = new ProgressOptions();

  @Override
  ProgressOptions progressOptions() {
    return progress;
  }

  @Option(names = "--dry-run", description = "print what would change and change nothing")
  boolean dryRun;

  @Override
  ExitCode execute() {
    if (selection.isEmpty()) {
      throw BbmException.usage("retry needs a migration: an id such as main_85, or CLASS,TABLE,COLUMN,JSON");
    }
    var sel = selection.parse(context());
    var options = finalizeNow ? pacing.toOptions(false, false).withSidekiq(pacing.sidekiqGrace(context()), null) : null;
    var target = writeTarget(sel);
    sel = localize(sel, target);
    FinalizeRenderer progress = new FinalizeRenderer(output());
    try (BatchEngine engine = engine(target, jobs)) {
      RetryResult r = engine.retry(sel, dryRun, options, progress);
      new RetryRenderer(output(), progress).render(r);
      return r.exitCode();
    }
  }
}
