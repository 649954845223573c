package dev.bbm.cli;

import dev.bbm.domain.ExitCode;
import dev.bbm.config.DatabaseTargets;
import dev.bbm.engine.BatchEngine;
import dev.bbm.engine.CheckReport;
import dev.bbm.output.CheckRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** bbm check: can I upgrade now? */
@Command(name = "check", sortOptions = false,
    header = "Check that nothing blocks a GitLab upgrade, and print what to run next.",
    description = "Reports unfinished and failed batched background migrations, pending legacy background"
        + " migration jobs and schema migrations that are down, then the exact commands to run, in order."
        + " Exit 0 when nothing blocks an upgrade, 3 when something is unfinished, 4 when something failed.",
    footerHeading = "%nExamples:%n",
    footer = {"  bbm check", "  bbm check --migrations-dir /opt/gitlab/embedded/service/gitlab-rails/db/migrate \\",
        "            --migrations-dir /opt/gitlab/embedded/service/gitlab-rails/db/post_migrate",
        "  bbm check --json"})
final class CheckCommand extends BaseCommand {
  /** Where Omnibus and source installs keep GitLab's migration files. */
  static final List<Path> GITLAB_MIGRATION_DIRS = List.of(
      Path.of("/opt/gitlab/embedded/service/gitlab-rails/db/migrate"),
      Path.of("/opt/gitlab/embedded/service/gitlab-rails/db/post_migrate"),
      Path.of("/home/git/gitlab/db/migrate"),
      Path.of("/home/git/gitlab/db/post_migrate"));

  @Option(names = "--migrations-dir", paramLabel = "DIR",
      description = "a directory of schema migration files (repeatable; default: GitLab's db/migrate and"
          + " db/post_migrate of an Omnibus or source install)")
  List<Path> migrationDirs = new ArrayList<>();

  @Override
  ExitCode execute() {
    List<Path> dirs = migrationDirs.isEmpty() ? GITLAB_MIGRATION_DIRS : migrationDirs;
    List<CheckReport> reports = new ArrayList<>();
    for (DatabaseTargets.Target t : readTargets()) {
      try (BatchEngine engine = engine(t)) {
        reports.add(engine.check(dirs));
      }
    }
    new CheckRenderer(output()).render(reports);
    return reports.stream().map(CheckReport::exitCode).reduce(ExitCode.OK, ExitCode::worst);
  }
}
