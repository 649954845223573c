package dev.bbm.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.Durations;
import dev.bbm.domain.FailedJob;
import dev.bbm.engine.ProgressListener;
import dev.bbm.engine.WaitResult;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Renders bbm wait: progress while Sidekiq works (the bar, lines or NDJSON events finalize shows),
 * then how the wait ended: finished, the failed migration with its failed jobs' last errors, or what
 * is still unfinished and how far.
 */
public final class WaitRenderer implements ProgressListener {
  private final Output output;
  private final ProgressListener view;
  private final NdjsonEvents events;

  public WaitRenderer(Output output) {
    this.output = output;
    this.view = output.progressListener("waiting for");
    this.events = new NdjsonEvents(output.out());
  }

  @Override
  public void started(BatchedMigration m, long totalKeys, long coveredKeys) {
    view.started(m, totalKeys, coveredKeys);
  }

  @Override
  public void jobFinished(BatchedJob job, boolean succeeded, long rows, Duration took, String error, long covered,
      long total) {
    view.jobFinished(job, succeeded, rows, took, error, covered, total);
  }

  @Override
  public void note(String sentence) {
    view.note(sentence);
  }

  @Override
  public void warning(String sentence) {
    view.warning(sentence);
  }

  @Override
  public void completed() {
    view.completed();
  }

  @Override
  public void ended() {
    view.ended();
  }

  public void result(WaitResult r) {
    if (output.ndjson()) {
      String id = r.failed() != null ? r.failed().displayId()
          : r.migrations().size() == 1 ? r.migrations().get(0).migration().displayId() : null;
      events.result(outcome(r), id, true, json(r));
      return;
    }
    if (output.json()) {
      JsonNodes.print(output.out(), json(r));
      return;
    }
    switch (r.outcome()) {
      case NOT_FOUND:
        output.warning(r.message());
        break;
      case FINISHED:
        PrintWriter out = output.out();
        out.println(capitalized(r.message()) + " (waited " + Durations.format(r.waited()) + ").");
        out.flush();
        break;
      case FAILED:
        failed(r);
        break;
      default:
        output.warning(r.message());
        break;
    }
  }

  private void failed(WaitResult r) {
    BatchedMigration m = r.failed();
    output.error(r.message());
    PrintWriter err = output.err();
    if (!r.failedJobs().isEmpty()) {
      err.println("Failed jobs:");
      TextTable t = new TextTable(List.of("JOB", "RANGE", "ATTEMPTS", "LAST ERROR"));
      for (FailedJob f : r.failedJobs()) {
        t.add(List.of(Long.toString(f.id()), f.minValue() + ".." + f.maxValue(), Integer.toString(f.attempts()),
            StatusRenderer.lastError(f)));
      }
      t.print(err, "  ");
      err.println();
    }
    err.println("Next: fix the cause, give the failed jobs new attempts and wait again (Sidekiq runs them), or run"
        + " them with bbm:");
    err.println("  bbm retry " + m.displayId() + " && bbm wait " + m.displayId());
    err.println("  bbm retry " + m.displayId() + " --finalize");
    err.println("Inspect it:  bbm status " + m.displayId());
    err.flush();
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String outcome(WaitResult r) {
    return r.outcome().name().toLowerCase(Locale.ROOT);
  }

  static ObjectNode json(WaitResult r) {
    ObjectNode n = JsonNodes.object();
    n.put("outcome", outcome(r));
    n.put("message", r.message());
    n.put("waited_seconds", JsonNodes.seconds(r.waited()));
    ArrayNode list = n.putArray("migrations");
    for (WaitResult.Waited w : r.migrations()) {
      ObjectNode o = list.addObject();
      JsonNodes.putMigration(o, w.migration());
      if (w.percent() == null) {
        o.putNull("percent_done");
      } else {
        o.put("percent_done", Math.round(w.percent() * 10) / 10.0);
      }
    }
    n.put("failed_migration", r.failed() == null ? null : r.failed().displayId());
    ArrayNode failed = n.putArray("failed_jobs");
    r.failedJobs().forEach(f -> failed.add(StatusRenderer.failedJob(f)));
    return n;
  }
}
