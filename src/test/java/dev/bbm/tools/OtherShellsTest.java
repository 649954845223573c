package dev.bbm.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** zsh and fish scripts parse, and fish completes from its script; skipped where the shell is missing. */
class OtherShellsTest {
  @Test
  void zshScriptParses() throws Exception {
    assumeTrue(Processes.available("zsh"), "zsh is not installed");
    Processes.Result r = Processes.run(List.of("zsh", "-n", "completions/bbm.zsh"));
    assertEquals(0, r.exit(), r.err());
  }

  @Test
  void zshScriptIsTheBashOneWithItsOwnHeader() {
    String bash = BashCompletion.script("bbm", CommandTree.bbm());
    String zsh = ZshCompletion.script("bbm", bash);
    assertTrue(zsh.startsWith("# zsh completion for bbm"), zsh);
    assertTrue(zsh.contains("bashcompinit"), zsh);
    assertTrue(zsh.contains("\ncomplete -F _complete_bbm "), zsh);
  }

  @Test
  void fishCompletesCommandsAndOptions() throws Exception {
    assumeTrue(Processes.available("fish"), "fish is not installed");
    Path script = Path.of("completions", "bbm.fish");
    assertEquals(0, Processes.run(List.of("fish", "--no-config", "-n", script.toString())).exit());
    assertEquals(List.of("finalize"), fish(script, "bbm fin"));
    assertEquals(List.of("--all"), fish(script, "bbm status --al"));
    assertEquals(List.of("json", "rake", "text"), fish(script, "bbm status --format "));
  }

  @Test
  void fishCompletesNestedAndColonNames(@TempDir Path tmp) throws Exception {
    assumeTrue(Processes.available("fish"), "fish is not installed");
    Path script = Files.writeString(tmp.resolve("bbm.fish"), FishCompletion.script("bbm", TestTree.create()));
    assertEquals(List.of("migrate", "migrate-status", "migrate:status"), fish(script, "bbm db mig"));
    assertEquals(List.of("migrate:status"), fish(script, "bbm db migrate:"));
    assertEquals(List.of("--json"), fish(script, "bbm db migrate:status --j"));
    assertEquals(List.of("--json"), fish(script, "bbm db migrate-status --j"));
    assertEquals(List.of("fast", "safe"), fish(script, "bbm db migrate --mode "));
  }

  @Test
  void zshAsksForMigrationIdsOnlyForASelection(@TempDir Path dir) throws Exception {
    assumeTrue(Processes.available("zsh"), "zsh is not installed");
    Map<String, String> env = FakeBbm.install(dir, FakeBbm.IDS);
    assertEquals(List.of(), zshIds(env, "bbm finalize --"));
    assertEquals(List.of(), zshIds(env, "bbm finalize --url "));
    assertEquals(List.of(), zshIds(env, "bbm steal "));
    assertEquals(List.of(), FakeBbm.calls(dir));
    // zsh's compgen leaves matching the word to zsh itself: every id comes back
    assertEquals(List.of("main_85", "main_9", "ci_10"),
        zshIds(env, "bbm finalize --url 'postgresql://u@h:5433/db' -p5433 --gitlab-config ~/g.yml ma"));
    assertEquals(List.of("__complete migration-ids --url postgresql://u@h:5433/db -p5433 --gitlab-config "
        + env.get("HOME") + "/g.yml"), FakeBbm.calls(dir));
  }

  /** What the migration id part of the script adds in zsh, where bashcompinit runs it. */
  private static List<String> zshIds(Map<String, String> env, String line) throws Exception {
    Processes.Result r = Processes.run(List.of("zsh", "-f", "-c", "source completions/bbm.zsh; COMP_LINE=$1;"
        + " COMP_POINT=${#COMP_LINE}; COMPREPLY=(); _bbm_complete_migration_ids; print -rl -- $COMPREPLY", "zsh", line),
        env);
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    return r.out().lines().filter(l -> !l.isEmpty()).toList();
  }

  @Test
  void fishAsksForMigrationIdsOnlyForASelection(@TempDir Path dir) throws Exception {
    assumeTrue(Processes.available("fish"), "fish is not installed");
    Path script = Path.of("completions", "bbm.fish");
    Map<String, String> env = FakeBbm.install(dir, FakeBbm.IDS);
    List<String> options = fish(env, script, "bbm finalize --");
    assertTrue(options.contains("--dry-run") && options.stream().allMatch(o -> o.startsWith("-")), options.toString());
    List<String> commands = fish(env, script, "bbm ");
    assertTrue(commands.contains("finalize") && !commands.contains("__complete"), commands.toString());
    assertEquals(List.of(), fish(env, script, "bbm finalize --url "));
    assertEquals(List.of(), fish(env, script, "bbm steal "));
    assertEquals(List.of(), FakeBbm.calls(dir));

    assertEquals(List.of("ci_10", "main_85", "main_9"), fish(env, script, "bbm finalize "));
    assertEquals(List.of("main_85", "main_9"), fish(env, script, "bbm status --all main"));
    assertEquals(List.of("__complete migration-ids"), FakeBbm.calls(dir), "the second answer came from the cache");
    fish(env, script, "bbm pause --url 'postgresql://u@h:5433/db' -p 5433 --database=ci -Ugitlab --gitlab-config ~/g.yml m");
    assertEquals("__complete migration-ids --url postgresql://u@h:5433/db -p 5433 --database=ci -Ugitlab"
        + " --gitlab-config " + env.get("HOME") + "/g.yml", FakeBbm.calls(dir).get(1));
  }

  /** The completions fish offers for a command line, without their descriptions, sorted (fish's order depends on the locale). */
  private static List<String> fish(Path script, String line) throws Exception {
    return fish(Map.of("PATH", "/usr/bin:/bin"), script, line);
  }

  private static List<String> fish(Map<String, String> env, Path script, String line) throws Exception {
    Processes.Result r = Processes.run(List.of("fish", "--no-config", "-c", "source $argv[1]; complete -C $argv[2]",
        script.toString(), line), env);
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    List<String> result = new ArrayList<>();
    for (String s : r.out().split("\n")) {
      if (!s.isEmpty()) {
        result.add(s.split("\t", 2)[0]);
      }
    }
    Collections.sort(result);
    return result;
  }
}
