package dev.bbm.engine;

import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.JobStatus;
import dev.bbm.domain.JobTransition;
import dev.bbm.domain.Json;
import dev.bbm.store.Database;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one migration's audit trail: every job with its duration, rows and transition-log
 * history, and who wrote each history row where that can be told.
 *
 * <p>Who: a row whose exception class is bbm's ({@code bbm.MarkedFinished}, {@code bbm::Interrupted})
 * is bbm's. Otherwise bbm writes the same rows as GitLab, so a row is bbm's only when it belongs to
 * the job's latest run and that run's metrics carry bbm's marker (GitLab's run! resets the
 * metrics, so the marker cannot outlive a Sidekiq run); every other row is "unknown".
 */
final class JobStories {
  private JobStories() {}

  static List<JobStory> read(Database db, long migrationId) throws SQLException {
    var history = db.stores().history();
    List<BatchedJob> jobs = history.jobs(db.session(), migrationId);
    Map<Long, List<JobTransition>> logs = new HashMap<>();
    for (JobTransition t : history.transitions(db.session(), migrationId, db.layout().hasTransitionLogs())) {
      logs.computeIfAbsent(t.jobId(), k -> new ArrayList<>()).add(t);
    }
    OffsetDateTime now = OffsetDateTime.now();
    List<JobStory> out = new ArrayList<>(jobs.size());
    for (BatchedJob j : jobs) {
      out.add(story(j, logs.getOrDefault(j.id(), List.of()), now));
    }
    return out;
  }

  static JobStory story(BatchedJob j, List<JobTransition> logs, OffsetDateTime now) {
    Map<?, ?> metrics = metrics(j.metricsJson());
    boolean bbmRun = BatchMetrics.RUNNER.equals(metrics.get(BatchMetrics.RUNNER_KEY))
        || (j.status() == JobStatus.RUNNING && RunnerIdentity.parse(j.metricsJson()) != null);
    int lastRunStart = -1;
    for (int i = 0; i < logs.size(); i++) {
      if (logs.get(i).next() == JobStatus.RUNNING.code()) {
        lastRunStart = i;
      }
    }
    List<JobStory.Entry> entries = new ArrayList<>(logs.size());
    for (int i = 0; i < logs.size(); i++) {
      JobTransition t = logs.get(i);
      boolean bbm = t.markedByBbm() || (bbmRun && lastRunStart >= 0 && i >= lastRunStart);
      entries.add(new JobStory.Entry(t, bbm ? JobStory.BBM : JobStory.UNKNOWN));
    }
    boolean running = j.status() == JobStatus.RUNNING && j.startedAt() != null;
    Double seconds = null;
    if (j.startedAt() != null && j.finishedAt() != null && j.status() != JobStatus.RUNNING) {
      seconds = Duration.between(j.startedAt(), j.finishedAt()).toMillis() / 1000.0;
    } else if (running) {
      seconds = Duration.between(j.startedAt(), now).toMillis() / 1000.0;
    }
    return new JobStory(j, seconds, running, rows(metrics), bbmRun ? JobStory.BBM : JobStory.UNKNOWN,
        List.copyOf(entries));
  }

  /** The sum of every label's affected_rows (GitLab's and bbm's shape), or null when there are none. */
  static Long rows(Map<?, ?> metrics) {
    if (!(metrics.get("affected_rows") instanceof Map<?, ?> byLabel) || byLabel.isEmpty()) {
      return null;
    }
    long sum = 0;
    for (Object counts : byLabel.values()) {
      if (!(counts instanceof List<?> list)) {
        return null;
      }
      for (Object n : list) {
        if (!(n instanceof Number number)) {
          return null;
        }
        sum += number.longValue();
      }
    }
    return sum;
  }

  private static Map<?, ?> metrics(String json) {
    try {
      return Json.parse("job metrics", json == null ? "{}" : json) instanceof Map<?, ?> m ? m : Map.of();
    } catch (RuntimeException e) {
      return Map.of();
    }
  }
}
