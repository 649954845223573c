package dev.bbm.engine;

import java.util.Locale;

/**
 * A job's metrics as GitLab's BatchMetrics serializes them:
 * {"timings": {"update_all": [seconds...]}, "affected_rows": {"update_all": [n...]}}.
 */
final class BatchMetrics {
  private final StringBuilder timings = new StringBuilder();
  private final StringBuilder rows = new StringBuilder();
  private long totalRows;

  void add(double seconds, long affectedRows) {
    if (timings.length() > 0) {
      timings.append(',');
      rows.append(',');
    }
    timings.append(String.format(Locale.ROOT, "%.6f", seconds));
    rows.append(affectedRows);
    totalRows += affectedRows;
  }

  long totalRows() {
    return totalRows;
  }

  String toJson() {
    if (timings.length() == 0) {
      return "{}";
    }
    return "{\"timings\": {\"update_all\": [" + timings + "]}, \"affected_rows\": {\"update_all\": [" + rows + "]}}";
  }
}
