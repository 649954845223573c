package dev.bbm.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

  /** The completions fish offers for a command line, without their descriptions, sorted (fish's order depends on the locale). */
  private static List<String> fish(Path script, String line) throws Exception {
    Processes.Result r = Processes.run(List.of("fish", "--no-config", "-c", "source $argv[1]; complete -C $argv[2]",
        script.toString(), line));
    assertEquals(0, r.exit(), r.err());
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
