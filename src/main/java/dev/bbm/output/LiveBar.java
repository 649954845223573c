package dev.bbm.output;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.engine.ProgressListener;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.function.IntSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on a terminal: a live bar (me.tongfei:progressbar) with the share of the key range (or
 * of the jobs, for steal) done, the elapsed time and ETA, rows per second and the current throttle
 * or waiting reason. Notes, warnings and failed jobs are printed above the bar.
 */
final class LiveBar implements ProgressListener {
  private static final int REFRESH_MS = 250;

  private final Output output;
  private final ProgressStyle style;
  private final IntSupplier width;
  private BarLine line;
  private ProgressBar bar;
  private ProgressMeter meter;
  private String shownReason;

  private final String verb;

  LiveBar(Output output, ProgressStyle style, IntSupplier width) {
    this(output, style, width, ProgressLines.FINALIZING);
  }

  /** @param verb the first word of the line a migration starts with ({@code finalizing}, {@code waiting for}) */
  LiveBar(Output output, ProgressStyle style, IntSupplier width, String verb) {
    this.verb = verb;
    this.output = output;
    this.style = style;
    this.width = width;
  }

  @Override
  public void started(BatchedMigration m, long totalKeys, long coveredKeys) {
    note(ProgressLines.header(verb, m, totalKeys, coveredKeys));
    open(m.displayId(), totalKeys, coveredKeys, " keys");
  }

  @Override
  public void legacyStarted(String className, int jobs) {
    note(ProgressLines.legacyHeader(className, jobs));
    open(className, jobs, 0, " jobs");
  }

  private void open(String label, long total, long done, String unit) {
    close();
    meter = new ProgressMeter(total, done, System::nanoTime);
    line = new BarLine(output.err(), width);
    bar = new ProgressBarBuilder()
        .setTaskName(label)
        .setInitialMax(Math.max(total, 0))
        .startsFrom(Math.max(done, 0), Duration.ZERO)
        .setUnit(unit, 1)
        .setStyle(style())
        .setUpdateIntervalMillis(REFRESH_MS)
        .continuousUpdate()
        .setSpeedUnit(ChronoUnit.SECONDS)
        .setConsumer(line)
        .build();
    bar.setExtraMessage(extra());
  }

  private ProgressBarStyle style() {
    if (!style.unicode()) {
      return ProgressBarStyle.ASCII;
    }
    return output.color() ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.UNICODE_BLOCK;
  }

  /** Rows per second and, while there is one, why the work holds back. */
  private String extra() {
    String reason = meter.completed() ? "done" : meter.reason();
    return meter.rateText() + (reason == null ? "" : " | " + reason);
  }

  @Override
  public void jobFinished(BatchedJob job, boolean succeeded, long rows, Duration took, String error,
      long coveredKeys, long totalKeys) {
    if (!succeeded) {
      warning(ProgressLines.jobFailed(job, took, error));
    }
    advance(coveredKeys, totalKeys, rows);
  }

  @Override
  public void legacyJobFinished(String source, String argumentsJson, boolean succeeded, long rows, Duration took,
      String error, int done, int total) {
    if (!succeeded) {
      warning(ProgressLines.legacyJobFailed(source, argumentsJson, error));
    }
    advance(done, total, rows);
  }

  private void advance(long done, long total, long rows) {
    if (bar == null) {
      return;
    }
    meter.advance(done, total, rows);
    shownReason = null;
    bar.maxHint(Math.max(total, 0));
    bar.stepTo(done);
    bar.setExtraMessage(extra());
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
    if (!reason.equals(shownReason)) {
      shownReason = reason;
      note(reason);
    }
    if (bar != null) {
      meter.holdBack(reason);
      bar.setExtraMessage(extra());
    }
  }

  @Override
  public void note(String sentence) {
    if (line != null && !output.quiet()) {
      line.above(sentence);
    } else {
      output.note(sentence);
    }
  }

  @Override
  public void warning(String sentence) {
    if (line != null) {
      line.above(output.paint("warning:", "33") + " " + sentence);
    } else {
      output.warning(sentence);
    }
  }

  /** The bar ends full, marked done, whatever share of the key range the jobs covered. */
  @Override
  public void completed() {
    if (bar != null) {
      meter.complete();
      bar.maxHint(Math.max(meter.total(), 0));
      bar.stepTo(meter.done());
      bar.setExtraMessage(extra());
    }
  }

  @Override
  public void ended() {
    close();
  }

  private void close() {
    if (bar != null) {
      bar.setExtraMessage(extra());
      bar.close();
      bar = null;
    }
    if (line != null) {
      line.close();
      line = null;
    }
  }
}
