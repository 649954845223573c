package dev.bbm.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.JobArguments;
import dev.bbm.domain.JobCounts;
import dev.bbm.domain.MigrationStatus;
import dev.bbm.engine.MigrationSummary;
import dev.bbm.engine.StatusReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** bbm status's list fitted to a terminal's width, whole otherwise; the JOBS column's words. */
class StatusTableTest {
  private static final String ARGS = "[[\"id\",\"project_id\",\"namespace_id\"],[\"id_convert_to_bigint\","
      + "\"project_id_convert_to_bigint\",\"namespace_id_convert_to_bigint\"]]";
  private static final String NOTE = "no new job for 3d: Sidekiq does not seem to run it; bbm finalize main_85 runs it"
      + " now";

  private static List<StatusReport> reports() {
    OffsetDateTime now = OffsetDateTime.now();
    BatchedMigration m = new BatchedMigration(85, "main", "CopyColumnUsingBackgroundMigrationJob",
        "PrimaryKeyBatchingStrategy", "events", "id", JobArguments.parse("job arguments", ARGS), 1L, 2_000_000L, false,
        20_000, 1_000, null, 120, 100, MigrationStatus.ACTIVE, 2_000_000L, "gitlab_main", now.minusDays(2),
        now.minusMinutes(1), now.minusDays(1), null, null);
    JobCounts c = new JobCounts(2, 1, 1, 40, 800_000, 800_000, 820_000L, now.minusMinutes(1), now.minusMinutes(2));
    MigrationSummary s = new MigrationSummary(m, c, 40.0, 40.0, NOTE, 3600L, "at 222 keys/s over the last 20 job(s)");
    return List.of(new StatusReport("main", "GitLab 17.6+ layout", "public", false, List.of(s)));
  }

  private static String render(int width, boolean unicode) {
    StringWriter sink = new StringWriter();
    PrintWriter w = new PrintWriter(sink);
    new StatusRenderer(new Output(w, w, false, false, false), width, unicode).list(reports(), false);
    return sink.toString();
  }

  @Test
  void fitsTheTerminalWidthWithAnEllipsis() {
    for (int width : new int[] {80, 100, 140}) {
      String out = render(width, true);
      out.lines().forEach(l -> assertTrue(l.length() <= width, width + " columns: " + l.length() + ": " + l));
      assertTrue(out.contains("\u2026"), out);
      // never cut: the id, status, progress, jobs and ETA
      assertTrue(out.contains("main_85") && out.contains("active") && out.contains("40.0%")
          && out.contains("40 done \u00b7 1 failed \u00b7 3 left") && out.contains("1h"), out);
      assertFalse(out.contains("(1 running)"), "fitted, the running count is left to the line beneath: " + out);
      // the note goes beneath its row, shortened
      assertTrue(out.contains("\n    no new job for 3d"), out);
      assertFalse(out.contains(ARGS), out);
    }
    assertTrue(render(140, true).contains("CopyColumnUsingBackgroundMigrationJob"),
        "the job arguments and the column give way before the class is cut: " + render(140, true));
    String ascii = render(100, false);
    assertTrue(ascii.contains("...") && !ascii.contains("\u2026"), ascii);
    assertTrue(ascii.contains("40 done, 1 failed, 3 left"), ascii);
    assertTrue(render(0, false).contains("40 done, 1 failed, 3 left (1 running)"), "whole lines keep it");
  }

  @Test
  void wholeLinesWithoutALimit() {
    String out = render(0, true);
    assertTrue(out.contains(ARGS), out);
    assertTrue(out.contains("CopyColumnUsingBackgroundMigrationJob"), out);
    assertTrue(out.contains(NOTE), out);
    assertFalse(out.contains("\u2026"), out);
    String header = out.lines().findFirst().orElseThrow();
    assertTrue(header.endsWith("NOTE"), header);
    assertEquals(out, render(-1, true));
  }

  @Test
  void aWatchFrameClearsTheTerminalButNotAPipe() {
    StringWriter sink = new StringWriter();
    PrintWriter w = new PrintWriter(sink);
    StatusRenderer r = new StatusRenderer(new Output(w, w, false, false, false), 80, false);
    r.watchFrame("Every 5s: bbm status   2026-06-01 02:00:05", reports(), true, true);
    assertTrue(sink.toString().startsWith("\u001b[H\u001b[2JEvery 5s: bbm status   2026-06-01 02:00:05\n\nID "),
        sink.toString());
    StringWriter piped = new StringWriter();
    PrintWriter p = new PrintWriter(piped);
    StatusRenderer plain = new StatusRenderer(new Output(p, p, false, false, false));
    plain.watchFrame("Every 5s: bbm status   one", reports(), false, true);
    plain.watchFrame("Every 5s: bbm status   two", reports(), false, false);
    assertFalse(piped.toString().contains("\u001b"), piped.toString());
    assertTrue(piped.toString().startsWith("Every 5s: bbm status   one\n\nID "), piped.toString());
    assertTrue(piped.toString().contains("shown.\n\nEvery 5s: bbm status   two\n\nID "), piped.toString());
  }
}
