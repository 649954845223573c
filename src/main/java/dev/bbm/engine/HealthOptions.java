package dev.bbm.engine;

import dev.bbm.domain.Durations;
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

  // Each default once, as the text an operator would type (picocli's defaultValue needs constants).

  /** --max-wal-backlog. */
  public static final String DEFAULT_MAX_WAL_SEGMENTS_TEXT = "" + GITLAB_WAL_LIMIT;
  /** --max-replica-lag. */
  public static final String DEFAULT_MAX_REPLICA_LAG_TEXT = "30s";
  /** --max-xact-age. */
  public static final String DEFAULT_MAX_TRANSACTION_AGE_TEXT = "10m";

  public static final Duration DEFAULT_MAX_REPLICA_LAG =
      Durations.parse(DEFAULT_MAX_REPLICA_LAG_TEXT, "--max-replica-lag");
  public static final Duration DEFAULT_MAX_TRANSACTION_AGE =
      Durations.parse(DEFAULT_MAX_TRANSACTION_AGE_TEXT, "--max-xact-age");
  /** How long to wait before looking again once a check said stop. */
  public static final Duration DEFAULT_RECHECK = Duration.ofSeconds(2);

  public static HealthOptions defaults() {
    return new HealthOptions(true, true, GITLAB_WAL_LIMIT, DEFAULT_MAX_REPLICA_LAG, DEFAULT_MAX_TRANSACTION_AGE,
        DEFAULT_RECHECK);
  }

  public static HealthOptions off() {
    return new HealthOptions(false, false, 0, Duration.ZERO, Duration.ZERO, DEFAULT_RECHECK);
  }

  /** Whether any check is to run at all. */
  public boolean anyCheck() {
    return enabled && (autovacuum || maxWalSegments > 0 || !maxReplicaLag.isZero() || !maxTransactionAge.isZero());
  }
}
