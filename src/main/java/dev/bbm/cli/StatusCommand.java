package dev.bbm.cli;

import dev.bbm.domain.ExitCode;
import dev.bbm.engine.BatchEngine;
import dev.bbm.engine.MigrationDetail;
import dev.bbm.engine.StatusReport;
import dev.bbm.output.StatusRenderer;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** bbm status: the unfinished migrations, all with --all, or one in detail. */
@Command(name = "status", sortOptions = false,
    header = "Show batched background migrations and what keeps them from finishing.",
    description = "Lists the unfinished batched background migrations (every one with --all), or one migration"
        + " in detail with its failed jobs and their last error. Exit 0 when nothing is unfinished, 3 when"
        + " something is, 4 when something failed.",
    footerHeading = "%nExamples:%n",
    footer = {"  bbm status", "  bbm status --all --format rake", "  bbm status main_85",
        "  bbm status --json | jq '.databases[].migrations[].id'"})
final class StatusCommand extends BaseCommand {
  @Mixin
  SelectionArgs selection = new SelectionArgs();

  @Option(names = "--all", description = "include finished and finalized migrations")
  boolean all;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), rake (GitLab's status lines) or json")
  OutputFormat format;

  /** The layouts status can print. */
  enum OutputFormat { text, rake, json }

  @Override
  ExitCode execute() {
    if (format == OutputFormat.json) {
      outputOptions.json = true;
    }
    StatusRenderer renderer = new StatusRenderer(output());
    if (!selection.isEmpty()) {
      var sel = selection.parse(context());
      try (BatchEngine engine = engine()) {
        MigrationDetail d = engine.status(sel);
        renderer.detail(d);
        return d.exitCode();
      }
    }
    try (BatchEngine engine = engine()) {
      StatusReport r = engine.status(all);
      renderer.list(List.of(r), format == OutputFormat.rake);
      return r.exitCode();
    }
  }
}
