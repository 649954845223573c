package dev.bbm.domain;

import java.time.Duration;

/** The one way bbm waits: a sleep that keeps the thread's interrupt flag instead of throwing. */
public final class Pause {
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
}
