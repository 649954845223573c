package dev.bbm.engine;

import dev.bbm.domain.Pause;
import dev.bbm.store.HealthChecks;
import dev.bbm.store.SqlErrors;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Runs the health checks between jobs and holds the work back while one says stop: instead of
 * GitLab's silent 10-minute hold, finalize reports the reason ({@link ProgressListener#throttled})
 * and looks again every {@link HealthOptions#recheck()}. Shared by the workers of one finalize:
 * the checks run at most once a second whoever asks, and while one worker waits the others wait
 * behind it.
 */
final class HealthGate {
  private static final long FRESH_NANOS = 1_000_000_000L;

  private final HealthOptions options;
  private final String table;
  private final long migrationId;
  private final ProgressListener progress;
  private final BooleanSupplier stopRequested;
  private final Set<String> warned = new HashSet<>();
  private long clearAt = Long.MIN_VALUE;
  private boolean everClear;

  HealthGate(HealthOptions options, String table, long migrationId, ProgressListener progress,
      BooleanSupplier stopRequested) {
    this.options = options;
    this.table = table;
    this.migrationId = migrationId;
    this.progress = progress;
    this.stopRequested = stopRequested;
  }

  /**
   * Returns when the checks let the work go on (true), or when a stop was requested while
   * waiting (false). Runs the checks on {@code c}, outside any transaction.
   */
  synchronized boolean awaitClear(Connection c) throws SQLException {
    if (!options.anyCheck()) {
      return true;
    }
    while (true) {
      if (stopRequested.getAsBoolean()) {
        return false;
      }
      if (everClear && System.nanoTime() - clearAt < FRESH_NANOS) {
        return true;
      }
      Optional<String> stop = HealthPolicy.stopReason(check(c));
      if (stop.isEmpty()) {
        clearAt = System.nanoTime();
        everClear = true;
        return true;
      }
      everClear = false;
      progress.throttled(stop.get());
      if (!Pause.sleepUnless(options.recheck(), stopRequested)) {
        return false;
      }
    }
  }

  /** Every enabled check, each turned into a signal; a check that fails is reported once and ignored. */
  List<HealthPolicy.Signal> check(Connection c) throws SQLException {
    List<HealthPolicy.Signal> out = new ArrayList<>();
    if (options.autovacuum()) {
      out.add(run(HealthPolicy.AUTOVACUUM, () -> HealthPolicy.autovacuum(HealthChecks.autovacuum(c, table))));
    }
    if (options.maxWalSegments() > 0) {
      out.add(run(HealthPolicy.WAL, () -> HealthPolicy.wal(HealthChecks.walPendingSegments(c),
          options.maxWalSegments())));
    }
    if (!options.maxReplicaLag().isZero()) {
      out.add(run(HealthPolicy.REPLICA, () -> HealthPolicy.replica(HealthChecks.laggiestReplica(c),
          options.maxReplicaLag())));
    }
    if (!options.maxTransactionAge().isZero()) {
      out.add(run(HealthPolicy.TRANSACTION, () -> HealthPolicy.transaction(
          HealthChecks.oldestTransaction(c, migrationId), options.maxTransactionAge())));
    }
    return out;
  }

  private interface Check {
    HealthPolicy.Signal run() throws SQLException;
  }

  private HealthPolicy.Signal run(String indicator, Check check) throws SQLException {
    try {
      return check.run();
    } catch (SQLException e) {
      if (SqlErrors.isConnectionLost(e)) {
        throw e;
      }
      HealthPolicy.Signal s = HealthPolicy.failed(indicator, SqlErrors.firstLine(e.getMessage()));
      if (warned.add(indicator)) {
        progress.warning("health check " + indicator + " is not available (" + s.reason() + "); finalize goes on"
            + " without it");
      }
      return s;
    }
  }
}
