package dev.bbm.engine;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits between two looks at the tables (wait, status --watch); answers true when asked to stop (Ctrl-C) instead. */
@FunctionalInterface
public interface Sleeper {
  /** How often a wait looks for a stop request. */
  long TICK_MILLIS = 100;

  boolean sleep(Duration duration);

  /** Sleeps in short ticks, looking for a stop request (Ctrl-C) at each; true when one came. */
  static Sleeper ticking(BooleanSupplier stopRequested) {
    return duration -> {
      long start = System.nanoTime();
      // elapsed time as a difference of nanoTime readings, and a duration past Long.MAX_VALUE ns (292 years,
      // a --interval of 999999999d reads) as that: a sum start + duration would overflow
      long total = duration.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : duration.toNanos();
      long elapsed;
      while ((elapsed = System.nanoTime() - start) < total) {
        if (stopRequested.getAsBoolean()) {
          return true;
        }
        try {
          Thread.sleep(Math.max(1, Math.min(TICK_MILLIS, (total - elapsed) / 1_000_000)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return true;
        }
      }
      return stopRequested.getAsBoolean();
    };
  }
}
