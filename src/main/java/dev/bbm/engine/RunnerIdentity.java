package dev.bbm.engine;

import dev.bbm.domain.Json;
import dev.bbm.store.RunnerLocks;
import dev.bbm.store.Sessions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The bbm backend that runs a job, kept in the job's metrics while it runs, so that finalize and
 * status can tell a live runner from one that is gone. Its JSON form is written and read here only.
 * Read with bbm's own small JSON reader: status calls this too, and a Jackson ObjectMapper would
 * cost it about 30 ms of start-up.
 *
 * <p>A runner with {@code jobLock} holds the job's runner lock ({@link RunnerLocks}) while it runs
 * it, and is alive exactly while some session holds that lock: what every role can see. A runner
 * written by a bbm before those locks has no {@code job_lock} in the metrics and is judged by its
 * backend as before, where that backend's start time is visible (see
 * {@link RunnerLocks#legacyRunnerAlive}). The pid (and the start, when known) is for people.
 *
 * @param backendStart when the runner's backend started, or null when the metrics do not say
 */
record RunnerIdentity(int pid, OffsetDateTime backendStart, boolean jobLock) {
  private static final String KEY = "bbm_runner";

  /** This session as the runner of the jobs it claims, holding their runner locks. */
  static RunnerIdentity of(Sessions.Identity session) {
    return new RunnerIdentity(session.pid(), session.backendStart(), true);
  }

  /** The job metrics that name this runner. */
  String toMetricsJson() {
    return "{\"" + KEY + "\": {\"pid\": " + pid + (backendStart == null ? "" : ", \"backend_start\": \""
        + backendStart + "\"") + (jobLock ? ", \"job_lock\": true" : "") + "}}";
  }

  /** The runner named in a job's metrics, or null when there is none (Sidekiq's jobs) or it is unreadable. */
  static RunnerIdentity parse(String metricsJson) {
    try {
      Object metrics = Json.parse("job metrics", metricsJson == null ? "{}" : metricsJson);
      if (!(metrics instanceof Map<?, ?> m) || !(m.get(KEY) instanceof Map<?, ?> r)
          || !(r.get("pid") instanceof Number pid)) {
        return null;
      }
      OffsetDateTime start = r.get("backend_start") instanceof String s ? OffsetDateTime.parse(s) : null;
      boolean lock = Boolean.TRUE.equals(r.get("job_lock"));
      // the same cases as JobClaims.claimStaleRunning: a legacy runner without its start is no runner
      return lock || start != null ? new RunnerIdentity(pid.intValue(), start, lock) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Whether this runner may still run job {@code jobId}: its runner lock held by some session (or
   * pg_locks unreadable), or, for a legacy runner, its backend still there or not visibly another.
   */
  boolean alive(Connection c, long jobId) throws SQLException {
    return jobLock ? RunnerLocks.held(c, jobId) : RunnerLocks.legacyRunnerAlive(c, pid, backendStart);
  }
}
