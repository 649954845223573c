package dev.bbm.domain;

import java.time.OffsetDateTime;

/**
 * Recent speed of a migration: keys covered by its last succeeded jobs over the wall time they
 * spanned (pauses and Sidekiq's intervals included), the basis of bbm's ETA.
 *
 * @param lastFinishedAt when the latest of those jobs finished: a pace that old says nothing of now
 */
public record Throughput(long keys, double seconds, int jobs, OffsetDateTime lastFinishedAt) {
  public double keysPerSecond() {
    return seconds <= 0 ? 0 : keys / seconds;
  }
}
