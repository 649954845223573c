package dev.bbm.sidekiq;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many jobs of a worker class are still to run, per Redis source; exists so that
 * {@code bbm remaining} can name each source as GitLab's {@code remaining} sums them.
 *
 * @param scheduled jobs in the {@code schedule} sorted set
 * @param queued    jobs per queue name, only the queues that hold some, sorted by name
 */
public record RemainingCount(long scheduled, Map<String, Long> queued) {

  public RemainingCount {
    queued = Collections.unmodifiableMap(new TreeMap<>(queued));
  }

  /** All jobs in queues. */
  public long queuedTotal() {
    return queued.values().stream().mapToLong(Long::longValue).sum();
  }

  /** What GitLab's {@code Gitlab::BackgroundMigration.remaining} returns: queued plus scheduled. */
  public long total() {
    return scheduled + queuedTotal();
  }
}
