package dev.bbm.engine;

import java.time.Duration;

/**
 * The health checks finalize runs between jobs (SPEC §5.6) and their limits. A zero limit turns
 * that check off; {@code enabled} false turns them all off ({@code --no-throttle}).
 *
 * @param autovacuum stop while autovacuum works on the migration's table (GitLab's AutovacuumActiveOnTable)
 * @param maxWalSegments stop while more WAL segments than this wait to be archived (GitLab's 42)
 * @param maxReplicaLag stop while a replica replays further behind than this
 * @param maxTransactionAge stop while a transaction on the database is older than this
 * @param recheck how long to wait before looking again once a check said stop
 */
public record HealthOptions(boolean enabled, boolean autovacuum, int maxWalSegments, Duration maxReplicaLag,
    Duration maxTransactionAge, Duration recheck) {

  /** GitLab's WAL archive limit. */
  public static final int GITLAB_WAL_LIMIT = 42;

  public static HealthOptions defaults() {
    return new HealthOptions(true, true, GITLAB_WAL_LIMIT, Duration.ofSeconds(30), Duration.ofMinutes(10),
        Duration.ofSeconds(2));
  }

  public static HealthOptions off() {
    return new HealthOptions(false, false, 0, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(2));
  }

  /** Whether any check is to run at all. */
  public boolean anyCheck() {
    return enabled && (autovacuum || maxWalSegments > 0 || !maxReplicaLag.isZero() || !maxTransactionAge.isZero());
  }
}
