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
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bbm in a real terminal (tmux): finalize draws a live bar with the share of the key range, rows/s
 * and ETA, prints a failed job's warning above the bar without garbling it, stops cleanly on
 * Ctrl-C while the bar is up, and status is coloured on a terminal unless NO_COLOR is set.
 */
@Tag("tmux")
class ProgressBarTmuxTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  private static final String[] ID = {"id"};
  private static final String[] ID_TO = {"id_convert_to_bigint"};
  /** {@code main_12  45% [=====>    ] 27000/60000 keys (0:00:02 / 0:00:02) 1,234 rows/s} */
  private static final Pattern BAR = Pattern.compile("(?m)^main_\\d+ +\\d{1,3}% .*\\d+/\\d+ keys .*[\\d,]+ rows/s.*$");
  private static final int WIDTH = 150;

  @BeforeAll
  static void needsTmux() {
    assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
  }

  private static Map<String, String> env(TestDatabase db) {
    return Map.of("BBM_DATABASE_URL", db.uri(), "LANG", "C.UTF-8", "TERM", "xterm-256color",
        "BBM_SIDEKIQ_GRACE", "0");
  }

  @Test
  void finalizeDrawsALiveBarAndPrintsWarningsAboveIt(@TempDir Path tmp) throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 40_000, ID, ID_TO);
      long id = f.migration(COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 40_000, 1_000, 250, 1);
      try (Connection c = db.connect(); Statement s = c.createStatement()) {
        // row 20000 fails its first update only: a sequence's nextval survives the rollback
        s.execute("CREATE SEQUENCE refusals");
        s.execute("CREATE FUNCTION refuse_once() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
            + " IF NEW.id = 20000 AND nextval('refusals') = 1 THEN RAISE EXCEPTION 'row 20000 refuses once'; END IF;"
            + " RETURN NEW; END $$");
        s.execute("CREATE TRIGGER refuse BEFORE UPDATE ON events FOR EACH ROW EXECUTE FUNCTION refuse_once()");
      }
      Path exit = tmp.resolve("exit");
      String command = Tmux.bbm(tmp, "finalize", "main_" + id, "--pause-ms", "15") + "; echo $? > " + exit;
      try (Tmux t = Tmux.start(WIDTH, 40, env(db), command)) {
        String running = t.waitFor(s -> BAR.matcher(s).find() || Files.exists(exit), 15);
        assertFalse(Files.exists(exit) && !BAR.matcher(running).find(), "finalize ended before a bar was seen:\n"
            + running);
        assertTrue(BAR.matcher(running).find(), "a live bar while finalize runs:\n" + running);

        String end = t.waitFor(s -> Files.exists(exit), 20);
        assertEquals(String.valueOf(OK.code()), Files.readString(exit).strip(), end);
        assertTrue(end.contains("finalizing main_" + id), end);
        assertTrue(end.contains("warning: job ") && end.contains("row 20000 refuses once"), end);
        assertTrue(Pattern.compile("(?m)^main_" + id + " +100% .*40000/40000 keys").matcher(end).find(),
            "the bar's last state stays on screen:\n" + end);
        assertTrue(end.contains("Finalized main_" + id), end);
        for (String line : end.split("\n")) {
          // nothing is written into the bar's line, and no bar fragment sits inside another line
          assertTrue(!line.contains("rows/s") || BAR.matcher(line).matches(), "garbled: [" + line + "]\n" + end);
          assertTrue(!line.contains("warning:") || line.startsWith("warning:"), "garbled: [" + line + "]\n" + end);
        }
        assertTrue(f.uncopied("events", ID, ID_TO) == 0);
      }
    }
  }

  @Test
  void ctrlCStopsCleanlyWhileTheBarIsUp(@TempDir Path tmp) throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 40_000, ID, ID_TO);
      long id = f.migration(COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 40_000, 500, 100, 1);
      Path exit = tmp.resolve("exit");
      String command = Tmux.bbm(tmp, "finalize", "main_" + id, "--pause-ms", "50") + "; echo $? > " + exit;
      try (Tmux t = Tmux.start(WIDTH, 40, env(db), command)) {
        String running = t.waitFor(s -> BAR.matcher(s).find() || Files.exists(exit), 15);
        assertTrue(BAR.matcher(running).find(), running);
        t.sendKeys("C-c");
        String end = t.waitFor(s -> Files.exists(exit), 20);
        // 3 (interrupted): bbm stopped cleanly and exits with its own code, not the signal's 130
        String code = Files.readString(exit).strip();
        assertEquals(String.valueOf(UNFINISHED.code()), code, "exit " + code + "\n" + end);
        assertTrue(end.contains("stopped on request"), end);
        assertEquals(1, f.status(id), "back to active");
      }
    }
  }

  @Test
  void colourOnATerminalUnlessNoColor(@TempDir Path tmp) throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.migration(COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 100, 100, 10, 4);
      Path exit = tmp.resolve("exit");
      String status = Tmux.bbm(tmp, "status") + "; echo $? > " + exit;
      try (Tmux t = Tmux.start(WIDTH, 20, env(db), status)) {
        t.waitFor(s -> Files.exists(exit), 15);
        String screen = t.screen(true);
        assertTrue(screen.contains("\u001b[31mfailed"), "failed in red on a terminal:\n" + screen);
      }
      Files.delete(exit);
      Map<String, String> noColor = new java.util.HashMap<>(env(db));
      noColor.put("NO_COLOR", "1");
      try (Tmux t = Tmux.start(WIDTH, 20, noColor, status)) {
        t.waitFor(s -> Files.exists(exit), 15);
        String screen = t.screen(true);
        assertTrue(screen.contains("failed") && !screen.contains("\u001b[31m"), "NO_COLOR: no colour\n" + screen);
      }
      Files.delete(exit);
      String piped = Tmux.bbm(tmp, "status") + " | cat; echo $? > " + exit;
      try (Tmux t = Tmux.start(WIDTH, 20, env(db), piped)) {
        t.waitFor(s -> Files.exists(exit), 15);
        String screen = t.screen(true);
        assertTrue(screen.contains("failed") && !screen.contains("\u001b[31m"), "piped: no colour\n" + screen);
      }
    }
  }
}
