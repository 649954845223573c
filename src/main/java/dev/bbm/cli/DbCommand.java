package dev.bbm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** bbm db: schema migrations, as gitlab-rake db:migrate and db:migrate:status. */
@Command(name = "db", sortOptions = false,
    header = "Apply schema migrations and show their status, as gitlab-rake db:migrate does.",
    description = "Schema migrations are SQL files named <14-digit version>_<name>.sql in db/migrate and"
        + " db/post_migrate, recorded in schema_migrations as Rails does. They may queue, ensure and delete"
        + " batched background migrations with GitLab's helpers, written as -- bbm: directive comments."
        + " Run 'bbm db COMMAND --help' for a command's options.",
    subcommands = {DbMigrateCommand.class, DbMigrateStatusCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {"  bbm db migrate", "  bbm db migrate --dry-run", "  bbm db migrate:status"})
final class DbCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Option(names = "--help", usageHelp = true, description = "show this help and exit")
  boolean help;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a db command is missing: migrate or migrate:status;"
        + " run 'bbm db --help'");
  }
}
