package dev.bbm.output;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Colour is used on a terminal only, and never with NO_COLOR, --no-color or TERM=dumb; JSON never
 * has any (ProgressBarTmuxTest checks the same in a real terminal and through a pipe).
 */
class ColourTest {
  private static final String ESC = "\u001b[";

  @Test
  void colourOnlyWhereItBelongs() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      new GitlabFixture(db).migration("CopyColumnUsingBackgroundMigrationJob", "events", "id",
          "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 100, 100, 10, 4);
      CliRunner terminal = CliRunner.against(db).terminal(true).unsetEnv("NO_COLOR");
      assertTrue(terminal.run("status").out().contains(ESC + "31mfailed"), "red on a terminal");
      assertFalse(terminal.run("status", "--no-color").out().contains(ESC), "--no-color");
      assertFalse(terminal.run("status", "--json").out().contains(ESC), "JSON");
      assertFalse(CliRunner.against(db).terminal(true).env("NO_COLOR", "1").run("status").out().contains(ESC),
          "NO_COLOR");
      assertFalse(CliRunner.against(db).terminal(true).unsetEnv("NO_COLOR").env("TERM", "dumb").run("status").out()
          .contains(ESC), "TERM=dumb");
      assertFalse(CliRunner.against(db).terminal(false).unsetEnv("NO_COLOR").run("status").out().contains(ESC),
          "not a terminal: piped or redirected");
    }
  }
}
