package dev.bbm.cli;

import picocli.CommandLine.Option;

/** Output options every command shares. */
public final class OutputOptions {
  @Option(names = "--json", description = "print a machine-readable JSON result on stdout")
  boolean json;

  @Option(names = "--no-color", description = "no colour (also NO_COLOR=1; colour is only used on a terminal)")
  boolean noColor;

  @Option(names = {"-q", "--quiet"}, description = "print only results and errors")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "more detail, and stack traces on errors")
  boolean verbose;
}
