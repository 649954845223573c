package dev.bbm.cli;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.Selection;
import dev.bbm.domain.SelectionParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The migration a command acts on, in any of SPEC §3's forms. */
public final class SelectionArgs {
  @Parameters(arity = "0..*", paramLabel = "SELECTION", description = {
      "the migration: an id (main_85, 85); the rake form CLASS,TABLE,COLUMN,JSON as GitLab's docs print it;",
      "four words CLASS TABLE COLUMN JSON; or the configuration hash from GitLab's error message"})
  List<String> words = new ArrayList<>();

  @Option(names = "--job-arguments", paramLabel = "JSON", description = "the job arguments, as JSON")
  String jobArguments;

  @Option(names = "--job-arguments-file", paramLabel = "PATH", description = "read the job arguments from a file, - for stdin")
  String jobArgumentsFile;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  boolean isEmpty() {
    return words.isEmpty() && jobArguments == null && jobArgumentsFile == null;
  }

  Selection parse(Context ctx) {
    if (jobArguments != null && jobArgumentsFile != null) {
      throw BbmException.usage("give the job arguments once: --job-arguments or --job-arguments-file, not both");
    }
    String args = jobArguments;
    if (jobArgumentsFile != null) {
      args = read(ctx, jobArgumentsFile);
    }
    return SelectionParser.parse(words, args, mixee == null ? null : mixee.name());
  }

  /** One selection, or several when each word is a whole one (ids, CLASS,TABLE,COLUMN,JSON): finalize's. */
  List<Selection> parseSeveral(Context ctx) {
    if (jobArguments != null && jobArgumentsFile != null) {
      throw BbmException.usage("give the job arguments once: --job-arguments or --job-arguments-file, not both");
    }
    String args = jobArgumentsFile != null ? read(ctx, jobArgumentsFile) : jobArguments;
    return SelectionParser.parseSeveral(words, args, mixee == null ? null : mixee.name());
  }

  /** The selection, refusing an empty one with a sentence naming the command. */
  Selection require(Context ctx, String command) {
    if (isEmpty()) {
      throw BbmException.usage(command + " needs a migration: an id such as main_85, or CLASS,TABLE,COLUMN,JSON"
          + " as GitLab's upgrade notes print it");
    }
    return parse(ctx);
  }

  private static String read(Context ctx, String file) {
    try {
      if (file.equals("-")) {
        return new String(ctx.stdin().readAllBytes(), StandardCharsets.UTF_8).strip();
      }
      return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
    } catch (NoSuchFileException e) {
      throw BbmException.usage("--job-arguments-file " + file + " does not exist");
    } catch (IOException e) {
      throw BbmException.usage("cannot read --job-arguments-file " + file + ": " + e.getMessage());
    }
  }
}
