package dev.bbm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** bbm jobs: the job classes bbm can run. */
@Command(name = "jobs", sortOptions = false,
    header = "List the job classes bbm can run and how, or start a definition for one.",
    description = "Job classes are GitLab's batched background migration classes (job_class_name). bbm runs"
        + " some natively, GitLab's thin subclasses of those as their generic parent, and others from job"
        + " definitions; 'bbm jobs new CLASS TABLE' prints a definition skeleton for a class it cannot run."
        + " Run 'bbm jobs COMMAND --help' for a command's options.",
    subcommands = {JobsListCommand.class, JobsNewCommand.class, JobsCoverageCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {"  bbm jobs list", "  bbm jobs list --json", "  bbm jobs coverage", "  bbm jobs new BackfillIssuesProjectId issues"})
final class JobsCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Option(names = "--help", usageHelp = true, description = "show this help and exit")
  boolean help;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a jobs command is missing: list, new or coverage; run 'bbm jobs --help'");
  }
}
