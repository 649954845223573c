package dev.bbm.engine;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import java.time.Duration;

/** A listener that parallel workers may call at once: one call at a time reaches the renderer. */
final class SynchronizedProgress implements ProgressListener {
  private final ProgressListener inner;

  SynchronizedProgress(ProgressListener inner) {
    this.inner = inner;
  }

  static ProgressListener of(ProgressListener p) {
    return p instanceof SynchronizedProgress ? p : new SynchronizedProgress(p);
  }

  @Override
  public synchronized void started(BatchedMigration migration, long totalKeys, long coveredKeys) {
    inner.started(migration, totalKeys, coveredKeys);
  }

  @Override
  public synchronized void jobFinished(BatchedJob job, boolean succeeded, long rows, Duration took, String error,
      long coveredKeys, long totalKeys) {
    inner.jobFinished(job, succeeded, rows, took, error, coveredKeys, totalKeys);
  }

  @Override
  public synchronized void legacyStarted(String className, int jobs) {
    inner.legacyStarted(className, jobs);
  }

  @Override
  public synchronized void legacyJobFinished(String source, String argumentsJson, boolean succeeded, long rows,
      Duration took, String error, int done, int total) {
    inner.legacyJobFinished(source, argumentsJson, succeeded, rows, took, error, done, total);
  }

  @Override
  public synchronized void throttled(String reason) {
    inner.throttled(reason);
  }

  @Override
  public synchronized void waiting(String reason) {
    inner.waiting(reason);
  }

  @Override
  public synchronized void note(String sentence) {
    inner.note(sentence);
  }

  @Override
  public synchronized void warning(String sentence) {
    inner.warning(sentence);
  }

  @Override
  public synchronized void completed() {
    inner.completed();
  }

  @Override
  public synchronized void ended() {
    inner.ended();
  }
}
