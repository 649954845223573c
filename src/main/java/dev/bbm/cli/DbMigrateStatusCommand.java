package dev.bbm.cli;

import dev.bbm.domain.ExitCode;
import java.util.List;
import java.util.ArrayList;
import dev.bbm.config.DatabaseTargets;
import dev.bbm.engine.BatchEngine;
import dev.bbm.schema.MigrateStatusReport;
import dev.bbm.output.MigrateStatusRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** bbm db migrate:status: gitlab-rake db:migrate:status. */
@Command(name = "migrate:status", aliases = "migrate-status", sortOptions = false,
    header = "Show which schema migrations are up and which are down, as Rails prints it.",
    description = "Prints Rails' table (Status, Migration ID, Migration Name) for the database: 'up' for applied"
        + " files, 'down' for pending ones (post-deployment ones included), and '********** NO FILE **********'"
        + " for versions in schema_migrations without a file. GitLab's .rb migrations are listed too. Also spelled migrate-status for shells that"
        + " split words at ':'. Exit 0 when everything is up, 3 when anything is down.",
    footerHeading = "%nExamples:%n",
    footer = {"  bbm db migrate:status", "  bbm db migrate-status --migrations-dir db/migrate --json"})
final class DbMigrateStatusCommand extends BaseCommand {
  @Mixin
  MigrationDirOptions dirs = new MigrationDirOptions();

  @Override
  ExitCode execute() {
    List<MigrateStatusReport> reports = new ArrayList<>();
    for (DatabaseTargets.Target t : readTargets()) {
      try (BatchEngine engine = engine(t)) {
        reports.add(engine.migrateStatus(dirs.resolve()));
      }
    }
    new MigrateStatusRenderer(output()).render(reports);
    return reports.stream().map(MigrateStatusReport::exitCode).reduce(ExitCode.OK, ExitCode::worst);
  }
}
