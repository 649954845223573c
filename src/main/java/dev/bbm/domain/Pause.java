package dev.bbm.domain;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** The one way bbm waits: a sleep that keeps the thread's interrupt flag instead of throwing. */
public final class Pause {
  /** How often a stoppable wait looks at its stop signal. */
  private static final long SLICE_MILLIS = 100;

  private Pause() {}

  /** Sleeps for {@code d}; an interrupt ends the sleep early and stays set for the caller to see. */
  public static void sleep(Duration d) {
    sleepMillis(d.toMillis());
  }

  /** Sleeps for {@code ms} milliseconds; nothing for zero or less. */
  public static void sleepMillis(long ms) {
    if (ms <= 0) {
      return;
    }
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Sleeps {@code d} in slices of at most 100 ms, ending early once {@code stop} says so.
   *
   * @return false when stopped or interrupted (the interrupt is kept), true when the whole wait passed
   */
  public static boolean sleepUnless(Duration d, BooleanSupplier stop) {
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
