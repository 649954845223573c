package dev.bbm.cli;

import dev.bbm.domain.ExitCode;
import dev.bbm.engine.JobCatalog;
import dev.bbm.output.JobsRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** bbm jobs list: every class bbm can run, with how and from where; needs no database. */
@Command(name = "list", sortOptions = false,
    header = "List every job class bbm can run.",
    description = "One line per class: its name, how bbm runs it (native, generic parent, shipped definition,"
        + " user definition), the class whose work it does, and where that comes from (a definition file, or"
        + " GitLab's file of a thin subclass). Connects to no database.",
    footerHeading = "%nExamples:%n",
    footer = {"  bbm jobs list", "  bbm jobs list --json", "  bbm jobs list --jobs-dir ./jobs"})
final class JobsListCommand extends BaseCommand {
  @Mixin
  JobDefinitionOptions jobs = new JobDefinitionOptions();

  @Override
  ExitCode execute() {
    new JobsRenderer(output()).render(JobCatalog.list(jobs.toSources(context())));
    return ExitCode.OK;
  }
}
