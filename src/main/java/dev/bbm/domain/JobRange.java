package dev.bbm.domain;

/** An inclusive range of batch-column values, the unit GitLab's jobs cover. */
public record JobRange(long min, long max) {
  public JobRange {
    if (max < min) {
      throw new IllegalArgumentException("range max " + max + " is below min " + min);
    }
  }

  /** GitLab's clamping (reference §4.2): no range above the migration's max, the end cut to it. */
  public static JobRange clamp(long nextMin, long nextMax, long migrationMax) {
    if (nextMin > migrationMax) {
      return null;
    }
    return new JobRange(nextMin, Math.max(nextMin, Math.min(nextMax, migrationMax)));
  }

  public long width() {
    return max - min + 1;
  }

  @Override
  public String toString() {
    return min + ".." + max;
  }
}
