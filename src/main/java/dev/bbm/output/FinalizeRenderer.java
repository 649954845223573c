package dev.bbm.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.Durations;
import dev.bbm.domain.FailedJob;
import dev.bbm.engine.FinalizeResult;
import dev.bbm.engine.ProgressListener;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Renders finalize: its progress while it runs (a live bar on a terminal, plain lines otherwise,
 * NDJSON events with --format ndjson; see {@link ProgressStyle}), then the result.
 */
public final class FinalizeRenderer implements ProgressListener {
  private final Output output;
  private final ProgressListener view;
  private final NdjsonEvents events;

  public FinalizeRenderer(Output output) {
    this.output = output;
    this.view = output.progressListener();
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
  public void throttled(String reason) {
    view.throttled(reason);
  }

  @Override
  public void waiting(String reason) {
    view.waiting(reason);
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
  public void ended() {
    view.ended();
  }

  /** The NDJSON event that ends a finalize: its outcome ({@code finished}, {@code failed}, ...). */
  static String event(FinalizeResult r) {
    return r.outcome().name().toLowerCase(Locale.ROOT);
  }

  public void result(FinalizeResult r) {
    if (output.ndjson()) {
      events.result(event(r), r.migration() == null ? null : r.migration().displayId(), true, json(r));
      return;
    }
    if (output.json()) {
      JsonNodes.print(output.out(), json(r));
      return;
    }
    PrintWriter out = output.out();
    BatchedMigration m = r.migration();
    switch (r.outcome()) {
      case NOT_FOUND:
        output.warning(r.message());
        break;
      case ALREADY_DONE:
        output.note(r.message());
        break;
      case DRY_RUN:
        out.println("Would finalize " + m.displayId() + " (" + m.configurationText() + "), status "
            + m.status().label() + ":");
        r.plan().forEach(line -> out.println("  " + line));
        out.println(r.message());
        break;
      case FINISHED:
        out.println("Finalized " + m.displayId() + " (" + m.configurationText() + "): " + r.jobsRun() + " job(s), "
            + r.rowsUpdated() + " rows updated in " + Durations.format(r.elapsed())
            + (r.jobsFailed() > 0 ? ", " + r.jobsFailed() + " failed attempt(s) retried" : "")
            + "; status " + m.status().label() + ".");
        break;
      case INTERRUPTED:
        output.warning(r.message());
        break;
      case FAILED:
        failed(r);
        break;
      default:
        break;
    }
    out.flush();
  }

  private void failed(FinalizeResult r) {
    BatchedMigration m = r.migration();
    output.error(r.message());
    PrintWriter err = output.err();
    err.println("Migration " + m.displayId() + " is " + m.status().label() + " after " + r.jobsRun()
        + " job run(s). Failed jobs:");
    TextTable t = new TextTable(List.of("JOB", "RANGE", "ATTEMPTS", "LAST ERROR"));
    for (FailedJob f : r.failedJobs()) {
      t.add(List.of(Long.toString(f.id()), f.minValue() + ".." + f.maxValue(), Integer.toString(f.attempts()),
          StatusRenderer.lastError(f)));
    }
    t.print(err, "  ");
    err.println();
    err.println("Next: fix the cause, then run it again (blocked jobs get new attempts):");
    err.println("  " + m.finalizeCommand());
    err.println("Inspect it:  bbm status " + m.displayId());
    err.println("If its work is done another way:  bbm mark-finished " + m.displayId() + " --reason '...'");
    err.flush();
  }

  static ObjectNode json(FinalizeResult r) {
    ObjectNode n = JsonNodes.object();
    n.put("outcome", r.outcome().name().toLowerCase(Locale.ROOT));
    BatchedMigration m = r.migration();
    if (m != null) {
      JsonNodes.putMigration(n, m);
    } else {
      for (String field : new String[] {"id", "status", "job_class_name", "table_name", "column_name",
          "job_arguments"}) {
        n.putNull(field);
      }
    }
    n.put("message", r.message());
    n.put("jobs_run", r.jobsRun());
    n.put("jobs_failed", r.jobsFailed());
    n.put("rows_updated", r.rowsUpdated());
    n.put("elapsed_seconds", JsonNodes.seconds(r.elapsed()));
    ArrayNode failed = n.putArray("failed_jobs");
    r.failedJobs().forEach(f -> failed.add(StatusRenderer.failedJob(f)));
    ArrayNode plan = n.putArray("plan");
    r.plan().forEach(plan::add);
    return n;
  }
}
