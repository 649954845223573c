package dev.bbm.tools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Build-time generator of completions/bbm.bash, bbm.zsh and bbm.fish, run by exec-maven-plugin;
 * not a bbm subcommand. Argument: the output directory.
 */
public final class CompletionWriter {
  static final String COMMAND = "bbm";

  private CompletionWriter() {}

  public static void main(String[] args) throws IOException {
    Path dir = OutputFiles.directory(args, "CompletionWriter OUTPUT_DIR");
    for (Map.Entry<String, String> file : scripts(CommandTree.bbm()).entrySet()) {
      OutputFiles.write(dir.resolve(file.getKey()), file.getValue());
    }
  }

  /** File name to script, for a tree whose root is typed as bbm. */
  static Map<String, String> scripts(CommandLine tree) {
    String bash = BashCompletion.script(COMMAND, tree);
    Map<String, String> scripts = new LinkedHashMap<>();
    scripts.put(COMMAND + ".bash", bash);
    scripts.put(COMMAND + ".zsh", ZshCompletion.script(COMMAND, bash));
    scripts.put(COMMAND + ".fish", FishCompletion.script(COMMAND, tree));
    return scripts;
  }
}
