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

  /** The keys in the range, at most Long.MAX_VALUE (a range of the whole bigint line has one more). */
  public long width() {
    return keys(min, max);
  }

  /**
   * The keys from {@code min} to {@code max} inclusive, 0 when {@code max} lies below {@code min},
   * saturating at Long.MAX_VALUE rather than overflowing (ids up to 2^63 - 1 are valid bigints).
   */
  public static long keys(long min, long max) {
    if (max < min) {
      return 0;
    }
    long d = max - min;
    return d < 0 || d == Long.MAX_VALUE ? Long.MAX_VALUE : d + 1;
  }

  @Override
  public String toString() {
    return min + ".." + max;
  }
}
