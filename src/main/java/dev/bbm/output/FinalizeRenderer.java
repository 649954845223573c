package dev.bbm.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.Durations;
import dev.bbm.domain.FailedJob;
import dev.bbm.engine.FinalizeResult;
import dev.bbm.engine.ProgressListener;
import dev.bbm.engine.RakeListener;
import dev.bbm.engine.RakeRun;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Renders finalize: its progress while it runs (a live bar on a terminal, plain lines otherwise,
 * NDJSON events with --format ndjson; see {@link ProgressStyle}), then the result. With --via-rake
 * also the rake's command line and its output, passed through.
 */
public final class FinalizeRenderer implements RakeListener {
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
  public void completed() {
    view.completed();
  }

  @Override
  public void ended() {
    view.ended();
  }

  @Override
  public void rakeCommand(String shellLine) {
    view.note("running: " + shellLine);
  }

  /**
   * A line of the rake's output: above the bar when one is drawn; on stderr with --json or --format
   * ndjson, so that stdout stays JSON; else on the stream the rake printed it to.
   */
  @Override
  public void rakeOutput(String line, boolean fromStderr) {
    if (output.progress().kind() == ProgressStyle.Kind.BAR) {
      view.note(line);
      return;
    }
    PrintWriter w = fromStderr || output.json() || output.ndjson() ? output.err() : output.out();
    w.println(line);
    w.flush();
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
        if (r.rake() != null) {
          out.println("Finalized " + m.displayId() + " (" + m.configurationText() + ") with GitLab's rake in "
              + Durations.format(r.elapsed()) + ": " + r.jobsRun() + " job run(s) seen; status "
              + m.status().label() + ".");
          break;
        }
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
    if (r.rake() != null && r.failedJobs().isEmpty()) {
      err.println("Inspect it:  bbm status " + m.displayId());
      err.flush();
      return;
    }
    err.println("Migration " + m.displayId() + " is " + m.status().label() + " after " + r.jobsRun()
        + " job run(s). Failed jobs:");
    TextTable t = new TextTable(List.of("JOB", "RANGE", "ATTEMPTS", "LAST ERROR"));
    for (FailedJob f : r.failedJobs()) {
      t.add(List.of(Long.toString(f.id()), f.minValue() + ".." + f.maxValue(), Integer.toString(f.attempts()),
          StatusRenderer.lastError(f)));
    }
    t.print(err, "  ");
    err.println();
    if (r.rake() == null) {
      err.println("Next: fix the cause, then run it again (blocked jobs get new attempts):");
      err.println("  " + m.finalizeCommand());
    } else {
      // not bbm retry, which needs a class bbm can run: GitLab's finalize gives blocked jobs new attempts itself
      err.println("Next: fix the cause, then run GitLab's rake again (it gives jobs that used up their attempts"
          + " new ones):");
      err.println("  " + m.finalizeCommand() + " --via-rake");
    }
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
    n.put("via", r.rake() == null ? "bbm" : "rake");
    RakeRun rake = r.rake();
    if (rake == null) {
      n.putNull("rake");
    } else {
      ObjectNode k = n.putObject("rake");
      ArrayNode argv = k.putArray("command");
      rake.command().forEach(argv::add);
      k.put("command_line", rake.shellLine());
      k.put("exit_code", rake.exitCode());
    }
    return n;
  }
}
