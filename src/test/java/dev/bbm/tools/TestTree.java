package dev.bbm.tools;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A test-only tree with what bbm's does not have yet: a nested db command, a name with a colon, an
 * alias, and texts that need troff escaping.
 */
final class TestTree {
  private TestTree() {}

  static CommandLine create() {
    return new CommandLine(new Root());
  }

  @Command(name = "bbm", subcommands = Db.class, description = "A test tree.",
      footerHeading = "%nExamples:%n", footer = {"  bbm db migrate:status", ".starts with a dot", "'starts with a quote"})
  static final class Root {
    @Option(names = "--help", usageHelp = true, description = "show this help and exit")
    boolean help;
  }

  @Command(name = "db", subcommands = {Migrate.class, MigrateStatus.class},
      description = {"Manage bbm's own schema.", "", ".A second paragraph that starts with a dot."})
  static final class Db {}

  @Command(name = "migrate", description = "Apply the pending schema migrations. A second sentence.",
      footer = {"  bbm db migrate --dry-run"})
  static final class Migrate {
    @Option(names = "--dry-run", description = "print the SQL, a backslash \\ and 50%% of 'it'")
    boolean dryRun;

    @Option(names = {"-t", "--target"}, paramLabel = "VERSION", description = "stop after this version")
    String target;

    @Option(names = "--mode", paramLabel = "MODE", arity = "0..1", description = "one of ${COMPLETION-CANDIDATES}")
    Mode mode;

    @Option(names = "--schema-file", paramLabel = "FILE", description = "read the schema from a file")
    String schemaFile;
  }

  enum Mode { fast, safe }

  @Command(name = "migrate:status", aliases = "migrate-status", header = "Show the schema migrations",
      description = "Show the applied and pending schema migrations.")
  static final class MigrateStatus {
    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Parameters(arity = "0..*", paramLabel = "DATABASE", description = "the databases to show")
    List<String> databases;
  }
}
