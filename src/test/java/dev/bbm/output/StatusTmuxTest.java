package dev.bbm.output;

import static dev.bbm.domain.ExitCode.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import dev.bbm.testing.Tmux;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bbm status in a real 80-column terminal (tmux): the list fits it, --wide does not cut, --watch redraws
 * until Ctrl-C, which ends it with the last list's exit code.
 */
@Tag("tmux")
class StatusTmuxTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  private static final String ARGS = "[[\"id\",\"project_id\"],[\"id_convert_to_bigint\",\"project_id_convert_to_bigint\"]]";

  @BeforeAll
  static void needsTmux() {
    assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
  }

  private static Map<String, String> env(TestDatabase db) {
    return Map.of("BBM_DATABASE_URL", db.uri(), "LANG", "C.UTF-8", "TERM", "xterm-256color", "NO_COLOR", "1");
  }

  @Test
  void theListFitsTheTerminalAndWatchRedrawsIt(@TempDir Path tmp) throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      long id = f.migration(COPY, "events", "id", ARGS, 1, 1000, 250, 50, 1);
      f.job(id, 1, 250, 3, 1, "1 minute");
      Path exit = tmp.resolve("exit");
      try (Tmux t = Tmux.start(80, 30, env(db), Tmux.bbm(tmp, "status") + "; echo $? > " + exit)) {
        String screen = t.waitFor(s -> Files.exists(exit), 15);
        String header = screen.lines().filter(l -> l.startsWith("ID ")).findFirst().orElseThrow();
        assertTrue(header.endsWith("ETA"), "the header is one line of at most 80 columns:\n" + screen);
        String row = screen.lines().filter(l -> l.startsWith("main_" + id + " ")).findFirst().orElseThrow();
        assertTrue(row.contains("25.0%") && row.contains("1 done \u00b7 0 left"), screen);
        assertTrue(screen.contains("\u2026") && !screen.contains(ARGS), screen);
      }
      Files.delete(exit);
      try (Tmux t = Tmux.start(80, 30, env(db), Tmux.bbm(tmp, "status", "--wide") + "; echo $? > " + exit)) {
        String screen = t.waitFor(s -> Files.exists(exit), 15);
        assertFalse(screen.contains("\u2026"), "--wide cuts nothing:\n" + screen);
        assertFalse(screen.lines().anyMatch(l -> l.startsWith("ID ") && l.endsWith("NOTE")), screen);
      }
      Files.delete(exit);
      String watch = Tmux.bbm(tmp, "status", "--watch", "--interval", "1s") + "; echo $? > " + exit;
      try (Tmux t = Tmux.start(80, 30, env(db), watch)) {
        String first = t.waitFor(s -> s.contains("Every 1s: bbm status"), 15);
        assertTrue(first.contains("main_" + id), first);
        // a wider window: the next frames are fitted to it, the whole arguments shown
        t.resize(220, 30);
        String wider = t.waitFor(s -> s.contains(ARGS), 15);
        assertTrue(wider.contains(ARGS), "refitted after the resize:\n" + wider);
        t.sendKeys("C-c");
        String end = t.waitFor(s -> Files.exists(exit), 15);
        assertEquals(String.valueOf(UNFINISHED.code()), Files.readString(exit).strip(), end);
      }
    }
  }
}
