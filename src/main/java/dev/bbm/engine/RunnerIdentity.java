package dev.bbm.engine;

import dev.bbm.domain.Json;
import dev.bbm.store.Sessions;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The bbm backend that runs a job, kept in the job's metrics while it runs, so that finalize and
 * status can tell a live runner from one that is gone. Its JSON form is written and read here only.
 * Read with bbm's own small JSON reader: status calls this too, and a Jackson ObjectMapper would
 * cost it about 30 ms of start-up.
 */
record RunnerIdentity(int pid, OffsetDateTime backendStart) {
  private static final String KEY = "bbm_runner";

  static RunnerIdentity of(Sessions.Identity session) {
    return new RunnerIdentity(session.pid(), session.backendStart());
  }

  /** The job metrics that name this runner. */
  String toMetricsJson() {
    return "{\"" + KEY + "\": {\"pid\": " + pid + ", \"backend_start\": \"" + backendStart + "\"}}";
  }

  /** The runner named in a job's metrics, or null when there is none (Sidekiq's jobs) or it is unreadable. */
  static RunnerIdentity parse(String metricsJson) {
    try {
      Object metrics = Json.parse("job metrics", metricsJson == null ? "{}" : metricsJson);
      if (!(metrics instanceof Map<?, ?> m) || !(m.get(KEY) instanceof Map<?, ?> r)) {
        return null;
      }
      if (!(r.get("pid") instanceof Number pid) || !(r.get("backend_start") instanceof String start)) {
        return null;
      }
      return new RunnerIdentity(pid.intValue(), OffsetDateTime.parse(start));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
