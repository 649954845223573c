package dev.bbm.engine;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** The one way the engine waits, so that every pause treats an interrupt alike: it ends the wait and stays set. */
final class Sleeper {
  /** How often a stoppable wait looks at its stop signal. */
  private static final long SLICE_MILLIS = 100;

  private Sleeper() {}

  /** Sleeps {@code d}; zero or less does not sleep. An interrupt ends the sleep and is kept for the caller. */
  static void sleep(Duration d) {
    sleepMillis(d.toMillis());
  }

  /** Sleeps {@code millis}; zero or less does not sleep. An interrupt ends the sleep and is kept for the caller. */
  static void sleepMillis(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Sleeps {@code d} in slices of at most 100 ms, ending early once {@code stop} says so.
   *
   * @return false when stopped or interrupted (the interrupt is kept), true when the whole wait passed
   */
  static boolean sleepUnless(Duration d, BooleanSupplier stop) {
    long end = System.nanoTime() + d.toMillis() * 1_000_000L;
    while (System.nanoTime() < end) {
      if (stop.getAsBoolean()) {
        return false;
      }
      try {
        Thread.sleep(Math.min(SLICE_MILLIS, Math.max(1, (end - System.nanoTime()) / 1_000_000L)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return !stop.getAsBoolean();
  }
}
