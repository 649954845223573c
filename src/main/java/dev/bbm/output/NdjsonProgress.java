package dev.bbm.output;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.engine.ProgressListener;
import java.time.Duration;

/**
 * Progress as NDJSON events on stdout: {@code started}, {@code job_finished}, {@code completed},
 * {@code throttled}, {@code waiting}, {@code note} and {@code warning}; the renderer writes the last
 * line. Warnings also go to stderr, for the person watching.
 */
final class NdjsonProgress implements ProgressListener {
  private final Output output;
  private final NdjsonEvents events;
  private String migration;
  private long totalKeys;

  NdjsonProgress(Output output, NdjsonEvents events) {
    this.output = output;
    this.events = events;
  }

  /** The migration (or, for steal, the job class) the current run is about; null before one starts. */
  String migration() {
    return migration;
  }

  @Override
  public void started(BatchedMigration m, long totalKeys, long coveredKeys) {
    migration = m.displayId();
    this.totalKeys = totalKeys;
    events.emit("started", migration, true, n -> {
      JsonNodes.putMigration(n, m);
      n.put("min_value", m.minValue());
      n.put("max_value", m.maxValue());
      n.put("total_keys", totalKeys);
      n.put("covered_keys", coveredKeys);
      n.put("progress", percent(coveredKeys, totalKeys));
    });
  }

  @Override
  public void jobFinished(BatchedJob job, boolean succeeded, long rows, Duration took, String error,
      long coveredKeys, long totalKeys) {
    this.totalKeys = totalKeys;
    events.emit("job_finished", migration, true, n -> {
      n.put("job_id", job.id());
      n.put("succeeded", succeeded);
      JsonNodes.putRange(n, job);
      n.put("attempts", job.attempts());
      n.put("rows", rows < 0 ? null : rows);
      n.put("seconds", JsonNodes.seconds(took));
      n.put("error", error);
      n.put("covered_keys", coveredKeys);
      n.put("total_keys", totalKeys);
      n.put("progress", percent(coveredKeys, totalKeys));
    });
  }

  @Override
  public void legacyStarted(String className, int jobs) {
    migration = className;
    events.emit("started", migration, true, n -> {
      n.put("class", className);
      n.put("jobs", jobs);
    });
  }

  @Override
  public void legacyJobFinished(String source, String argumentsJson, boolean succeeded, long rows, Duration took,
      String error, int done, int total) {
    events.emit("job_finished", migration, true, n -> {
      n.put("source", source);
      n.set("arguments", JsonNodes.raw(argumentsJson));
      n.put("succeeded", succeeded);
      n.put("rows", rows);
      n.put("seconds", JsonNodes.seconds(took));
      n.put("error", error);
      n.put("done", done);
      n.put("total", total);
      n.put("progress", percent(done, total));
    });
  }

  @Override
  public void throttled(String reason) {
    events.emit("throttled", migration, true, n -> n.put("reason", reason));
  }

  @Override
  public void waiting(String reason) {
    events.emit("waiting", migration, true, n -> n.put("reason", reason));
  }

  @Override
  public void note(String sentence) {
    events.emit("note", migration, true, n -> n.put("message", sentence));
  }

  @Override
  public void warning(String sentence) {
    output.warning(sentence);
    events.emit("warning", migration, true, n -> n.put("message", sentence));
  }

  /** The finished migration's last word on progress: 100 %, whatever share of the range the jobs covered. */
  @Override
  public void completed() {
    long total = totalKeys;
    events.emit("completed", migration, true, n -> {
      n.put("total_keys", total);
      n.put("progress", percent(total, total));
    });
  }

  private static Double percent(long done, long total) {
    return total <= 0 ? null : Math.round(Math.min(100.0, 100.0 * done / total) * 10) / 10.0;
  }
}
