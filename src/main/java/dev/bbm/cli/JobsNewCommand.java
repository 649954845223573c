package dev.bbm.cli;

import dev.bbm.config.DatabaseTargets;
import dev.bbm.domain.ExitCode;
import dev.bbm.engine.BatchEngine;
import dev.bbm.output.JobsRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** bbm jobs new: prints a job definition skeleton for a class, listing its table's columns. */
@Command(name = "new", sortOptions = false,
    header = "Print a job definition skeleton for a job class.",
    description = "Reads TABLE's columns (type, NOT NULL, default) from the database and prints a YAML job"
        + " definition for CLASS with a set clause to fill in, citing GitLab's file of the class when its source"
        + " is on this machine. Save it as ~/.config/bbm/jobs/CLASS.yml (or in a --jobs-dir), fill in set (and"
        + " scope), and check it with bbm finalize SELECTION --dry-run. Changes nothing.",
    footerHeading = "%nExamples:%n",
    footer = {"  bbm jobs new BackfillIssuesProjectId issues \\",
        "    > ~/.config/bbm/jobs/BackfillIssuesProjectId.yml",
        "  bbm jobs new BackfillNotesNamespaceId notes --batch-column id"})
final class JobsNewCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "CLASS", description = "the job class name (job_class_name), a Ruby constant")
  String className;

  @Parameters(index = "1", paramLabel = "TABLE", description = "the table its migration works on (table_name)")
  String table;

  @Option(names = "--batch-column", paramLabel = "COLUMN", defaultValue = "id",
      description = "the column the migration batches over (column_name), which set may not change; default id")
  String batchColumn;

  @Mixin
  JobDefinitionOptions jobs = new JobDefinitionOptions();

  @Override
  ExitCode execute() {
    DatabaseTargets.Target t = writeTarget(null);
    try (BatchEngine engine = engine(t, jobs)) {
      new JobsRenderer(output()).skeleton(engine.jobSkeleton(className, table, batchColumn));
    }
    return ExitCode.OK;
  }
}
