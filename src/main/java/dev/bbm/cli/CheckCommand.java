package dev.bbm.cli;

import dev.bbm.domain.ExitCode;
import dev.bbm.config.DatabaseTargets;
import dev.bbm.engine.BatchEngine;
import dev.bbm.engine.CheckReport;
import dev.bbm.engine.TypedOptions;
import dev.bbm.jobs.JobSources;
import dev.bbm.output.CheckRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** bbm check: can I upgrade now? */
@Command(name = "check", sortOptions = false,
    header = "Check that nothing blocks a GitLab upgrade, and print what to run next.",
    description = "Reports unfinished and failed batched background migrations, pending legacy background"
        + " migration jobs and schema migrations that are down, then the exact commands to run, in order."
        + " With GitLab's code on the machine (--gitlab-rails-root, else the Omnibus or source install), it also"
        + " reads the pending migration files and names each ensure_batched_background_migration_is_finished call"
        + " the next gitlab-rake db:migrate will stop on, with the migration it names and the command that"
        + " unblocks it; nothing of GitLab's Ruby runs."
        + " Exit 0 when nothing blocks an upgrade, 3 when something is unfinished, 4 when something failed.",
    footerHeading = "%nExamples:%n",
    footer = {"  bbm check", "  bbm check --gitlab-rails-root /home/git/gitlab -d gitlabhq_production",
        "  bbm check \\",
        "    --migrations-dir /opt/gitlab/embedded/service/gitlab-rails/db/migrate \\",
        "    --migrations-dir /opt/gitlab/embedded/service/gitlab-rails/db/post_migrate",
        "  bbm check --json"})
final class CheckCommand extends BaseCommand {
  /** Where Omnibus and source installs keep GitLab's migration files. */
  static final List<Path> GITLAB_MIGRATION_DIRS = List.of(
      Path.of("/opt/gitlab/embedded/service/gitlab-rails/db/migrate"),
      Path.of("/opt/gitlab/embedded/service/gitlab-rails/db/post_migrate"),
      Path.of("/home/git/gitlab/db/migrate"),
      Path.of("/home/git/gitlab/db/post_migrate"));

  @Option(names = "--migrations-dir", paramLabel = "DIR",
      description = "a directory of schema migration files (repeatable; default: db/migrate and db/post_migrate,"
          + " and EE's, of GitLab's Rails root, else of an Omnibus or source install)")
  List<Path> migrationDirs = new ArrayList<>();

  @Mixin
  JobDefinitionOptions jobs = new JobDefinitionOptions();

  @Override
  ExitCode execute() {
    JobSources sources = jobs.toSources(context());
    List<Path> dirs = !migrationDirs.isEmpty() ? migrationDirs
        : sources.railsRoot() != null ? BatchEngine.migrationDirs(sources.railsRoot()) : GITLAB_MIGRATION_DIRS;
    TypedOptions typed = new TypedOptions(connection.typed(), jobs.typed());
    List<CheckReport> reports = new ArrayList<>();
    for (DatabaseTargets.Target t : readTargets()) {
      try (BatchEngine engine = engine(t, jobs)) {
        reports.add(engine.check(dirs, typed));
      }
    }
    new CheckRenderer(output()).render(reports);
    return reports.stream().map(CheckReport::exitCode).reduce(ExitCode.OK, ExitCode::worst);
  }
}
