package dev.bbm.cli;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.Selection;
import dev.bbm.engine.BatchEngine;
import dev.bbm.engine.Confirmation;
import dev.bbm.engine.MarkFinishedOptions;
import dev.bbm.engine.MarkFinishedResult;
import dev.bbm.output.MarkFinishedRenderer;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** bbm mark-finished: GitLab's "mark a failed migration finished" console snippet, guarded and recorded. */
@Command(name = "mark-finished", sortOptions = false,
    header = "Mark a migration finished without running it (its remaining work is skipped).",
    description = "Does what the Rails-console snippet \"Mark a failed migration finished\" of GitLab's documentation"
        + " does, in one transaction: every job that has not succeeded becomes succeeded and the migration"
        + " finished (with finished_at). Each changed job gets a transition log with exception_class"
        + " bbm.MarkedFinished and the reason, so skipped stays distinguishable from ran. The rows those jobs, and"
        + " any key range no job covered, would have processed are NOT migrated: take a backup first. Needs --yes,"
        + " or a confirmation at the prompt on a terminal.",
    footerHeading = "%nExamples:%n",
    footer = {"  bbm mark-finished main_85 --dry-run",
        "  bbm mark-finished main_85 --yes --reason 'column dropped in 17.1'"})
final class MarkFinishedCommand extends BaseCommand {
  @Mixin
  SelectionArgs selection = new SelectionArgs();

  @Option(names = {"-y", "--yes"}, description = "do it without asking (needed when not on a terminal)")
  boolean yes;

  @Option(names = "--reason", paramLabel = "TEXT",
      description = "why, recorded in each changed job's transition log (default: \"" + MarkFinishedOptions.DEFAULT_REASON
          + "\")")
  String reason;

  @Option(names = "--dry-run", description = "print what would change, including SQL, and change nothing")
  boolean dryRun;

  @Override
  ExitCode execute() {
    Selection sel = selection.require(context(), "mark-finished");
    var target = writeTarget(sel);
    sel = localize(sel, target);
    boolean ask = !yes && !dryRun;
    if (ask && !context().terminal()) {
      throw BbmException.usage("mark-finished skips the migration's remaining work and needs confirmation: add"
          + " --yes (after taking a backup), or --dry-run to see what would change");
    }
    MarkFinishedRenderer renderer = new MarkFinishedRenderer(output());
    Confirmation confirmation = plan -> {
      renderer.beforeChange(plan);
      if (!ask) {
        return true;
      }
      renderer.prompt(plan);
      String answer = context().readLine();
      return answer != null && answer.strip().toLowerCase(Locale.ROOT).matches("y|yes");
    };
    try (BatchEngine engine = engine(target)) {
      MarkFinishedResult r = engine.markFinished(sel, new MarkFinishedOptions(reason, dryRun), confirmation, renderer);
      renderer.result(r);
      return r.exitCode();
    }
  }
}
