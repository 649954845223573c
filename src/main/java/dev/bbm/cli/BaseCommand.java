package dev.bbm.cli;

import dev.bbm.domain.ExitCode;
import dev.bbm.engine.BatchEngine;
import dev.bbm.output.Output;
import dev.bbm.output.ProgressStyle;
import dev.bbm.output.Tty;
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

  BatchEngine engine() {
    return context().engine(connection, output());
  }

  /** The engine, with job definitions from --jobs-dir as well as the user's and the built-in ones. */
  BatchEngine engine(JobDefinitionOptions jobs) {
    return context().engine(connection, output(), jobs.toSources(context()));
  }

  @Override
  public final Integer call() {
    return execute().code();
  }

  abstract ExitCode execute();
}
