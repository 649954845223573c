package dev.bbm.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the generated bash completion in a real bash --norc (no bash-completion package), with
 * COMP_WORDS split the way readline splits them under the default COMP_WORDBREAKS: checked by hand
 * in an interactive bash, "bbm db migrate:st" arrives as bbm, db, migrate, ":", st.
 */
class BashCompletionTest {
  private static final String DRIVER = String.join("\n",
      "source \"$1\"",
      "compopt() { :; }", // the builtin only works inside a real completion
      "COMP_WORDBREAKS=$2",
      "COMP_LINE=$3",
      "COMP_POINT=${#COMP_LINE}",
      "COMP_CWORD=$4",
      "shift 4",
      "COMP_WORDS=(\"$@\")",
      "COMPREPLY=()",
      "_complete_bbm",
      "printf '%s\\n' \"${COMPREPLY[@]}\"",
      "");
  private static final String DEFAULT_BREAKS = " \t\n\"'@><=;|&(:";

  @TempDir
  static Path tmp;
  static Path driver;
  static Path bbmScript;
  static Path testScript;

  @BeforeAll
  static void scripts() throws IOException {
    assumeTrue(Processes.available("bash"), "bash is not installed");
    driver = write("driver.sh", DRIVER);
    bbmScript = Path.of("completions", "bbm.bash");
    testScript = write("test.bash", BashCompletion.script("bbm", TestTree.create()));
  }

  @Test
  void committedScriptParses() throws Exception {
    assertEquals(0, Processes.run(List.of("bash", "-n", bbmScript.toString())).exit());
  }

  @Test
  void generatedScriptsParse() throws Exception {
    Path generated = write("bbm.bash", BashCompletion.script("bbm", CommandTree.bbm()));
    Processes.Result r = Processes.run(List.of("bash", "-n", generated.toString()));
    assertEquals(0, r.exit(), r.err());
    r = Processes.run(List.of("bash", "-n", testScript.toString()));
    assertEquals(0, r.exit(), r.err());
  }

  @Test
  void completesCommandNames() throws Exception {
    assertEquals(List.of("finalize"), complete(bbmScript, "bbm fin", "bbm", "fin"));
    List<String> commands = new ArrayList<>();
    dev.bbm.cli.Cli.create(new java.io.PrintWriter(java.io.Writer.nullWriter()),
        new java.io.PrintWriter(java.io.Writer.nullWriter()), java.util.Map.of(), java.io.InputStream.nullInputStream(),
        () -> false, false).getSubcommands().forEach((name, sub) -> {
          if (!sub.getCommandSpec().usageMessage().hidden()) {
            commands.add(name);
          }
        });
    assertTrue(commands.contains("status") && !commands.contains("__complete"), commands.toString());
    assertEquals(commands, complete(bbmScript, "bbm ", "bbm", ""));
    assertEquals(List.of(), complete(bbmScript, "bbm __", "bbm", "__"), "hidden commands are not offered");
  }

  @Test
  void completesOptionsOfACommand() throws Exception {
    assertEquals(List.of("--all"), complete(bbmScript, "bbm status --al", "bbm", "status", "--al"));
    assertEquals(List.of("--dry-run"), complete(bbmScript, "bbm finalize --dr", "bbm", "finalize", "--dr"));
    assertEquals(List.of("text", "rake", "json"),
        complete(bbmScript, "bbm status --format ", "bbm", "status", "--format", ""));
  }

  @Test
  void completesANameAfterItsColon() throws Exception {
    // bash replaces only the text after the last ':', so the reply is the rest of the name
    assertEquals(List.of("status"), complete(testScript, "bbm db migrate:", "bbm", "db", "migrate", ":"));
    assertEquals(List.of("status"), complete(testScript, "bbm db migrate:st", "bbm", "db", "migrate", ":", "st"));
  }

  @Test
  void completesBbmsOwnDbMigrateNames() throws Exception {
    assertEquals(List.of("status"), complete(bbmScript, "bbm db migrate:", "bbm", "db", "migrate", ":"));
    assertEquals(List.of("status"), complete(bbmScript, "bbm db migrate:st", "bbm", "db", "migrate", ":", "st"));
    assertEquals(List.of("migrate", "migrate:status", "migrate-status"),
        complete(bbmScript, "bbm db mig", "bbm", "db", "mig"));
    assertEquals(List.of("--no-wait"), complete(bbmScript, "bbm db migrate --no-w", "bbm", "db", "migrate", "--no-w"));
    assertEquals(List.of("--migrations-dir"),
        complete(bbmScript, "bbm db migrate:status --mig", "bbm", "db", "migrate", ":", "status", "--mig"));
  }

  @Test
  void completesNamesWithAndWithoutColon() throws Exception {
    assertEquals(List.of("migrate", "migrate:status", "migrate-status"),
        complete(testScript, "bbm db mig", "bbm", "db", "mig"));
    assertEquals(List.of("migrate-status"), complete(testScript, "bbm db migrate-", "bbm", "db", "migrate-"));
  }

  @Test
  void completesOptionsAfterANameWithColon() throws Exception {
    assertEquals(List.of("--json"),
        complete(testScript, "bbm db migrate:status --j", "bbm", "db", "migrate", ":", "status", "--j"));
    assertEquals(List.of("--json"), complete(testScript, "bbm db migrate-status --j", "bbm", "db", "migrate-status", "--j"));
    assertEquals(List.of("--dry-run"), complete(testScript, "bbm db migrate --dr", "bbm", "db", "migrate", "--dr"));
  }

  @Test
  void colonOutsideWordBreaksNeedsNoTrimming() throws Exception {
    String breaks = DEFAULT_BREAKS.replace(":", "");
    assertEquals(List.of("migrate:status"), completeWith(testScript, breaks, "bbm db migrate:", "bbm", "db", "migrate:"));
  }

  private static List<String> complete(Path script, String line, String... words) throws Exception {
    return completeWith(script, DEFAULT_BREAKS, line, words);
  }

  private static List<String> completeWith(Path script, String breaks, String line, String... words) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("bash", "--norc", "--noprofile", driver.toString(), script.toString(),
        breaks, line, Integer.toString(words.length - 1)));
    cmd.addAll(List.of(words));
    Processes.Result r = Processes.run(cmd);
    assertEquals(0, r.exit(), "bash failed: " + r.err());
    assertEquals("", r.err(), "bash wrote to stderr");
    List<String> replies = new ArrayList<>();
    for (String s : r.out().split("\n")) {
      if (!s.isEmpty()) {
        replies.add(s);
      }
    }
    return replies;
  }

  private static Path write(String name, String content) throws IOException {
    return Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
  }
}
