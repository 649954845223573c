package dev.bbm.cli;

import dev.bbm.domain.ExitCode;
import dev.bbm.engine.Coverage;
import dev.bbm.jobs.Catalog;
import dev.bbm.output.CoverageRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** bbm jobs coverage: how many of GitLab's upgrade-stop migrations bbm runs, by version; needs no database. */
@Command(name = "coverage", sortOptions = false,
    header = "Show how many of GitLab's upgrade-stop migrations bbm can run, by GitLab version.",
    description = "From bbm's catalog of every batched migration that a GitLab post-deployment migration finalizes"
        + " (docs/catalog.md): per GitLab version, how many there are, how many bbm runs, how many do work"
        + " that is not SQL (finish those with --via-rake or Sidekiq), and how many have no definition yet."
        + " Definitions in --jobs-dir and ~/.config/bbm/jobs count. Connects to no database.",
    footerHeading = "%nExamples:%n",
    footer = {"  bbm jobs coverage", "  bbm jobs coverage --json", "  bbm jobs coverage --markdown > docs/catalog.md"})
final class JobsCoverageCommand extends BaseCommand {
  @Mixin
  JobDefinitionOptions jobs = new JobDefinitionOptions();

  @Option(names = "--markdown", description = "print docs/catalog.md: the figures and every migration, as Markdown")
  boolean markdown;

  @Override
  ExitCode execute() {
    Coverage.Report report = Coverage.report(jobs.toSources(context()));
    CoverageRenderer renderer = new CoverageRenderer(output());
    if (markdown) {
      renderer.markdown(report, Catalog.shipped().about());
    } else {
      renderer.render(report);
    }
    return ExitCode.OK;
  }
}
