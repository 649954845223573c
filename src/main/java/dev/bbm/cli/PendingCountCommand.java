package dev.bbm.cli;

import dev.bbm.domain.ExitCode;
import java.util.List;
import java.util.ArrayList;
import dev.bbm.config.DatabaseTargets;
import dev.bbm.domain.SelectionParser;
import dev.bbm.engine.BatchEngine;
import dev.bbm.engine.PendingCount;
import dev.bbm.output.LegacyRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** bbm pending-count: Gitlab::Database::BackgroundMigrationJob.pending.count. */
@Command(name = "pending-count", sortOptions = false,
    header = "Count pending tracked legacy background migration jobs.",
    description = "Counts the pending rows (status 0) of background_migration_jobs, like GitLab's"
        + " BackgroundMigrationJob.pending.count. Plain output is the number alone; --by-class gives one line per"
        + " class; --json gives the details. Exit 0 when none is pending, 3 when some are.",
    footerHeading = "%nExamples:%n",
    footer = {"  bbm pending-count", "  bbm pending-count --class CopyColumnUsingBackgroundMigrationJob",
        "  bbm pending-count --by-class"})
final class PendingCountCommand extends BaseCommand {
  @Option(names = "--class", paramLabel = "NAME", description = "count only this job class")
  String className;

  @Option(names = "--by-class", description = "one line per class: count and class name")
  boolean byClass;

  @Override
  ExitCode execute() {
    String cls = className == null ? null : SelectionParser.requireJobClass(className);
    List<PendingCount> reports = new ArrayList<>();
    for (DatabaseTargets.Target t : readTargets()) {
      try (BatchEngine engine = engine(t)) {
        reports.add(engine.pendingCount(cls));
      }
    }
    new LegacyRenderer(output()).pendingCount(reports, byClass);
    return reports.stream().allMatch(r -> r.total() == 0) ? ExitCode.OK : ExitCode.UNFINISHED;
  }
}
