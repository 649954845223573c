package dev.bbm.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  @Test
  void aSelectionCompletesMigrationIdsFromTheHelper(@TempDir Path dir) throws Exception {
    Map<String, String> env = FakeBbm.install(dir, FakeBbm.IDS);
    assertEquals(List.of("main_85", "main_9", "ci_10"),
        completeIn(env, bbmScript, "bbm finalize ", "bbm", "finalize", ""), "in the helper's order");
    assertEquals(List.of("main_85", "main_9"), completeIn(env, bbmScript, "bbm finalize main_", "bbm", "finalize", "main_"));
    assertEquals(List.of("ci_10"), completeIn(env, bbmScript, "bbm status --all c", "bbm", "status", "--all", "c"));
    assertEquals(List.of("main_9"), completeIn(env, bbmScript, "bbm retry --dry-run main_9", "bbm", "retry", "--dry-run",
        "main_9"));
    for (String command : List.of("status", "finalize", "retry", "pause", "resume", "mark-finished")) {
      assertEquals(List.of("main_85", "main_9", "ci_10"),
          completeIn(env, bbmScript, "bbm " + command + " ", "bbm", command, ""), command);
    }
    assertEquals(List.of("__complete migration-ids"), FakeBbm.calls(dir),
        "asked once: the answer is kept for " + MigrationIdCompletion.CACHE_SECONDS + " seconds");
  }

  @Test
  void optionsValuesAndCommandNamesNeverAskTheDatabase(@TempDir Path dir) throws Exception {
    Map<String, String> env = FakeBbm.install(dir, FakeBbm.IDS);
    List<String> options = completeIn(env, bbmScript, "bbm finalize --", "bbm", "finalize", "--");
    assertTrue(options.contains("--dry-run") && options.contains("--url")
        && options.stream().allMatch(o -> o.startsWith("--")), options.toString());
    List<String> commands = completeIn(env, bbmScript, "bbm ", "bbm", "");
    assertTrue(commands.contains("finalize") && commands.stream().noneMatch(c -> c.contains("_")), commands.toString());
    assertEquals(List.of("finalize"), completeIn(env, bbmScript, "bbm fin", "bbm", "fin"));
    assertEquals(List.of(), completeIn(env, bbmScript, "bbm finalize --url ", "bbm", "finalize", "--url", ""));
    assertEquals(List.of(), completeIn(env, bbmScript, "bbm pause -p ", "bbm", "pause", "-p", ""));
    assertEquals(List.of(), completeIn(env, bbmScript, "bbm finalize --batch-size 1", "bbm", "finalize", "--batch-size",
        "1"));
    assertEquals(List.of("text", "rake", "json"),
        completeIn(env, bbmScript, "bbm status --format ", "bbm", "status", "--format", ""));
    assertEquals(List.of(), completeIn(env, bbmScript, "bbm steal ", "bbm", "steal", ""), "steal takes no migration");
    assertEquals(List.of(), completeIn(env, bbmScript, "bbm finalize Copy", "bbm", "finalize", "Copy"));
    assertEquals(List.of(), completeIn(env, bbmScript, "bbm finalize 'ma", "bbm", "finalize", "'ma"));
    assertEquals(List.of("status"), completeIn(env, bbmScript, "bbm db migrate:st", "bbm", "db", "migrate", ":", "st"));
    assertFalse(Files.exists(FakeBbm.marker(dir)), "the helper ran: " + FakeBbm.calls(dir));
  }

  @Test
  void theTypedConnectionIsPassedOnAndKeysTheCache(@TempDir Path dir) throws Exception {
    Map<String, String> env = FakeBbm.install(dir, FakeBbm.IDS);
    String line = "bbm pause --url 'postgresql://u@h:5433/db' -p 5433 --database=ci -Ugitlab"
        + " --gitlab-config ~/gitlab/database.yml ";
    String[] words = {"bbm", "pause", "--url", "'postgresql://u@h:5433/db'", "-p", "5433", "--database", "=", "ci",
        "-Ugitlab", "--gitlab-config", "~/gitlab/database.yml", ""};
    assertEquals(List.of("main_85", "main_9", "ci_10"), completeIn(env, bbmScript, line, words));
    String passed = "__complete migration-ids --url postgresql://u@h:5433/db -p 5433 --database=ci -Ugitlab"
        + " --gitlab-config " + env.get("HOME") + "/gitlab/database.yml";
    assertEquals(List.of(passed), FakeBbm.calls(dir));
    completeIn(env, bbmScript, line, words);
    assertEquals(1, FakeBbm.calls(dir).size(), "the same connection within 10 s is answered from the cache");

    completeIn(env, bbmScript, "bbm pause --database main ", "bbm", "pause", "--database", "main", "");
    assertEquals("__complete migration-ids --database main", FakeBbm.calls(dir).get(1), "another connection");
    Map<String, String> other = new java.util.HashMap<>(env);
    other.put("BBM_DATABASE_URL", "postgresql://elsewhere/db");
    completeIn(other, bbmScript, "bbm pause ", "bbm", "pause", "");
    completeIn(other, bbmScript, "bbm pause ", "bbm", "pause", "");
    assertEquals(3, FakeBbm.calls(dir).size(), "the environment is part of the key: " + FakeBbm.calls(dir));

    FakeBbm.ageCache(dir);
    completeIn(env, bbmScript, line, words);
    assertEquals(4, FakeBbm.calls(dir).size(), "an answer older than 10 s is asked again");
  }

  @Test
  void aHelperThatFailsAddsNothingAndStaysQuiet(@TempDir Path dir) throws Exception {
    Map<String, String> env = FakeBbm.install(dir, "echo 'bbm: cannot connect to PostgreSQL' >&2\nexit 7\n");
    // completeIn fails on anything written to stderr
    assertEquals(List.of(), completeIn(env, bbmScript, "bbm finalize ", "bbm", "finalize", ""));
    assertEquals(1, FakeBbm.calls(dir).size());
  }

  @Test
  void aHelperThatHangsIsCutShortByTimeout(@TempDir Path dir) throws Exception {
    assumeTrue(Processes.available("timeout"), "timeout is not installed");
    Map<String, String> env = FakeBbm.install(dir, "exec sleep 30\n");
    long start = System.nanoTime();
    assertEquals(List.of(), completeIn(env, bbmScript, "bbm finalize ", "bbm", "finalize", ""));
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    assertTrue(seconds < MigrationIdCompletion.TIMEOUT_SECONDS + 3, "took " + seconds + " s");
  }

  private static List<String> complete(Path script, String line, String... words) throws Exception {
    return completeWith(script, DEFAULT_BREAKS, line, words);
  }

  private static List<String> completeIn(Map<String, String> env, Path script, String line, String... words)
      throws Exception {
    return completeWith(env, script, DEFAULT_BREAKS, line, words);
  }

  private static List<String> completeWith(Path script, String breaks, String line, String... words) throws Exception {
    // no helper on PATH answers here: a bbm the machine may have installed must not be asked
    return completeWith(Map.of("PATH", "/usr/bin:/bin", "XDG_CACHE_HOME", tmp.resolve("cache").toString()), script,
        breaks, line, words);
  }

  private static List<String> completeWith(Map<String, String> env, Path script, String breaks, String line,
      String... words) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("bash", "--norc", "--noprofile", driver.toString(), script.toString(),
        breaks, line, Integer.toString(words.length - 1)));
    cmd.addAll(List.of(words));
    Processes.Result r = Processes.run(cmd, env);
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
