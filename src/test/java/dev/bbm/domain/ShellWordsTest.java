package dev.bbm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Words split as sh splits them, and quoted so that bash gives back exactly the same words. */
class ShellWordsTest {
  @Test
  void splitsLikeSh() {
    assertEquals(List.of("sudo", "-u", "git", "-H", "bundle", "exec", "rake", "RAILS_ENV=production"),
        ShellWords.split("  sudo -u git -H\tbundle exec rake RAILS_ENV=production ", "x"));
    assertEquals(List.of("/opt/my dir/rake", "a b", "c d", "e\"f", "$HOME", "it's", ""),
        ShellWords.split("'/opt/my dir/rake' \"a b\" c\\ d \"e\\\"f\" '$HOME' it\\'s ''", "x"));
    BbmException open = assertThrows(BbmException.class, () -> ShellWords.split("rake 'oops", "--rake-command"));
    assertEquals(ExitCode.USAGE, open.exitCode());
    assertEquals("--rake-command has a single quote at character 6 that is never closed", open.getMessage());
    assertThrows(BbmException.class, () -> ShellWords.split("rake \"oops", "--rake-command"));
  }

  @Test
  void quotedWordsComeBackFromBashUnchanged() throws Exception {
    List<String> words = List.of("gitlab-rake", "gitlab:background_migrations:finalize[C,events,id,"
        + "[[\"id\"]\\,[\"it's\"]\\,\"back\\\\\\\\slash\"]]", "RAILS_ENV=production", "a b", "$HOME", "*", "", "!x");
    String line = ShellWords.join(words);
    assertEquals("gitlab-rake 'gitlab:background_migrations:finalize[C,events,id,[[\"id\"]\\,[\"it'\\''s\"]\\,"
        + "\"back\\\\\\\\slash\"]]' RAILS_ENV=production 'a b' '$HOME' '*' '' '!x'", line);
    Process p = new ProcessBuilder("bash", "-c", "printf '%s\\0' " + line).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor());
    assertEquals(words, List.of(out.substring(0, out.length() - 1).split("\0", -1)));
  }
}
