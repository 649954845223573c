package dev.bbm.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The progress views without a database: which style is chosen, plain lines' pace, the bar's line discipline. */
class ProgressViewsTest {
  private static final Duration TEN = Duration.ofSeconds(10);

  @Test
  void styleFollowsFormatQuietAndTerminal() {
    Map<String, String> utf8 = Map.of("LANG", "en_US.UTF-8");
    assertEquals(ProgressStyle.Kind.NDJSON, ProgressStyle.choose(true, true, true, true, TEN, utf8).kind());
    assertEquals(ProgressStyle.Kind.QUIET, ProgressStyle.choose(false, true, true, true, TEN, utf8).kind());
    assertEquals(ProgressStyle.Kind.BAR, ProgressStyle.choose(false, false, true, true, TEN, utf8).kind());
    assertTrue(ProgressStyle.choose(false, false, true, true, TEN, utf8).unicode());
    assertTrue(!ProgressStyle.choose(false, false, true, true, TEN, Map.of("LANG", "C")).unicode());
    assertEquals(ProgressStyle.Kind.LINES, ProgressStyle.choose(false, false, true, false, TEN, utf8).kind(),
        "stderr redirected to a file: lines");
    assertEquals(ProgressStyle.Kind.LINES, ProgressStyle.choose(false, false, false, false, TEN, utf8).kind());
    assertEquals(ProgressStyle.Kind.LINES, ProgressStyle.choose(false, false, true, true, TEN,
        Map.of("TERM", "dumb")).kind());
  }

  @Test
  void colourOnlyOnATerminalWithoutNoColor() {
    assertTrue(Output.colorAllowed(false, Map.of(), true));
    assertTrue(!Output.colorAllowed(false, Map.of(), false), "piped or redirected");
    assertTrue(!Output.colorAllowed(false, Map.of("NO_COLOR", "1"), true));
    assertTrue(Output.colorAllowed(false, Map.of("NO_COLOR", ""), true), "an empty NO_COLOR does not count (no-color.org)");
    assertTrue(!Output.colorAllowed(true, Map.of(), true), "--no-color");
    assertTrue(!Output.colorAllowed(false, Map.of("TERM", "dumb"), true));
  }

  @Test
  void plainLinesComeAtMostEveryIntervalAndAlwaysAtTheEnd() {
    StringWriter err = new StringWriter();
    Output out = new Output(new PrintWriter(new StringWriter()), new PrintWriter(err), false, false, false);
    AtomicLong now = new AtomicLong();
    ProgressLines lines = new ProgressLines(out, TEN, now::get);
    lines.legacyStarted("SomeJob", 4);
    now.set(Duration.ofSeconds(3).toNanos());
    lines.legacyJobFinished("row 1", "[1]", true, 100, Duration.ofSeconds(3), null, 1, 4);
    now.set(Duration.ofSeconds(6).toNanos());
    lines.legacyJobFinished("row 2", "[2]", false, 0, Duration.ofSeconds(3), "boom", 2, 4);
    now.set(Duration.ofSeconds(11).toNanos());
    lines.legacyJobFinished("row 3", "[3]", true, 100, Duration.ofSeconds(5), null, 3, 4);
    now.set(Duration.ofSeconds(12).toNanos());
    lines.waiting("job 7 is running elsewhere");
    lines.waiting("job 7 is running elsewhere");
    now.set(Duration.ofSeconds(13).toNanos());
    lines.legacyJobFinished("row 4", "[4]", true, 100, Duration.ofSeconds(1), null, 4, 4);
    lines.ended();
    assertEquals("running 4 pending SomeJob job(s)\n"
        + "warning: job row 2 [2] failed and stays pending: boom\n"
        + "SomeJob: 75.0% (3/4 jobs), 3 job(s), 200 rows, 18 rows/s, ETA 3s\n"
        + "SomeJob: waiting: job 7 is running elsewhere\n"
        + "SomeJob: 100.0% (4/4 jobs), 4 job(s), 300 rows, 23 rows/s, ETA 0s\n", err.toString());
  }

  @Test
  void everyJobWithAZeroInterval() {
    StringWriter err = new StringWriter();
    Output out = new Output(new PrintWriter(new StringWriter()), new PrintWriter(err), false, false, false);
    ProgressLines lines = new ProgressLines(out, Duration.ZERO, System::nanoTime);
    lines.legacyStarted("SomeJob", 2);
    lines.legacyJobFinished("row 1", "[1]", true, 1, Duration.ZERO, null, 1, 2);
    lines.legacyJobFinished("row 2", "[2]", true, 1, Duration.ZERO, null, 2, 2);
    lines.ended();
    assertEquals(3, err.toString().lines().count(), err.toString());
  }

  @Test
  void linesAboveTheBarNeverMixWithIt() {
    StringWriter err = new StringWriter();
    BarLine line = new BarLine(new PrintWriter(err), () -> 40);
    line.accept("bar 1");
    line.above("warning: one");
    line.accept("bar 2");
    line.above("note two");
    line.close();
    assertEquals(List.of("warning: one", "note two", "bar 2"), screen(err.toString()));
    assertEquals(39, line.getMaxRenderedLength(), "one column less than the terminal");
  }

  @Test
  void theLiveBarKeepsWarningsWholeWhileItRendersFromItsOwnThread() throws Exception {
    StringWriter err = new StringWriter();
    Output out = new Output(new PrintWriter(new StringWriter()), new PrintWriter(err), false, false, false);
    LiveBar bar = new LiveBar(out, new ProgressStyle(ProgressStyle.Kind.BAR, TEN, false), () -> 100);
    bar.legacyStarted("SomeJob", 30);
    for (int i = 1; i <= 30; i++) {
      bar.legacyJobFinished("row " + i, "[" + i + "]", i % 3 != 0, 1000, Duration.ofMillis(20),
          i % 3 == 0 ? "error number " + i : null, i, 30);
      if (i % 10 == 0) {
        bar.throttled("autovacuum is running on events");
      }
      Thread.sleep(20);
    }
    bar.ended();
    List<String> screen = screen(err.toString());
    Pattern barLine = Pattern.compile("SomeJob +\\d+% \\[.*\\] +\\d+/30 jobs \\(.*\\) [\\d,]+ rows/s.*");
    Pattern warning = Pattern.compile("warning: job row \\d+ \\[\\d+\\] failed and stays pending: error number \\d+");
    List<String> other = new ArrayList<>();
    for (String l : screen.subList(0, screen.size() - 1)) {
      if (!warning.matcher(l).matches() && !l.equals("running 30 pending SomeJob job(s)")
          && !l.equals("throttled: autovacuum is running on events")) {
        other.add(l);
      }
    }
    assertEquals(List.of(), other, String.join("\n", screen));
    assertEquals(10, screen.stream().filter(l -> warning.matcher(l).matches()).count(), String.join("\n", screen));
    String last = screen.get(screen.size() - 1);
    assertTrue(barLine.matcher(last).matches() && last.contains("100%") && last.contains("30/30 jobs"), last);
  }

  /** What a terminal shows after {@code written}: handles \r, \n and erase-line, as tmux would. */
  static List<String> screen(String written) {
    List<StringBuilder> rows = new ArrayList<>(List.of(new StringBuilder()));
    int col = 0;
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      StringBuilder row = rows.get(rows.size() - 1);
      if (c == '\r') {
        col = 0;
      } else if (c == '\n') {
        rows.add(new StringBuilder());
        col = 0;
      } else if (c == '\u001b' && written.startsWith("\u001b[2K", i)) {
        row.setLength(0);
        i += 3;
      } else {
        if (col < row.length()) {
          row.setCharAt(col, c);
        } else {
          row.append(c);
        }
        col++;
      }
    }
    List<String> out = new ArrayList<>();
    rows.forEach(r -> out.add(r.toString()));
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
