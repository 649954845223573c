package dev.bbm.output;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The last progress line of a run that finished the migration says 100 % and done, never an ETA,
 * even when max_value lies far above the last row (the jobs then cover a small share of the range).
 */
class FinishedProgressTest {
  @Test
  void aFinishedRunWithMaxValueAboveTheLastRowEndsAtOneHundredPercentDone() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 1_000, new String[] {"id"}, new String[] {"id_convert_to_bigint"});
      long id = f.migration("CopyColumnUsingBackgroundMigrationJob", "events", "id",
          "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 1_000_000, 1_000, 500, 1);

      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0");

      assertThat(r).exitedWith(OK);
      List<String> progress = r.err().lines().filter(l -> l.startsWith("main_" + id + ": ")).toList();
      String last = progress.get(progress.size() - 1);
      assertTrue(last.startsWith("main_" + id + ": 100.0% (1000000/1000000 keys), 1 job(s), 1,000 rows, "), r.toString());
      assertTrue(last.endsWith(", done"), last);
      assertFalse(last.contains("ETA"), last);
    }
  }

  @Test
  void theLiveBarEndsFullAndDone() {
    StringWriter err = new StringWriter();
    Output out = new Output(new PrintWriter(new StringWriter()), new PrintWriter(err), false, false, false);
    LiveBar bar = new LiveBar(out, new ProgressStyle(ProgressStyle.Kind.BAR, Duration.ofSeconds(10), false), () -> 120);
    bar.legacyStarted("SomeJob", 1_000);
    bar.legacyJobFinished("row 1", "[1]", true, 1_000, Duration.ofMillis(20), null, 1, 1_000);
    bar.completed();
    bar.ended();
    List<String> screen = ProgressViewsTest.screen(err.toString());
    String last = screen.get(screen.size() - 1);
    assertTrue(last.contains("100%") && last.contains("1000/1000 jobs") && last.endsWith("rows/s | done"), last);
  }

  @Test
  void plainLinesAfterALineAtTheStartOfTheRange() {
    StringWriter err = new StringWriter();
    Output out = new Output(new PrintWriter(new StringWriter()), new PrintWriter(err), false, false, false);
    ProgressLines lines = new ProgressLines(out, Duration.ZERO, System::nanoTime);
    lines.legacyStarted("SomeJob", 1_000);
    lines.legacyJobFinished("row 1", "[1]", true, 10, Duration.ZERO, null, 1, 1_000);
    lines.completed();
    lines.ended();
    List<String> printed = err.toString().lines().toList();
    assertEquals(3, printed.size(), err.toString());
    assertTrue(printed.get(1).startsWith("SomeJob: 0.1% (1/1000 jobs)") && printed.get(1).contains("ETA"), err.toString());
    assertTrue(printed.get(2).startsWith("SomeJob: 100.0% (1000/1000 jobs), 1 job(s), 10 rows, ")
        && printed.get(2).endsWith(", done"), err.toString());
  }
}
