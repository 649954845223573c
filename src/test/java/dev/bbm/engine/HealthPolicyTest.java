package dev.bbm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.store.HealthChecks;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The health checks' decisions (GitLab's indicators, reference §10), from made-up observations. */
class HealthPolicyTest {
  private static final OffsetDateTime NOON = OffsetDateTime.of(2025, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void autovacuumOnTheTableStopsWithGitlabsReason() {
    assertEquals(HealthPolicy.Kind.NORMAL, HealthPolicy.autovacuum(List.of()).kind());
    HealthPolicy.Signal s = HealthPolicy.autovacuum(List.of(new HealthChecks.Autovacuum("public.events", NOON, false),
        new HealthChecks.Autovacuum("gitlab_partitions_dynamic.events_01", NOON, true)));
    assertTrue(s.stop());
    assertEquals("autovacuum running on: table public.events (started: 2025-03-01 12:00:00+00:00), table"
        + " gitlab_partitions_dynamic.events_01 (started: 2025-03-01 12:00:00+00:00, to prevent wraparound)"
        + " (--ignore-autovacuum)", s.reason());
  }

  @Test
  void walArchiveBacklogOverTheLimitStopsAndNullIsNotAvailable() {
    assertEquals(HealthPolicy.Kind.NOT_AVAILABLE, HealthPolicy.wal(null, 42).kind());
    assertEquals("WAL archive queue can not be calculated", HealthPolicy.wal(null, 42).reason());
    assertEquals(HealthPolicy.Kind.NORMAL, HealthPolicy.wal(42L, 42).kind());
    HealthPolicy.Signal stop = HealthPolicy.wal(43L, 42);
    assertTrue(stop.stop());
    assertTrue(stop.reason().startsWith("WAL archive queue is too big"), stop.reason());
  }

  @Test
  void replicaLagOverTheLimitStops() {
    Duration max = Duration.ofSeconds(30);
    assertFalse(HealthPolicy.replica(Optional.empty(), max).stop());
    assertFalse(HealthPolicy.replica(Optional.of(new HealthChecks.Replica("r1", "10.0.0.2", Duration.ofSeconds(30))),
        max).stop());
    HealthPolicy.Signal s = HealthPolicy.replica(Optional.of(new HealthChecks.Replica("r1", "10.0.0.2",
        Duration.ofSeconds(31))), max);
    assertTrue(s.stop());
    assertEquals("replica r1 (10.0.0.2) replays more than 30s behind (--max-replica-lag)", s.reason());
  }

  @Test
  void anOldTransactionStopsAndNamesItsSession() {
    Duration max = Duration.ofMinutes(10);
    HealthChecks.Transaction young = new HealthChecks.Transaction(42, "psql", "bob", null, "idle in transaction",
        NOON, Duration.ofMinutes(9));
    assertFalse(HealthPolicy.transaction(Optional.of(young), max).stop());
    HealthChecks.Transaction old = new HealthChecks.Transaction(42, "psql", "bob", "10.1.1.1", "idle in transaction",
        NOON, Duration.ofMinutes(11));
    HealthPolicy.Signal s = HealthPolicy.transaction(Optional.of(old), max);
    assertTrue(s.stop());
    assertEquals("a transaction has been open since 2025-03-01 12:00:00+00:00 (pid 42, application psql, user bob,"
        + " client 10.1.1.1, idle in transaction), longer than 10m (--max-xact-age)", s.reason());
  }

  @Test
  void onlyStopsHoldTheWorkBackAndAllTheirReasonsAreTold() {
    HealthPolicy.Signal failed = HealthPolicy.failed(HealthPolicy.WAL, "permission denied for function");
    assertEquals(HealthPolicy.Kind.NOT_AVAILABLE, failed.kind());
    assertTrue(HealthPolicy.stopReason(List.of(failed, HealthPolicy.wal(1L, 42))).isEmpty());
    Optional<String> both = HealthPolicy.stopReason(List.of(HealthPolicy.wal(100L, 42), failed,
        HealthPolicy.replica(Optional.of(new HealthChecks.Replica("", null, Duration.ofMinutes(5))),
            Duration.ofSeconds(30))));
    assertTrue(both.isPresent());
    assertTrue(both.get().contains("WAL archive queue is too big") && both.get().contains("; replica replays more"),
        both.get());
  }

  @Test
  void zeroLimitsAndNoThrottleRunNoCheck() {
    assertFalse(HealthOptions.off().anyCheck());
    assertTrue(HealthOptions.defaults().anyCheck());
    assertFalse(new HealthOptions(true, false, 0, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1)).anyCheck());
    assertTrue(new HealthOptions(true, false, 0, Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1))
        .anyCheck());
  }
}
