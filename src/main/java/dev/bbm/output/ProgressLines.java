package dev.bbm.output;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.engine.ProgressListener;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress where no bar can be drawn (stderr is a file, a pipe, a CI log): a plain line after a job
 * when at least {@code interval} has passed since the last one, and always a last line when the run
 * ends. Failed jobs, notes and warnings are printed as they come.
 */
final class ProgressLines implements ProgressListener {
  /** What finalize does to a migration, the first word of its first line. */
  static final String FINALIZING = "finalizing";
  private final Output output;
  private final long intervalNanos;
  private final LongSupplier nanos;
  private ProgressMeter meter;
  private String label;
  private String unit;
  private long lastLine;
  private boolean unprinted;
  private String shownReason;
  private final String verb;

  ProgressLines(Output output, Duration interval, LongSupplier nanos) {
    this(output, interval, nanos, FINALIZING);
  }

  /** @param verb the first word of the line a migration starts with ({@code finalizing}, {@code waiting for}) */
  ProgressLines(Output output, Duration interval, LongSupplier nanos, String verb) {
    this.verb = verb;
    this.output = output;
    this.intervalNanos = interval.toNanos();
    this.nanos = nanos;
  }

  static String header(String verb, BatchedMigration m, long totalKeys, long coveredKeys) {
    String range = m.cursorBased() ? "by cursor" : m.columnName() + " " + m.minValue() + ".." + m.maxValue();
    return verb + " " + m.displayId() + " (" + m.configurationText() + "): " + range + ", "
        + pct(coveredKeys, totalKeys) + " done";
  }

  static String legacyHeader(String className, int jobs) {
    return "running " + jobs + " pending " + className + " job(s)";
  }

  static String jobFailed(BatchedJob job, Duration took, String error) {
    return "job " + job.id() + " " + job.rangeText() + ": failed (attempt " + job.attempts() + " of 3) after "
        + String.format(Locale.ROOT, "%.2fs", took.toNanos() / 1e9) + ": " + error;
  }

  static String legacyJobFailed(String source, String argumentsJson, String error) {
    return "job " + source + " " + argumentsJson + " failed and stays pending: " + error;
  }

  private static String pct(long covered, long total) {
    return total <= 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * covered / total);
  }

  @Override
  public void started(BatchedMigration m, long totalKeys, long coveredKeys) {
    output.note(header(verb, m, totalKeys, coveredKeys));
    begin(m.displayId(), totalKeys, coveredKeys, "keys");
  }

  @Override
  public void legacyStarted(String className, int jobs) {
    output.note(legacyHeader(className, jobs));
    begin(className, jobs, 0, "jobs");
  }

  private void begin(String what, long total, long done, String unitName) {
    meter = new ProgressMeter(total, done, nanos);
    label = what;
    unit = unitName;
    lastLine = nanos.getAsLong();
    unprinted = false;
  }

  @Override
  public void jobFinished(BatchedJob job, boolean succeeded, long rows, Duration took, String error,
      long coveredKeys, long totalKeys) {
    if (!succeeded) {
      output.warning(jobFailed(job, took, error));
    }
    advance(coveredKeys, totalKeys, rows);
  }

  @Override
  public void legacyJobFinished(String source, String argumentsJson, boolean succeeded, long rows, Duration took,
      String error, int done, int total) {
    if (!succeeded) {
      output.warning(legacyJobFailed(source, argumentsJson, error));
    }
    advance(done, total, rows);
  }

  private void advance(long done, long total, long rows) {
    if (meter == null) {
      return;
    }
    meter.advance(done, total, rows);
    shownReason = null;
    if (nanos.getAsLong() - lastLine >= intervalNanos) {
      line();
    } else {
      unprinted = true;
    }
  }

  /** {@code main_85: 45.2% (45000/100000 keys), 12 jobs, 45,000 rows, 1,234 rows/s, ETA 34s} */
  String line() {
    String text = label + ": " + meter.percentText() + " (" + meter.done() + "/" + meter.total() + " " + unit + "), "
        + meter.jobs() + " job(s), " + (meter.rowsUnknown() ? "" : String.format(Locale.ROOT, "%,d", meter.rows())
        + " rows, ")
        + meter.rateText() + ", " + meter.etaText() + (meter.reason() == null ? "" : ", " + meter.reason());
    output.note(text);
    lastLine = nanos.getAsLong();
    unprinted = false;
    return text;
  }

  @Override
  public void throttled(String reason) {
    holdBack("throttled: " + reason);
  }

  @Override
  public void waiting(String reason) {
    holdBack("waiting: " + reason);
  }

  private void holdBack(String reason) {
    if (meter != null) {
      meter.holdBack(reason);
    }
    if (!reason.equals(shownReason)) {
      shownReason = reason;
      output.note((label == null ? "" : label + ": ") + reason);
    }
  }

  @Override
  public void note(String sentence) {
    output.note(sentence);
  }

  @Override
  public void warning(String sentence) {
    output.warning(sentence);
  }

  /** The last line says 100 % and done: the share the jobs covered no longer matters. */
  @Override
  public void completed() {
    if (meter != null) {
      meter.complete();
      unprinted = true;
    }
  }

  @Override
  public void ended() {
    if (meter != null && (unprinted || meter.jobs() == 0)) {
      line();
    }
    meter = null;
  }
}
