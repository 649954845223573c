package dev.bbm.engine;

import dev.bbm.sidekiq.RemainingCount;
import java.util.Map;

/**
 * Legacy background migrations still to run, by source: tracked rows in PostgreSQL, and
 * Sidekiq's queues and scheduled set when Redis was inspected.
 *
 * @param sidekiq null when Redis was not configured, so the queue was not inspected
 * @param redis where the Sidekiq counts came from, without a password
 */
public record RemainingReport(String database, long trackedPending, Map<String, Long> trackedByClass,
    RemainingCount sidekiq, String redis) {

  public long total() {
    return trackedPending + (sidekiq == null ? 0 : sidekiq.total());
  }
}
