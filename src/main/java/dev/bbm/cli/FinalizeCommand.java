package dev.bbm.cli;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.Selection;
import dev.bbm.engine.BatchEngine;
import dev.bbm.engine.FinalizeOptions;
import dev.bbm.engine.FinalizeResult;
import dev.bbm.output.FinalizeRenderer;
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
        "  bbm finalize main_85 --fast --parallel 2",
        "  bbm finalize main_85 --fast --join   # from a second host, while the first runs",
        "  bbm finalize CopyColumnUsingBackgroundMigrationJob events id '[[\"id\"],[\"id_convert_to_bigint\"]]' --dry-run"})
final class FinalizeCommand extends BaseCommand {
  @Mixin
  SelectionArgs selection = new SelectionArgs();

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

  @Option(names = "--strict", description = "exit 6 when no migration matches (default: a warning and exit 0, as GitLab)")
  boolean strict;

  @Option(names = "--dry-run", description = "print what would be done, including SQL, and change nothing")
  boolean dryRun;

  @Option(names = "--join", description = "work on a migration another bbm (on this host or another) is finalizing:"
      + " take ranges from the same queue, without its lock; with the same options it shares the work")
  boolean join;

  @Override
  ExitCode execute() {
    Selection sel = requireSelection();
    FinalizeOptions options = options();
    var target = writeTarget(sel);
    sel = localize(sel, target);
    FinalizeRenderer renderer = new FinalizeRenderer(output());
    try (BatchEngine engine = engine(target, jobs)) {
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
    return pacing.toOptions(strict, dryRun, join);
  }
}
