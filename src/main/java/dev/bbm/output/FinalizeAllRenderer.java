package dev.bbm.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.Durations;
import dev.bbm.engine.FinalizeAll;
import dev.bbm.engine.FinalizeAllResult;
import dev.bbm.engine.FinalizeResult;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/**
 * Renders a finalize of several migrations: each one's progress and result as a single finalize
 * shows them, a skip with its reason and ways out, and at the end a summary table (text), one JSON
 * object with every migration's result ({@code --json}), or a last {@code summary} event (NDJSON).
 */
public final class FinalizeAllRenderer implements FinalizeAll.Listener {
  private static final int REASON_WIDTH = 70;

  private final Output output;
  private final FinalizeRenderer single;
  private final NdjsonEvents events;

  public FinalizeAllRenderer(Output output) {
    this.output = output;
    this.single = new FinalizeRenderer(output);
    this.events = new NdjsonEvents(output.out());
  }

  @Override
  public void beginning(BatchedMigration m, int index, int total) {
    single.note("[" + index + "/" + total + "] " + m.displayId() + " " + m.jobClassName() + " on " + m.tableName()
        + ", " + m.status().label());
  }

  @Override
  public void migrationEnded(FinalizeAllResult.Entry e) {
    FinalizeResult r = e.result();
    if (output.ndjson() || output.json()) {
      if (e.outcome() == FinalizeAllResult.Outcome.SKIPPED || e.outcome() == FinalizeAllResult.Outcome.ERROR) {
        single.warning(e.migration().displayId() + " " + e.outcome().label() + ": " + e.shortReason());
      }
      return;
    }
    if (r != null && e.outcome() != FinalizeAllResult.Outcome.SKIPPED) {
      single.result(r);
      return;
    }
    if (e.outcome() == FinalizeAllResult.Outcome.ERROR) {
      output.error(e.reason());
      return;
    }
    output.warning("skipped: " + e.reason());
    PrintWriter err = output.err();
    if (!e.waysOut().isEmpty()) {
      err.println("Ways out:");
      e.waysOut().forEach(w -> err.println("  - " + w));
    }
    err.flush();
  }

  /** The summary: a table on stdout (text), the JSON object, or the last NDJSON event. */
  public void result(FinalizeAllResult r) {
    if (output.ndjson()) {
      events.result("summary", null, true, json(r));
      return;
    }
    if (output.json()) {
      JsonNodes.print(output.out(), json(r));
      return;
    }
    PrintWriter out = output.out();
    if (r.entries().isEmpty()) {
      out.println(r.summary() + ".");
      out.flush();
      return;
    }
    out.println();
    out.println("Summary: " + r.summary() + ".");
    TextTable t = new TextTable(List.of("MIGRATION", "CLASS / TABLE", "OUTCOME", "DURATION", "JOBS"));
    for (FinalizeAllResult.Entry e : r.entries()) {
      BatchedMigration m = e.migration();
      t.add(List.of(m.displayId(), m.jobClassName() + " / " + m.tableName(), outcome(e),
          e.result() == null && e.elapsed().isZero() ? "-" : Durations.format(e.elapsed()),
          e.result() == null ? "-" : Integer.toString(e.jobsRun())));
    }
    t.print(out, "  ");
    List<String> notStarted = r.entries().stream().filter(e -> e.outcome() == FinalizeAllResult.Outcome.NOT_STARTED)
        .map(e -> e.migration().displayId()).toList();
    if (!notStarted.isEmpty()) {
      out.println("Stopped on request; not started: " + String.join(", ", notStarted)
          + ". The same command continues where this one stopped.");
    }
    out.flush();
  }

  /** finished, failed, skipped: why, interrupted, not started, ... */
  private static String outcome(FinalizeAllResult.Entry e) {
    String word = e.outcome().label().replace('_', ' ');
    if (e.outcome() == FinalizeAllResult.Outcome.SKIPPED || e.outcome() == FinalizeAllResult.Outcome.ERROR) {
      String why = e.shortReason();
      String id = e.migration().displayId();
      why = why.replace(" of migration " + id, "").replace("; nothing was changed", "");
      return word + ": " + (why.length() > REASON_WIDTH ? why.substring(0, REASON_WIDTH - 1) + "…" : why);
    }
    return word;
  }

  static ObjectNode json(FinalizeAllResult r) {
    ObjectNode n = JsonNodes.object();
    n.put("message", r.summary());
    ArrayNode list = n.putArray("migrations");
    for (FinalizeAllResult.Entry e : r.entries()) {
      ObjectNode m = list.addObject();
      JsonNodes.putMigration(m, e.migration());
      m.put("outcome", e.outcome().label());
      m.put("reason", e.reason());
      ArrayNode ways = m.putArray("ways_out");
      e.waysOut().forEach(ways::add);
      m.put("exit_code", e.exitCode().code());
      m.put("elapsed_seconds", JsonNodes.seconds(e.elapsed()));
      m.set("result", e.result() == null ? null : FinalizeRenderer.json(e.result()));
    }
    n.put("exit_code", r.exitCode().code());
    return n;
  }

  // progress of the migration being finalized: as a single finalize shows it

  @Override
  public void started(BatchedMigration m, long totalKeys, long coveredKeys) {
    single.started(m, totalKeys, coveredKeys);
  }

  @Override
  public void jobFinished(BatchedJob job, boolean succeeded, long rows, Duration took, String error, long covered,
      long total) {
    single.jobFinished(job, succeeded, rows, took, error, covered, total);
  }

  @Override
  public void throttled(String reason) {
    single.throttled(reason);
  }

  @Override
  public void waiting(String reason) {
    single.waiting(reason);
  }

  @Override
  public void note(String sentence) {
    single.note(sentence);
  }

  @Override
  public void warning(String sentence) {
    single.warning(sentence);
  }

  @Override
  public void completed() {
    single.completed();
  }

  @Override
  public void ended() {
    single.ended();
  }
}
