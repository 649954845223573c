package dev.bbm.output;

import dev.bbm.domain.Durations;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The numbers a progress display shows: how much of the work is done (keys of the range for
 * finalize, jobs for steal), rows per second and the time left, measured from the start of this run.
 */
final class ProgressMeter {
  private final LongSupplier nanos;
  private final long startNanos;
  private final long doneAtStart;
  private long done;
  private long total;
  private long rows;
  private boolean rowsUnknown;
  private int jobs;
  private String reason;
  private boolean completed;

  ProgressMeter(long total, long done, LongSupplier nanos) {
    this.nanos = nanos;
    this.startNanos = nanos.getAsLong();
    this.total = total;
    this.done = done;
    this.doneAtStart = done;
  }

  /** A job finished: the work done so far and the rows it updated. Clears the holding-back reason. */
  void advance(long doneNow, long totalNow, long rowsAdded) {
    done = doneNow;
    total = totalNow;
    if (rowsAdded < 0) {
      rowsUnknown = true; // a job someone else ran (finalize --via-rake): GitLab does not record rows
    } else {
      rows += rowsAdded;
    }
    jobs++;
    reason = null;
  }

  /**
   * The migration is finished: all of it is done, even when the jobs covered less of the key range
   * (max_value above the last row), so the share is 100 % and no time is left.
   */
  void complete() {
    done = Math.max(done, total);
    completed = true;
    reason = null;
  }

  boolean completed() {
    return completed;
  }

  void holdBack(String why) {
    reason = why;
  }

  String reason() {
    return reason;
  }

  long done() {
    return done;
  }

  long total() {
    return total;
  }

  long rows() {
    return rows;
  }

  int jobs() {
    return jobs;
  }

  Duration elapsed() {
    return Duration.ofNanos(nanos.getAsLong() - startNanos);
  }

  /** Percentage done, or null when the total is unknown. */
  Double percent() {
    return total <= 0 ? null : Math.min(100.0, 100.0 * done / total);
  }

  double rowsPerSecond() {
    double s = elapsed().toNanos() / 1e9;
    return s <= 0 ? 0 : rows / s;
  }

  /** The time left at this run's pace so far, or null before anything moved. */
  Duration eta() {
    long moved = done - doneAtStart;
    if (completed || moved <= 0 || total <= 0) {
      return null;
    }
    double perUnit = (double) elapsed().toNanos() / moved;
    return Duration.ofNanos((long) (perUnit * Math.max(0, total - done)));
  }

  String percentText() {
    Double p = percent();
    return p == null ? "-" : String.format(Locale.ROOT, "%.1f%%", p);
  }

  /** Whether some job's rows were not known, so rows and rows/s mean nothing. */
  boolean rowsUnknown() {
    return rowsUnknown;
  }

  /** Keys per second of this run, the pace when rows are unknown. */
  double keysPerSecond() {
    double s = elapsed().toNanos() / 1e9;
    return s <= 0 ? 0 : (done - doneAtStart) / s;
  }

  String rateText() {
    if (rowsUnknown) {
      return String.format(Locale.ROOT, "%,.0f keys/s", keysPerSecond());
    }
    return String.format(Locale.ROOT, "%,.0f rows/s", rowsPerSecond());
  }

  String etaText() {
    if (completed) {
      return "done";
    }
    Duration eta = eta();
    return eta == null ? "ETA -" : "ETA " + Durations.format(eta);
  }
}
