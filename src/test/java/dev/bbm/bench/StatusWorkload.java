package dev.bbm.bench;

import static dev.bbm.domain.ExitCode.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code bbm status} against {@code psql -c} running the same list query, on a database holding 100
 * migrations (half of them unfinished: active, paused, failed, finalizing) with 20 jobs each.
 */
final class StatusWorkload {
  static final int MIGRATIONS = 100;
  static final int JOBS = 20;

  /**
   * What {@code bbm status} shows, as one query: the unfinished migrations with their job counts and
   * progress (bbm also reads the pace of recent jobs and the running jobs, in the same session).
   */
  static final String PSQL_QUERY = "SELECT m.id, m.job_class_name, m.table_name, m.column_name, m.job_arguments,"
      + " m.status, m.min_value, m.max_value, m.batch_size, m.sub_batch_size, m.total_tuple_count, m.updated_at,"
      + " count(j.id) FILTER (WHERE j.status = 0) AS pending, count(j.id) FILTER (WHERE j.status = 1) AS running,"
      + " count(j.id) FILTER (WHERE j.status = 2) AS failed, count(j.id) FILTER (WHERE j.status = 3) AS succeeded,"
      + " coalesce(sum(j.max_value - j.min_value + 1) FILTER (WHERE j.status = 3), 0) AS done_keys"
      + " FROM batched_background_migrations m"
      + " LEFT JOIN batched_background_migration_jobs j ON j.batched_background_migration_id = m.id"
      + " WHERE m.status NOT IN (3, 6) GROUP BY m.id ORDER BY m.id";

  private final Bench bench;
  private final String psql;
  double psqlMedian = -1;
  double bbmMedian = -1;

  StatusWorkload(Bench bench) {
    this.bench = bench;
    this.psql = findPsql();
  }

  /** psql from PATH, else from Debian's PostgreSQL packages; null when there is none. */
  static String findPsql() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "psql"))) {
        return Path.of(dir, "psql").toString();
      }
    }
    try (var dirs = Files.list(Path.of("/usr/lib/postgresql"))) {
      return dirs.map(d -> d.resolve("bin/psql")).filter(Files::isExecutable).map(Path::toString).findFirst()
          .orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  String databaseUrl() {
    return bench.url("bench_status");
  }

  void prepare() throws SQLException {
    Bench.progress("status: 100 migrations with " + JOBS + " jobs each in database bench_status");
    try (Connection c = bench.connect("bench_status"); Statement s = c.createStatement()) {
      // i % 10: 0-3 finished, 4 finalized, 5-6 active, 7 paused, 8 failed, 9 finalizing
      s.execute("INSERT INTO batched_background_migrations (created_at, updated_at, min_value, max_value, batch_size,"
          + " sub_batch_size, \"interval\", status, job_class_name, table_name, column_name, job_arguments, pause_ms,"
          + " gitlab_schema, total_tuple_count, started_at, finished_at)"
          + " SELECT now() - (200 - i) * interval '1 day', now() - (100 - i) * interval '1 hour', 1, 20 * 10000,"
          + " 10000, 1000, 120,"
          + " (ARRAY[3, 3, 3, 3, 6, 1, 1, 0, 4, 5])[1 + i % 10], '" + "CopyColumnUsingBackgroundMigrationJob',"
          + " 'table_' || i, 'id', '[[\"id\"], [\"id_convert_to_bigint\"]]', 100, 'gitlab_main', 20 * 10000,"
          + " now() - (200 - i) * interval '1 day', CASE WHEN i % 10 IN (0, 1, 2, 3, 4) THEN now() END"
          + " FROM generate_series(1, " + MIGRATIONS + ") i");
      // jobs: all succeeded for finished ones; the others part-way, with a running or failed tail
      s.execute("INSERT INTO batched_background_migration_jobs (created_at, updated_at, started_at, finished_at,"
          + " batched_background_migration_id, min_value, max_value, batch_size, sub_batch_size, status, attempts,"
          + " metrics, pause_ms)"
          + " SELECT now() - (" + JOBS + " - k) * interval '2 minutes', now() - (" + JOBS + " - k) * interval '1 minute',"
          + " now() - (" + JOBS + " - k) * interval '2 minutes', CASE WHEN st IN (2, 3) THEN now() - (" + JOBS
          + " - k) * interval '1 minute' END, m.id, (k - 1) * 10000 + 1, k * 10000, 10000, 1000, st,"
          + " CASE WHEN st = 2 THEN 3 ELSE 1 END, '{\"timings\": {\"update_all\": [0.1, 0.1]}}', 100"
          + " FROM batched_background_migrations m CROSS JOIN generate_series(1, " + JOBS + ") k"
          + " CROSS JOIN LATERAL (SELECT CASE"
          + "   WHEN m.status IN (3, 6) THEN 3"
          + "   WHEN m.status = 4 AND k > " + (JOBS - 2) + " THEN 2"
          + "   WHEN m.status IN (1, 5) AND k = " + (JOBS - 4) + " THEN 1"
          + "   WHEN m.status IN (0, 1, 5) AND k > " + (JOBS - 4) + " THEN 0"
          + "   ELSE 3 END AS st) s");
      s.execute("INSERT INTO batched_background_migration_job_transition_logs (batched_background_migration_job_id,"
          + " created_at, updated_at, previous_status, next_status, exception_class, exception_message)"
          + " SELECT id, now(), now(), 1, status, CASE WHEN status = 2 THEN 'ActiveRecord::QueryCanceled' END,"
          + " CASE WHEN status = 2 THEN 'PG::QueryCanceled: ERROR:  canceling statement due to statement timeout' END"
          + " FROM batched_background_migration_jobs WHERE status IN (2, 3)");
      s.execute("VACUUM ANALYZE");
    }
  }

  /** Medians of alternating runs of bbm status and psql -c, after two warm-up runs of each. */
  void measure() throws IOException, InterruptedException {
    int n = bench.options().runs;
    List<String> bbm = bbmCommand();
    Processes.Result check = Processes.run(bbm, bench.env(Map.of()), null, 120);
    if (check.code() != UNFINISHED.code() && check.code() != FAILED.code()) {
      bench.error("bbm status / psql -c, 100 migrations", "bbm status exited " + check.code() + ": "
          + check.out().strip().lines().findFirst().orElse(""));
      return;
    }
    Bench.progress("status: " + n + " runs each of bbm status and psql -c, alternating");
    double[] b = new double[n];
    double[] p = new double[n];
    for (int i = -2; i < n; i++) {
      double tb = Processes.run(bbm, bench.env(Map.of()), true, 120).seconds();
      double tp = psql == null ? 0 : Processes.run(psqlCommand(), Map.of(), true, 120).seconds();
      if (i >= 0) {
        b[i] = tb;
        p[i] = tp;
      }
    }
    bbmMedian = Bench.median(b);
    String figure = "bbm status / psql -c, 100 migrations, warm";
    if (psql == null) {
      bench.row(figure, "n/a (no psql on this machine); bbm status " + Bench.ms(bbmMedian), "<= 5", "n/a");
      return;
    }
    psqlMedian = Bench.median(p);
    double r = bbmMedian / psqlMedian;
    bench.row(figure, Bench.ratio(r) + " (bbm " + Bench.ms(bbmMedian) + " / psql " + Bench.ms(psqlMedian) + ", median of "
        + n + "; fastest " + Bench.ms(min(b)) + " / " + Bench.ms(min(p)) + ")", "<= 5", Bench.verdict(r <= 5));
  }

  private static double min(double[] xs) {
    return java.util.Arrays.stream(xs).min().orElse(0);
  }

  List<String> bbmCommand() {
    return List.of(bench.options().launcher.toString(), "status", "--url", databaseUrl());
  }

  List<String> psqlCommand() {
    List<String> cmd = new ArrayList<>();
    cmd.add(psql);
    cmd.addAll(List.of("-X", "-q", "-d", databaseUrl(), "-c", PSQL_QUERY));
    return cmd;
  }

  boolean hasPsql() {
    return psql != null;
  }
}
