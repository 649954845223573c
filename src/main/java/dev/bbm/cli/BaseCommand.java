package dev.bbm.cli;

import dev.bbm.config.DatabaseTargets;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.Selection;
import dev.bbm.engine.BatchEngine;
import dev.bbm.output.Output;
import dev.bbm.output.ProgressStyle;
import dev.bbm.output.Tty;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: connection and output options, --help, and the adapter shape:
 * parse, call one engine method, render, return an exit code.
 */
abstract class BaseCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ConnectionOptions connection = new ConnectionOptions();

  @Mixin
  OutputOptions outputOptions = new OutputOptions();

  @Option(names = "--help", usageHelp = true, description = "show this help and exit")
  boolean help;

  private Output output;
  private DatabaseTargets targets;

  /** The context of the root command, however deep this command is nested (bbm db migrate). */
  Context context() {
    return ((BbmCommand) spec.root().userObject()).context();
  }

  Output output() {
    if (output == null) {
      Context ctx = context();
      boolean color = Output.colorAllowed(outputOptions.noColor, ctx.env(), ctx.terminal());
      ProgressOptions p = progressOptions();
      boolean ndjson = p != null && p.ndjson();
      boolean json = outputOptions.json || (p != null && p.json());
      ProgressStyle style = p == null ? ProgressStyle.EVERY_JOB
          : ProgressStyle.choose(ndjson, outputOptions.quiet, ctx.terminal(),
              ctx.terminal() && Tty.stderrIsTerminal(true), p.interval(), ctx.env());
      output = new Output(ctx.out(), ctx.err(), color, outputOptions.quiet, json, style);
    }
    return output;
  }

  /** The --format and --progress-interval options of a long-running command; null for the others. */
  ProgressOptions progressOptions() {
    return null;
  }

  /** The databases this command may work on, resolved once. */
  DatabaseTargets targets() {
    if (targets == null) {
      targets = context().targets(connection, output());
    }
    return targets;
  }

  /**
   * For commands that read: the database --database names when database.yml configures them, else
   * every one (each labelled in the output).
   */
  List<DatabaseTargets.Target> readTargets() {
    DatabaseTargets ts = targets();
    if (connection.database != null && ts.source() != null) {
      return List.of(ts.named(connection.database, "--database " + connection.database));
    }
    ts.notes().forEach(output()::note);
    return ts.all();
  }

  /**
   * For commands that act on one database: the one --database names, else the one a migration id
   * names ({@code ci_10}), else the only one; with several and nothing to tell them apart, exit 2
   * (GitLab's rake tasks say "Please specify the database").
   *
   * @param selection the migration, or null
   */
  DatabaseTargets.Target writeTarget(Selection selection) {
    DatabaseTargets ts = targets();
    String idDatabase = selection instanceof Selection.ById b ? b.database() : null;
    if (connection.database != null) {
      if (ts.source() == null) {
        return ts.all().get(0);
      }
      DatabaseTargets.Target t = ts.named(connection.database, "--database " + connection.database);
      if (idDatabase != null && !t.answersTo(idDatabase)) {
        throw BbmException.usage("migration id " + selection + " names database " + idDatabase + ", but --database "
            + connection.database + " was given");
      }
      return t;
    }
    if (idDatabase != null) {
      return ts.named(idDatabase, "migration id " + selection);
    }
    if (!ts.several()) {
      return ts.all().get(0);
    }
    if (selection instanceof Selection.ById b) {
      throw BbmException.usage("this GitLab has several databases (" + ts.labels() + "); name the migration as "
          + String.join(" or ", ts.all().stream().map(t -> t.label() + "_" + b.id()).toList()));
    }
    throw BbmException.usage(ts.severalSentence());
  }

  /** The selection as the chosen database knows it: an id naming a database folded into it gets its label. */
  static Selection localize(Selection selection, DatabaseTargets.Target target) {
    if (selection instanceof Selection.ById b && b.database() != null && !b.database().equals(target.label())
        && target.answersTo(b.database())) {
      return new Selection.ById(target.label(), b.id());
    }
    return selection;
  }

  /** The engine of one database, with the built-in and the user's job definitions. */
  BatchEngine engine(DatabaseTargets.Target target) {
    return context().engine(target, context().defaultJobSources(), output()::warning);
  }

  /** The engine of one database, with job definitions from --jobs-dir as well. */
  BatchEngine engine(DatabaseTargets.Target target, JobDefinitionOptions jobs) {
    return context().engine(target, jobs.toSources(context()), output()::warning);
  }

  @Override
  public final Integer call() {
    return execute().code();
  }

  abstract ExitCode execute();
}
