package dev.bbm.cli;

import dev.bbm.domain.ExitCode;
import dev.bbm.domain.Selection;
import dev.bbm.engine.BatchEngine;
import dev.bbm.engine.StatusChangeResult;
import dev.bbm.output.StatusChangeRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** bbm pause: GitLab 18's gitlab:background_migrations:pause, active to paused. */
@Command(name = "pause", sortOptions = false,
    header = "Pause an active migration so Sidekiq's scheduler leaves it alone.",
    description = "Does what gitlab-rake gitlab:background_migrations:pause does: an active migration becomes"
        + " paused. Any other state is refused with GitLab's message and exit 2, and nothing changes."
        + " 'bbm resume' undoes it.",
    footerHeading = "%nExamples:%n",
    footer = {"  bbm pause main_85", "  bbm pause main_85 --dry-run",
        "  bbm pause CopyColumnUsingBackgroundMigrationJob,events,id,\\",
        "'[[\"id\"]\\, [\"id_convert_to_bigint\"]]'"})
final class PauseCommand extends BaseCommand {
  @Mixin
  SelectionArgs selection = new SelectionArgs();

  @Option(names = "--dry-run", description = "print what would change, including SQL, and change nothing")
  boolean dryRun;

  @Override
  ExitCode execute() {
    Selection sel = selection.require(context(), "pause");
    var target = writeTarget(sel);
    sel = localize(sel, target);
    try (BatchEngine engine = engine(target)) {
      StatusChangeResult r = engine.pause(sel, dryRun);
      new StatusChangeRenderer(output()).result(r);
      return r.exitCode();
    }
  }
}
