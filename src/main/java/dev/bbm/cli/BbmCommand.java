package dev.bbm.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root command: lists the subcommands; -h is psql's --host, so help is --help only. */
@Command(name = "bbm",
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    header = "Operate GitLab's batched background migrations directly on PostgreSQL.",
    description = "Reads and writes GitLab's bookkeeping tables and runs migration batches itself, without"
        + " Rails. Run 'bbm COMMAND --help' for a command's options.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  bbm status",
        "  bbm finalize CopyColumnUsingBackgroundMigrationJob,events,id,\\",
        "'[[\"id\"]\\, [\"id_convert_to_bigint\"]]'",
        "  bbm finalize main_85 --url postgresql://gitlab@localhost/gitlabhq_production",
        "  bbm pause main_85",
        "  bbm mark-finished main_85 --dry-run",
        "  bbm db migrate:status"})
public final class BbmCommand implements Runnable {
  /**
   * The subcommands, in the order help lists them. Not in the annotation: {@link Cli} adds them, and
   * for a run that names one, only that one (picocli's model of a command costs milliseconds each).
   */
  static final List<Class<?>> SUBCOMMANDS = List.of(StatusCommand.class, CheckCommand.class, FinalizeCommand.class,
      WaitCommand.class, RetryCommand.class, MarkFinishedCommand.class, PauseCommand.class, ResumeCommand.class,
      PendingCountCommand.class, StealCommand.class, RemainingCommand.class, DbCommand.class, JobsCommand.class,
      CompleteCommand.class,
      TrainCommand.class);

  /** The subcommand class whose name (or alias) is {@code word}; null when none is. */
  static Class<?> subcommandNamed(String word) {
    if (word == null || word.startsWith("-")) {
      return null;
    }
    for (Class<?> c : SUBCOMMANDS) {
      Command a = c.getAnnotation(Command.class);
      if (a.name().equals(word) || List.of(a.aliases()).contains(word)) {
        return c;
      }
    }
    return null;
  }

  @Spec
  CommandSpec spec;

  @Option(names = "--help", usageHelp = true, description = "show this help and exit")
  boolean help;

  @Option(names = {"-V", "--version"}, versionHelp = true, description = "print the version and exit")
  boolean version;

  private final Context context;

  BbmCommand(Context context) {
    this.context = context;
  }

  Context context() {
    return context;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is missing; run 'bbm --help' for the list");
  }
}
