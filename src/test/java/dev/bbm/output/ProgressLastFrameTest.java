package dev.bbm.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.JobArguments;
import dev.bbm.domain.JobStatus;
import dev.bbm.domain.MigrationStatus;
import dev.bbm.engine.ProgressListener;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A finalize whose jobs cover keys 1..40,000 of 1..100,000 (max_value lies above the last row): the
 * last frame of the bar, the last plain line and the NDJSON events say 100 % when the migration
 * finished, and the true share when the run was interrupted or failed.
 */
class ProgressLastFrameTest {
  private static final long TOTAL = 100_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theBarsLastFrameIsFullWhenTheMigrationFinished() {
    String last = lastBarFrame(true);
    assertTrue(last.contains("100%") && last.contains("100000/100000 keys") && last.endsWith("| done"), last);
  }

  @Test
  void theBarsLastFrameKeepsTheTrueShareWhenInterrupted() {
    String last = lastBarFrame(false);
    assertTrue(last.contains("40%") && last.contains("40000/100000 keys"), last);
    assertFalse(last.contains("100%") || last.contains("done"), last);
  }

  @Test
  void theLastPlainLineSaysOneHundredPercentWhenTheMigrationFinished() {
    String last = lastLine(true);
    assertTrue(last.startsWith("main_85: 100.0% (100000/100000 keys), 4 job(s), 40,000 rows, ") && last.endsWith(", done"),
        last);
  }

  @Test
  void theLastPlainLineKeepsTheTrueShareWhenInterrupted() {
    String last = lastLine(false);
    assertTrue(last.startsWith("main_85: 40.0% (40000/100000 keys), 4 job(s), 40,000 rows, "), last);
    assertFalse(last.contains("100.0%") || last.endsWith("done"), last);
  }

  @Test
  void ndjsonEndsWithACompletedEventAtOneHundredPercentOnlyWhenTheMigrationFinished() throws Exception {
    List<JsonNode> finished = events(true);
    JsonNode last = finished.get(finished.size() - 1);
    assertEquals("completed", last.get("event").asText(), finished.toString());
    assertEquals(100.0, last.get("progress").asDouble());
    assertEquals(TOTAL, last.get("total_keys").asLong());
    assertEquals("main_85", last.get("migration").asText());

    List<JsonNode> interrupted = events(false);
    assertFalse(interrupted.stream().anyMatch(e -> e.get("event").asText().equals("completed")), interrupted.toString());
    JsonNode lastJob = interrupted.get(interrupted.size() - 1);
    assertEquals("job_finished", lastJob.get("event").asText());
    assertEquals(40.0, lastJob.get("progress").asDouble());
  }

  private static List<JsonNode> events(boolean finished) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Output output = new Output(new PrintWriter(out), new PrintWriter(err), false, false, false);
    run(new NdjsonProgress(output, new NdjsonEvents(new PrintWriter(out, true))), finished);
    List<JsonNode> events = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      events.add(JSON.readTree(line));
    }
    return events;
  }

  private static String lastBarFrame(boolean finished) {
    StringWriter err = new StringWriter();
    LiveBar bar = new LiveBar(output(err), new ProgressStyle(ProgressStyle.Kind.BAR, Duration.ofSeconds(10), false),
        () -> 120);
    run(bar, finished);
    List<String> screen = ProgressViewsTest.screen(err.toString());
    return screen.get(screen.size() - 1);
  }

  private static String lastLine(boolean finished) {
    StringWriter err = new StringWriter();
    run(new ProgressLines(output(err), Duration.ofHours(1), System::nanoTime), finished);
    List<String> lines = err.toString().lines().toList();
    return lines.get(lines.size() - 1);
  }

  private static Output output(StringWriter err) {
    return new Output(new PrintWriter(new StringWriter()), new PrintWriter(err), false, false, false);
  }

  /** Four jobs of 10,000 keys each; then, for a finished migration, completed; always ended. */
  private static void run(ProgressListener view, boolean finished) {
    view.started(migration(), TOTAL, 0);
    for (int i = 0; i < 4; i++) {
      long covered = (i + 1) * 10_000L;
      view.jobFinished(job(i + 1, covered - 9_999, covered), true, 10_000, Duration.ofMillis(5), null, covered, TOTAL);
    }
    if (finished) {
      view.completed();
    }
    view.ended();
  }

  private static BatchedMigration migration() {
    OffsetDateTime now = OffsetDateTime.now();
    return new BatchedMigration(85, "main", "CopyColumnUsingBackgroundMigrationJob", "PrimaryKeyBatchingStrategy",
        "events", "id", JobArguments.parse("job arguments", "[[\"id\"],[\"id_convert_to_bigint\"]]"), 1L, TOTAL,
        false, 10_000, 1_000, null, 120, 100, MigrationStatus.FINALIZING, null, "gitlab_main", now, now, now, null,
        null);
  }

  private static BatchedJob job(long id, long min, long max) {
    OffsetDateTime now = OffsetDateTime.now();
    return new BatchedJob(id, 85, min, max, 10_000, 1_000, 100, JobStatus.SUCCEEDED, 1, now, now, now, now, null,
        null);
  }
}
