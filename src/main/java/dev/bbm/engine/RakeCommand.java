package dev.bbm.engine;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.RakeArguments;
import dev.bbm.domain.ShellWords;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The argv of GitLab's own finalize rake task for one migration (finalize --via-rake): the command
 * words ({@code gitlab-rake}, or a source install's {@code bundle exec rake ...}) and one task
 * argument, {@code gitlab:background_migrations:finalize[CLASS,TABLE,COLUMN,JSON]}, each part escaped
 * for rake. A multi-database GitLab has no plain task that works (it says "Please specify the
 * database" and exits 1): there the database is part of the task name, {@code finalize:ci[...]}.
 *
 * @param words    the command before the task argument, at least one word
 * @param database the database for the task name ({@code finalize:ci}), or null for the plain task
 */
public record RakeCommand(List<String> words, String database) {
  /** The command when none is given: Omnibus GitLab's wrapper, found on PATH. */
  public static final String DEFAULT = "gitlab-rake";
  /** The environment variable that gives the command like --rake-command. */
  public static final String VARIABLE = "BBM_RAKE_COMMAND";
  static final String TASK = "gitlab:background_migrations:finalize";

  public RakeCommand {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw BbmException.usage("--rake-command is empty; give the command that runs GitLab's rake, such as"
          + " 'sudo -u git -H bundle exec rake RAILS_ENV=production'");
    }
  }

  /**
   * The command typed as one string ({@code --rake-command} or {@link #VARIABLE}), split into words
   * as sh would; null or blank means {@link #DEFAULT}.
   */
  public static RakeCommand of(String commandText, String database) {
    if (commandText == null || commandText.isBlank()) {
      return new RakeCommand(List.of(DEFAULT), database);
    }
    return new RakeCommand(ShellWords.split(commandText, "--rake-command"), database);
  }

  /** The task argument for a migration, with every part escaped for rake. */
  public String taskArgument(BatchedMigration m) {
    return taskArgument(database, m.jobClassName(), m.tableName(), m.columnName(), m.jobArgumentsJson());
  }

  static String taskArgument(String database, String jobClass, String table, String column, String json) {
    return TASK + (database == null ? "" : ":" + database) + "[" + RakeArguments.escape(jobClass) + ","
        + RakeArguments.escape(table) + "," + RakeArguments.escape(column) + "," + RakeArguments.escape(json) + "]";
  }

  /** The whole argv, as given: the first word not yet looked up on PATH. */
  public List<String> argv(BatchedMigration m) {
    List<String> argv = new ArrayList<>(words);
    argv.add(taskArgument(m));
    return argv;
  }

  /** The command line to show an operator, each word shell-quoted, ready to copy. */
  public String shellLine(BatchedMigration m) {
    return ShellWords.join(argv(m));
  }

  /**
   * The program to start: the first word itself when it holds a slash, else the first executable
   * file of that name in the directories of {@code PATH} (taken from {@code env}, the environment
   * the child gets). Not found is exit 2, in one sentence.
   */
  Path executable(Map<String, String> env) {
    String program = words.get(0);
    if (program.contains("/")) {
      Path p = Path.of(program);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) {
        return p;
      }
      throw notFound(program + " does not exist or is not executable");
    }
    String path = env.getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      Path p = Path.of(dir.isEmpty() ? "." : dir).resolve(program);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) {
        return p;
      }
    }
    throw notFound(program + " was not found on PATH");
  }

  private static BbmException notFound(String what) {
    return new BbmException(ExitCode.USAGE, what + "; on a source install give GitLab's rake with --rake-command"
        + " (or " + VARIABLE + "), such as --rake-command 'sudo -u git -H bundle exec rake RAILS_ENV=production'");
  }
}
