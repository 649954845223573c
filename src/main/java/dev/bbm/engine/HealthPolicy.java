package dev.bbm.engine;

import dev.bbm.domain.Durations;
import dev.bbm.store.HealthChecks;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns what the health checks saw into signals, as GitLab's indicators do (reference §10):
 * {@code STOP} holds the work back, {@code NORMAL} lets it go on, {@code NOT_AVAILABLE} (the
 * check cannot tell, or failed) lets it go on too. Pure: no database, no clock.
 */
final class HealthPolicy {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");

  private HealthPolicy() {}

  enum Kind { STOP, NORMAL, NOT_AVAILABLE }

  /** One indicator's verdict and why. */
  record Signal(String indicator, Kind kind, String reason) {
    boolean stop() {
      return kind == Kind.STOP;
    }
  }

  static final String AUTOVACUUM = "autovacuum";
  static final String WAL = "wal_archive";
  static final String REPLICA = "replica_lag";
  static final String TRANSACTION = "transaction_age";

  /** GitLab's AutovacuumActiveOnTable: any autovacuum on the table or its partitions stops the work. */
  static Signal autovacuum(List<HealthChecks.Autovacuum> seen) {
    if (seen.isEmpty()) {
      return new Signal(AUTOVACUUM, Kind.NORMAL, "no autovacuum running on any relevant tables");
    }
    String tables = seen.stream()
        .map(a -> "table " + a.table() + " (started: " + time(a.since()) + (a.wraparound()
            ? ", to prevent wraparound" : "") + ")")
        .collect(Collectors.joining(", "));
    return new Signal(AUTOVACUUM, Kind.STOP, "autovacuum running on: " + tables + " (--ignore-autovacuum)");
  }

  /** GitLab's WriteAheadLog indicator: more than {@code limit} segments waiting to be archived stops the work. */
  static Signal wal(Long pending, int limit) {
    if (pending == null) {
      return new Signal(WAL, Kind.NOT_AVAILABLE, "WAL archive queue can not be calculated");
    }
    if (pending > limit) {
      return new Signal(WAL, Kind.STOP, "WAL archive queue is too big: more than " + limit
          + " segments wait to be archived (--max-wal-backlog)");
    }
    return new Signal(WAL, Kind.NORMAL, "WAL archive queue is within limit");
  }

  /** A replica replaying further behind than {@code max} stops the work. */
  static Signal replica(Optional<HealthChecks.Replica> laggiest, Duration max) {
    if (laggiest.isEmpty() || laggiest.get().replayLag().compareTo(max) <= 0) {
      return new Signal(REPLICA, Kind.NORMAL, "replicas replay within " + Durations.format(max));
    }
    HealthChecks.Replica r = laggiest.get();
    String name = r.name() == null || r.name().isEmpty() ? "replica" : "replica " + r.name();
    return new Signal(REPLICA, Kind.STOP, name + (r.clientAddress() == null ? "" : " (" + r.clientAddress() + ")")
        + " replays more than " + Durations.format(max) + " behind (--max-replica-lag)");
  }

  /** A transaction open longer than {@code max} (it holds back vacuum on every table) stops the work. */
  static Signal transaction(Optional<HealthChecks.Transaction> oldest, Duration max) {
    if (oldest.isEmpty() || oldest.get().age().compareTo(max) <= 0) {
      return new Signal(TRANSACTION, Kind.NORMAL, "no transaction older than " + Durations.format(max));
    }
    HealthChecks.Transaction t = oldest.get();
    StringBuilder who = new StringBuilder("pid ").append(t.pid());
    if (t.applicationName() != null && !t.applicationName().isEmpty()) {
      who.append(", application ").append(t.applicationName());
    }
    if (t.user() != null) {
      who.append(", user ").append(t.user());
    }
    if (t.clientAddress() != null) {
      who.append(", client ").append(t.clientAddress());
    }
    return new Signal(TRANSACTION, Kind.STOP, "a transaction has been open since " + time(t.since()) + " ("
        + who + (t.state() == null ? "" : ", " + t.state()) + "), longer than " + Durations.format(max)
        + " (--max-xact-age)");
  }

  /** A check that failed (a permission, a function missing on this server) cannot tell: the work goes on. */
  static Signal failed(String indicator, String error) {
    return new Signal(indicator, Kind.NOT_AVAILABLE, "unexpected error: " + error);
  }

  /** The reasons of the signals that say stop, joined; empty when the work may go on. */
  static Optional<String> stopReason(List<Signal> signals) {
    String reasons = signals.stream().filter(Signal::stop).map(Signal::reason).collect(Collectors.joining("; "));
    return reasons.isEmpty() ? Optional.empty() : Optional.of(reasons);
  }

  private static String time(OffsetDateTime t) {
    return t == null ? "unknown" : t.withNano(0).format(CLOCK);
  }
}
