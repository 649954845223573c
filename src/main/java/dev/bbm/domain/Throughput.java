package dev.bbm.domain;

/**
 * Recent speed of a migration: keys covered by its last succeeded jobs over the wall time they
 * spanned (pauses and Sidekiq's intervals included), the basis of bbm's ETA.
 */
public record Throughput(long keys, double seconds, int jobs) {
  public double keysPerSecond() {
    return seconds <= 0 ? 0 : keys / seconds;
  }
}
