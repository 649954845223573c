package dev.bbm.cli;

import dev.bbm.config.GitlabDatabaseYml;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.output.ErrorRenderer;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Builds the configured command line, the same for main and for tests: error handlers that
 * print one sentence, the exit-code list in help, and commands that share one Context.
 */
public final class Cli {
  private Cli() {}

  public static CommandLine create(PrintWriter out, PrintWriter err, Map<String, String> env, InputStream stdin,
      BooleanSupplier stopRequested, boolean terminal) {
    return create(out, err, env, stdin, stopRequested, terminal, GitlabDatabaseYml.STANDARD_DIRS);
  }

  /** As above, looking for GitLab's config (database.yml, resque.yml) in {@code gitlabConfigDirs} when nothing names it. */
  public static CommandLine create(PrintWriter out, PrintWriter err, Map<String, String> env, InputStream stdin,
      BooleanSupplier stopRequested, boolean terminal, List<Path> gitlabConfigDirs) {
    return create(out, err, env, stdin, stopRequested, terminal, gitlabConfigDirs, null);
  }

  /**
   * As above; when {@code only} is not null the tree holds that subcommand alone (none for
   * {@code Void.class}): a run whose first word names a command parses and runs nothing else, so the
   * others need not be modelled.
   */
  private static CommandLine create(PrintWriter out, PrintWriter err, Map<String, String> env, InputStream stdin,
      BooleanSupplier stopRequested, boolean terminal, List<Path> gitlabConfigDirs, Class<?> only) {
    Context ctx = new Context(out, err, env, stdin, stopRequested, terminal, gitlabConfigDirs);
    CommandLine cl = new CommandLine(new BbmCommand(ctx));
    for (Class<?> sub : BbmCommand.SUBCOMMANDS) {
      if (only == null || sub == only) {
        cl.addSubcommand(sub);
      }
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(parameterHandler());
    cl.setExecutionExceptionHandler(executionHandler());
    Map<String, String> codes = new LinkedHashMap<>();
    for (ExitCode c : ExitCode.values()) {
      codes.put(Integer.toString(c.code()), c.meaning());
    }
    applyExitCodes(cl, codes);
    return cl;
  }

  private static void applyExitCodes(CommandLine cl, Map<String, String> codes) {
    cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
    cl.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE.code());
    cl.getCommandSpec().exitCodeOnExecutionException(ExitCode.FAILURE.code());
    for (CommandLine sub : cl.getSubcommands().values()) {
      applyExitCodes(sub, codes);
    }
  }

  /** Runs bbm and returns its exit code; never calls System.exit. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, InputStream stdin,
      BooleanSupplier stopRequested, boolean terminal) {
    return run(args, out, err, env, stdin, stopRequested, terminal, GitlabDatabaseYml.STANDARD_DIRS);
  }

  /** As above, looking for GitLab's config in {@code gitlabConfigDirs} when nothing names it (tests pass their own). */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, InputStream stdin,
      BooleanSupplier stopRequested, boolean terminal, List<Path> gitlabConfigDirs) {
    Class<?> only = BbmCommand.subcommandNamed(args.length > 0 ? args[0] : null);
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      only = Void.class; // the version needs no command at all
    }
    int code = create(out, err, env, stdin, stopRequested, terminal, gitlabConfigDirs, only).execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static IParameterExceptionHandler parameterHandler() {
    return (ParameterException ex, String[] args) -> {
      CommandLine cmd = ex.getCommandLine();
      if (cmd.getCommandSpec().userObject() instanceof CompletionHelper) {
        return ExitCode.OK.code(); // the user is pressing TAB: no error message in their command line
      }
      PrintWriter err = cmd.getErr();
      String misplaced = misplacedOption(ex, args);
      if (misplaced != null) {
        err.println("bbm: " + misplaced);
        err.flush();
        return ExitCode.USAGE.code();
      }
      err.println("bbm: " + oneLine(ex.getMessage()));
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
      err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
      err.flush();
      return ExitCode.USAGE.code();
    };
  }

  /**
   * An option of a command typed before the command ({@code bbm --json status}): where it goes,
   * or null when the error is another one.
   */
  static String misplacedOption(ParameterException ex, String[] args) {
    CommandLine root = ex.getCommandLine();
    if (root.getParent() != null || !(ex instanceof CommandLine.UnmatchedArgumentException u)) {
      return null;
    }
    String option = u.getUnmatched().stream().filter(a -> a.startsWith("-")).findFirst().orElse(null);
    if (option == null) {
      return null;
    }
    String name = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
    for (String a : args) {
      CommandLine sub = root.getSubcommands().get(a);
      if (sub != null) {
        return sub.getCommandSpec().findOption(name) == null ? null
            : name + " is an option of " + a + " and goes after it: bbm " + a + " " + option + " ...";
      }
    }
    return null;
  }

  private static IExecutionExceptionHandler executionHandler() {
    return (Exception ex, CommandLine cmd, ParseResult parsed) -> {
      PrintWriter err = cmd.getErr();
      boolean verbose = verbose(parsed);
      if (ex instanceof BbmException b) {
        machineReadableError(parsed, cmd.getOut(), b.getMessage(), b.exitCode().code());
        err.println("bbm: " + b.getMessage());
        if (verbose && b.getCause() != null) {
          b.getCause().printStackTrace(err);
        }
        err.flush();
        return b.exitCode().code();
      }
      machineReadableError(parsed, cmd.getOut(), "unexpected error: " + ex, ExitCode.FAILURE.code());
      err.println("bbm: unexpected error: " + ex + (verbose ? "" : " (this is a bug; -v shows the stack trace)"));
      if (verbose) {
        ex.printStackTrace(err);
      }
      err.flush();
      return ExitCode.FAILURE.code();
    };
  }

  /** With --json (or --format json/ndjson) an error also becomes the JSON result on stdout. */
  private static void machineReadableError(ParseResult parsed, PrintWriter out, String message, int code) {
    boolean json = false;
    boolean ndjson = false;
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      json |= p.hasMatchedOption("--json");
      if (p.hasMatchedOption("--format")) {
        String format = String.valueOf(p.matchedOptionValue("--format", (Object) null));
        json |= format.equals("json");
        ndjson |= format.equals("ndjson");
      }
    }
    if (ndjson) {
      ErrorRenderer.ndjson(out, message, code);
    } else if (json) {
      ErrorRenderer.json(out, message, code);
    }
  }

  private static boolean verbose(ParseResult parsed) {
    ParseResult p = parsed;
    while (p != null) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
      p = p.subcommand();
    }
    return false;
  }

  private static String oneLine(String s) {
    return s == null ? "invalid input" : s.replace('\n', ' ').strip();
  }
}
