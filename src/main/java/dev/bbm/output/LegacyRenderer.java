package dev.bbm.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bbm.engine.PendingCount;
import dev.bbm.engine.ProgressListener;
import dev.bbm.engine.RemainingReport;
import dev.bbm.engine.StealResult;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/**
 * Renders pending-count, remaining and steal, and steal's progress while it runs (a bar, plain
 * lines or NDJSON events, as {@link ProgressStyle} says).
 */
public final class LegacyRenderer implements ProgressListener {
  private final Output output;
  private ProgressListener view;

  public LegacyRenderer(Output output) {
    this.output = output;
  }

  private ProgressListener view() {
    if (view == null) {
      view = output.progressListener();
    }
    return view;
  }

  @Override
  public void legacyStarted(String className, int jobs) {
    view().legacyStarted(className, jobs);
  }

  @Override
  public void legacyJobFinished(String source, String argumentsJson, boolean succeeded, long rows,
      Duration took, String error, int done, int total) {
    view().legacyJobFinished(source, argumentsJson, succeeded, rows, took, error, done, total);
  }

  @Override
  public void throttled(String reason) {
    view().throttled(reason);
  }

  @Override
  public void waiting(String reason) {
    view().waiting(reason);
  }

  @Override
  public void note(String sentence) {
    view().note(sentence);
  }

  @Override
  public void warning(String sentence) {
    view().warning(sentence);
  }

  @Override
  public void ended() {
    view().ended();
  }

  public void pendingCount(PendingCount r, boolean byClass) {
    pendingCount(List.of(r), byClass);
  }

  /**
   * Pending tracked jobs of one database or several. Several: the number alone is their sum,
   * --by-class lines get the database as a third column, and JSON is
   * {@code {"databases": [...], "pending": N}}.
   */
  public void pendingCount(List<PendingCount> reports, boolean byClass) {
    PrintWriter out = output.out();
    boolean several = reports.size() > 1;
    if (output.json()) {
      if (!several) {
        JsonNodes.print(out, json(reports.get(0)));
        return;
      }
      ObjectNode root = JsonNodes.object();
      ArrayNode dbs = root.putArray("databases");
      reports.forEach(r -> dbs.add(json(r)));
      root.put("pending", reports.stream().mapToLong(PendingCount::total).sum());
      JsonNodes.print(out, root);
      return;
    }
    if (byClass) {
      for (PendingCount r : reports) {
        r.byClass().forEach((cls, count) -> out.println(count + "\t" + cls + (several ? "\t" + r.database() : "")));
      }
    } else {
      out.println(reports.stream().mapToLong(PendingCount::total).sum());
    }
    out.flush();
  }

  private static ObjectNode json(PendingCount r) {
    ObjectNode n = JsonNodes.object();
    n.put("database", r.database());
    n.put("pending", r.total());
    ObjectNode classes = n.putObject("by_class");
    r.byClass().forEach(classes::put);
    return n;
  }

  public void remaining(RemainingReport r) {
    remaining(List.of(r));
  }

  /**
   * What remains in one database or several. Sidekiq's queue is GitLab's one legacy queue (main's,
   * JobCoordinator's only database): its line is printed once, from the report that inspected it.
   * Several in JSON: {@code {"databases": [...], "total": N}}.
   */
  public void remaining(List<RemainingReport> reports) {
    PrintWriter out = output.out();
    long total = reports.stream().mapToLong(RemainingReport::total).sum();
    if (output.json()) {
      if (reports.size() == 1) {
        JsonNodes.print(out, json(reports.get(0)));
        return;
      }
      ObjectNode root = JsonNodes.object();
      ArrayNode dbs = root.putArray("databases");
      reports.forEach(r -> dbs.add(json(r)));
      root.put("total", total);
      JsonNodes.print(out, root);
      return;
    }
    RemainingReport withSidekiq = null;
    for (RemainingReport r : reports) {
      out.println("background_migration_jobs (database " + r.database() + "): " + r.trackedPending() + " pending"
          + (r.trackedByClass().isEmpty() ? "" : " " + r.trackedByClass()));
      if (withSidekiq == null && r.sidekiq() != null) {
        withSidekiq = r;
      }
    }
    if (withSidekiq == null) {
      out.println("Sidekiq: not inspected (no Redis configured: give --redis-url, set REDIS_URL, or point"
          + " --gitlab-config at GitLab's config directory)");
    } else {
      RemainingReport r = withSidekiq;
      out.println("Sidekiq (" + r.redis() + "): " + r.sidekiq().total() + " BackgroundMigrationWorker job(s): "
          + r.sidekiq().scheduled() + " scheduled, " + r.sidekiq().queuedTotal() + " queued"
          + (r.sidekiq().queued().isEmpty() ? "" : " " + r.sidekiq().queued()));
    }
    out.println("remaining: " + total + (withSidekiq == null ? " (PostgreSQL only)" : ""));
    out.flush();
  }

  private static ObjectNode json(RemainingReport r) {
    ObjectNode n = JsonNodes.object();
    n.put("database", r.database());
    n.put("total", r.total());
    ObjectNode pg = n.putObject("background_migration_jobs");
    pg.put("pending", r.trackedPending());
    ObjectNode classes = pg.putObject("by_class");
    r.trackedByClass().forEach(classes::put);
    if (r.sidekiq() == null) {
      n.putNull("sidekiq");
    } else {
      ObjectNode sk = n.putObject("sidekiq");
      sk.put("redis", r.redis());
      sk.put("scheduled", r.sidekiq().scheduled());
      ObjectNode queues = sk.putObject("queued");
      r.sidekiq().queued().forEach(queues::put);
      sk.put("total", r.sidekiq().total());
    }
    return n;
  }

  public void steal(StealResult r) {
    PrintWriter out = output.out();
    if (output.ndjson()) {
      new NdjsonEvents(out).result(r.dryRun() ? "dry_run" : r.failed() > 0 ? "failed" : "finished", r.className(),
          true, stealJson(r));
      return;
    }
    if (output.json()) {
      JsonNodes.print(out, stealJson(r));
      return;
    }
    if (r.dryRun()) {
      out.println("Would run " + r.ran().size() + " pending " + r.className() + " job(s):");
      r.ran().forEach(x -> out.println("  " + x.source() + " " + x.argumentsJson()));
      out.println("dry run: nothing was changed");
    } else {
      long ok = r.ran().size() - r.failed();
      out.println("Ran " + r.ran().size() + " pending " + r.className() + " job(s): " + ok + " succeeded"
          + (r.failed() > 0 ? ", " + r.failed() + " failed and stay pending" : "")
          + (r.skipped() > 0 ? ", " + r.skipped() + " taken by another process" : "") + ".");
    }
    out.flush();
  }

  private static ObjectNode stealJson(StealResult r) {
    ObjectNode n = JsonNodes.object();
    n.put("class", r.className());
    n.put("dry_run", r.dryRun());
    n.put("pending_found", r.pendingFound());
    n.put("skipped", r.skipped());
    n.put("failed", r.failed());
    ArrayNode jobs = n.putArray("jobs");
    for (StealResult.Ran ran : r.ran()) {
      ObjectNode j = jobs.addObject();
      j.put("source", ran.source());
      j.set("arguments", JsonNodes.raw(ran.argumentsJson()));
      j.put("succeeded", ran.succeeded());
      j.put("rows_updated", ran.rows());
      j.put("error", ran.error());
    }
    return n;
  }
}
