package dev.bbm.cli;

import dev.bbm.domain.ExitCode;
import dev.bbm.domain.Selection;
import dev.bbm.engine.BatchEngine;
import dev.bbm.engine.StatusChangeResult;
import dev.bbm.output.StatusChangeRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** bbm resume: GitLab 18's gitlab:background_migrations:resume, paused to active. */
@Command(name = "resume", sortOptions = false,
    header = "Resume a paused migration so Sidekiq's scheduler runs it again.",
    description = "Does what gitlab-rake gitlab:background_migrations:resume does: a paused migration becomes"
        + " active, with started_at set to now as GitLab's execute event sets it. Any other state is refused"
        + " with GitLab's message and exit 2, and nothing changes.",
    footerHeading = "%nExamples:%n",
    footer = {"  bbm resume main_85", "  bbm resume main_85 --dry-run --json"})
final class ResumeCommand extends BaseCommand {
  @Mixin
  SelectionArgs selection = new SelectionArgs();

  @Option(names = "--dry-run", description = "print what would change, including SQL, and change nothing")
  boolean dryRun;

  @Override
  ExitCode execute() {
    Selection sel = selection.require(context(), "resume");
    var target = writeTarget(sel);
    sel = localize(sel, target);
    try (BatchEngine engine = engine(target)) {
      StatusChangeResult r = engine.resume(sel, dryRun);
      new StatusChangeRenderer(output()).result(r);
      return r.exitCode();
    }
  }
}
