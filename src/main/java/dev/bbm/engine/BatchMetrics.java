package dev.bbm.engine;

import java.util.Locale;

/**
 * A job's metrics as GitLab's BatchMetrics serializes them:
 * {"timings": {"update_all": [seconds...]}, "affected_rows": {"update_all": [n...]}}, one entry
 * per sub-batch. Bounded: past {@link #MAX_ENTRIES} sub-batches, neighbouring entries are merged
 * in pairs (their seconds and rows added up) and each entry then stands for twice as many
 * sub-batches, so memory stays flat however many sub-batches a job has and the totals stay exact.
 * bbm adds {@code "runner": "bbm"} ({@link #RUNNER_KEY}): GitLab's run! resets the metrics, so the
 * key says the job's latest run was bbm's (what {@code status --jobs} reports as who ran it).
 */
final class BatchMetrics {
  static final int MAX_ENTRIES = 1024;
  /** The key, and its value, bbm adds to the metrics it writes when a job ends. */
  static final String RUNNER_KEY = "runner";
  static final String RUNNER = "bbm";
  private static final String MARKER = "\"" + RUNNER_KEY + "\": \"" + RUNNER + "\"";

  private final double[] seconds = new double[MAX_ENTRIES];
  private final long[] rows = new long[MAX_ENTRIES];
  private int entries;
  /** Sub-batches per entry: 1 until the first merge, then 2, 4, ... */
  private int stride = 1;
  /** Sub-batches already in the last entry. */
  private int inLast;
  private long totalRows;
  private long subBatches;

  void add(double secs, long affectedRows) {
    totalRows += affectedRows;
    subBatches++;
    if (entries > 0 && inLast < stride) {
      seconds[entries - 1] += secs;
      rows[entries - 1] += affectedRows;
      inLast++;
      return;
    }
    if (entries == MAX_ENTRIES) {
      for (int i = 0; i < MAX_ENTRIES / 2; i++) {
        seconds[i] = seconds[2 * i] + seconds[2 * i + 1];
        rows[i] = rows[2 * i] + rows[2 * i + 1];
      }
      entries = MAX_ENTRIES / 2;
      stride *= 2;
    }
    seconds[entries] = secs;
    rows[entries] = affectedRows;
    entries++;
    inLast = 1;
  }

  long totalRows() {
    return totalRows;
  }

  long subBatches() {
    return subBatches;
  }

  int entries() {
    return entries;
  }

  String toJson() {
    if (entries == 0) {
      return "{" + MARKER + "}";
    }
    StringBuilder t = new StringBuilder();
    StringBuilder r = new StringBuilder();
    for (int i = 0; i < entries; i++) {
      if (i > 0) {
        t.append(',');
        r.append(',');
      }
      t.append(String.format(Locale.ROOT, "%.6f", seconds[i]));
      r.append(rows[i]);
    }
    return "{\"timings\": {\"update_all\": [" + t + "]}, \"affected_rows\": {\"update_all\": [" + r + "]}, "
        + MARKER + "}";
  }
}
