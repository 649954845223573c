package dev.bbm.bench;

import static dev.bbm.domain.ExitCode.*;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * bbm finalize of a CopyColumnUsingBackgroundMigrationJob (id into id_convert_to_bigint) on an
 * events-like table, against one {@code UPDATE t SET id_convert_to_bigint = id} over an identical
 * table: both built by the same statements, vacuumed, frozen and analyzed, then CHECKPOINT, then
 * timed. bbm's time is the wall time of the whole bbm process (JVM start included).
 */
final class FinalizeWorkload {
  private final Bench bench;
  private final Bench.Features features;
  private final List<String> bestArgs;
  private final String bestLabel;
  private long peakRss;
  private String peakRssOf = "";
  private double longestXact = -1;
  private double longestUpdate;
  private String longestXactOf = "";
  private int tableCounter;

  FinalizeWorkload(Bench bench, Bench.Features features) {
    this.bench = bench;
    this.features = features;
    // the figures whose target is for --fast are measured without it (and say so) while it is missing
    this.bestArgs = features.fast() ? List.of("--fast") : List.of("--pause-ms", "0");
    this.bestLabel = features.fast() ? "--fast" : "--pause-ms 0";
  }

  void measure() throws Exception {
    Bench.Options o = bench.options();
    long n = o.rows;
    String r = Bench.rowsLabel(n);

    double base = baseline(n);
    bench.row("UPDATE t SET id_convert_to_bigint = id, " + r + " rows", Bench.secs(base), "(baseline)", "");

    Double fast = null;
    if (features.fast()) {
      Bench.Run run = finalize(n, List.of("--fast"), "finalize --fast");
      if (run != null) {
        fast = run.seconds();
        double ratio = run.seconds() / base;
        bench.row("finalize --fast / UPDATE, " + r + " rows", Bench.ratio(ratio) + " (" + Bench.secs(run.seconds()) + ")",
            "<= 1.15", Bench.verdict(ratio <= 1.15));
      }
    } else {
      bench.row("finalize --fast / UPDATE, " + r + " rows", "n/a (option not available in this build)", "<= 1.15",
          "n/a");
    }

    if (features.parallel()) {
      List<String> args = new ArrayList<>(bestArgs);
      args.addAll(List.of("--parallel", "2"));
      Bench.Run run = finalize(n, args, "finalize " + bestLabel + " --parallel 2");
      if (run != null) {
        double ratio = run.seconds() / base;
        bench.row("finalize " + bestLabel + " --parallel 2 / UPDATE, " + r, Bench.ratio(ratio) + " ("
            + Bench.secs(run.seconds()) + ")", "<= 1.0", Bench.verdict(ratio <= 1.0));
      }
    } else {
      bench.row("finalize --parallel 2 / UPDATE, " + r + " rows", "n/a (option not available in this build)", "<= 1.0",
          "n/a");
    }

    // what this build does without --fast: GitLab's sizes, no pause
    Double noPause = null;
    Bench.Run run0 = finalize(n, List.of("--pause-ms", "0"), "finalize --pause-ms 0");
    if (run0 != null) {
      noPause = run0.seconds();
      bench.row("finalize --pause-ms 0 / UPDATE, " + r + " rows", Bench.ratio(run0.seconds() / base) + " ("
          + Bench.secs(run0.seconds()) + ")", "(context)", "");
    }

    // GitLab's own pace (sub-batches of 1,000 rows, 100 ms pause after each) on a small table, extrapolated
    long paced = o.pacedRows;
    Bench.Run slow = finalize(paced, List.of(), "finalize (pause_ms 100)");
    if (slow != null) {
      double per = slow.seconds() / paced;
      bench.row("finalize, GitLab's pace (pause 100 ms), " + Bench.rowsLabel(paced) + " rows",
          Bench.secs(slow.seconds()) + "; for " + r + " about " + Bench.secs(per * n) + " (extrapolated)", "(context)",
          "");
    }

    if (o.large) {
      long big = o.largeRows;
      String rl = Bench.rowsLabel(big);
      double baseBig = baseline(big);
      bench.row("UPDATE, " + rl + " / " + r + " time", Bench.ratio(baseBig / base) + " (" + Bench.secs(baseBig) + ")",
          "(context)", "");
      Bench.Run bigRun = finalize(big, bestArgs, "finalize " + bestLabel + " " + rl);
      Double small = features.fast() ? fast : noPause;
      if (bigRun != null && small != null) {
        double ratio = bigRun.seconds() / small;
        String figure = "finalize " + bestLabel + ", " + rl + " / " + r + " time";
        bench.row(figure, Bench.ratio(ratio) + " (" + Bench.secs(bigRun.seconds()) + " / " + Bench.secs(small) + ")",
            "<= 5.5", Bench.verdict(ratio <= 5.5));
        bench.row("finalize " + bestLabel + " / UPDATE, " + rl + " rows", Bench.ratio(bigRun.seconds() / baseBig),
            "(context)", "");
      }
    } else {
      bench.row("finalize " + bestLabel + ", " + Bench.rowsLabel(o.largeRows) + " / " + r + " time",
          "not measured (scripts/bench --large)", "<= 5.5", "n/a");
    }

    if (peakRss > 0) {
      bench.row("peak RSS of the bbm JVM", Bench.mb(peakRss) + " (" + peakRssOf + ")", "< 256 MB",
          Bench.verdict(peakRss < 256 * 1024));
    }
    if (longestXact >= 0) {
      bench.row("longest transaction bbm ran", Bench.secs(longestXact) + " (" + longestXactOf
          + "; longest sub-batch UPDATE " + Bench.secs(longestUpdate) + ")", "< 1 s", Bench.verdict(longestXact < 1));
    }
    if (!features.fast()) {
      bench.note("--fast is not in this build: the 10M/2M, peak RSS and longest-transaction figures come from"
          + " finalize --pause-ms 0 (GitLab's batch and sub-batch sizes, no pause).");
    }
    bench.note("tables: id bigint primary key, 7 more columns (events-like), fillfactor 100, autovacuum off for the"
        + " table, VACUUM (FREEZE, ANALYZE) and CHECKPOINT before each timed step; the migration row has GitLab's"
        + " conversion defaults (batch_size 20,000, sub_batch_size 1,000, pause_ms 100).");
    bench.note("bbm times are the whole bbm process through the launcher (JVM start included); the UPDATE is timed"
        + " on an open connection.");
  }

  private String table(String kind) {
    return "events_" + kind + "_" + (++tableCounter);
  }

  /** One UPDATE over a fresh table; returns its seconds. */
  private double baseline(long rows) throws SQLException {
    String t = table("update");
    build(t, rows);
    Bench.progress("timing UPDATE " + t + " SET id_convert_to_bigint = id (" + Bench.count(rows) + " rows)");
    long start = System.nanoTime();
    bench.execute("UPDATE " + t + " SET id_convert_to_bigint = id");
    double s = (System.nanoTime() - start) / 1e9;
    Bench.progress(String.format(java.util.Locale.ROOT, "  %.2f s", s));
    bench.execute("DROP TABLE " + t);
    return s;
  }

  /** bbm finalize of a fresh table's migration; null (and an ERROR row) when it did not finish the copy. */
  private Bench.Run finalize(long rows, List<String> extra, String label)
      throws SQLException, IOException, InterruptedException {
    String t = table("bbm");
    build(t, rows);
    long id = bench.scalar("INSERT INTO batched_background_migrations (created_at, updated_at, min_value, max_value,"
        + " batch_size, sub_batch_size, \"interval\", status, job_class_name, table_name, column_name, job_arguments,"
        + " pause_ms, gitlab_schema, total_tuple_count, started_at) VALUES (now(), now(), 1, ?, 20000, 1000, 120, 1,"
        + " 'CopyColumnUsingBackgroundMigrationJob', ?, 'id', '[[\"id\"], [\"id_convert_to_bigint\"]]', 100,"
        + " 'gitlab_main', ?, now()) RETURNING id", rows, t, rows);
    bench.execute("CHECKPOINT");
    List<String> args = new ArrayList<>(List.of("finalize", Long.toString(id), "--url", bench.url()));
    args.addAll(extra);
    Bench.progress("timing bbm " + label + " (" + Bench.count(rows) + " rows)");
    Bench.Run run = bench.bbm(t, args);
    Bench.progress(String.format(java.util.Locale.ROOT, "  %.2f s, exit %d, peak RSS %s, longest transaction %.2f s",
        run.seconds(), run.code(), Bench.mb(run.peakRssKb()), run.longestXact()));
    if (run.unknownOption()) {
      bench.row(label, "n/a (option not available in this build)", "", "n/a");
      bench.execute("DROP TABLE " + t);
      return null;
    }
    long wrong = bench.scalar("SELECT count(*) FROM " + t + " WHERE id_convert_to_bigint IS DISTINCT FROM id");
    long status = bench.scalar("SELECT status FROM batched_background_migrations WHERE id = ?", id);
    if (run.code() != OK.code() || wrong != 0 || (status != 3 && status != 6)) {
      bench.error(label, "exit " + run.code() + ", " + wrong + " rows not copied, migration status " + status
          + "; see " + bench.work().resolve(t + ".log"));
      bench.execute("DROP TABLE " + t);
      return null;
    }
    double update = 0;
    try (var ps = bench.admin().prepareStatement("SELECT coalesce(max(x::float8), 0)"
        + " FROM batched_background_migration_jobs j CROSS JOIN LATERAL jsonb_array_elements_text(CASE WHEN"
        + " jsonb_typeof(j.metrics->'timings'->'update_all') = 'array' THEN j.metrics->'timings'->'update_all'"
        + " ELSE '[]'::jsonb END) x WHERE j.batched_background_migration_id = ?")) {
      ps.setLong(1, id);
      try (var rs = ps.executeQuery()) {
        rs.next();
        update = rs.getDouble(1);
      }
    }
    if (extra.containsAll(bestArgs)) {
      // memory and transaction length of the mode the targets are for (the others are context)
      if (run.peakRssKb() > peakRss) {
        peakRss = run.peakRssKb();
        peakRssOf = label + ", " + Bench.rowsLabel(rows) + " rows";
      }
      if (run.longestXact() > longestXact) {
        longestXact = run.longestXact();
        longestXactOf = label + ", sampled from pg_stat_activity";
      }
      longestUpdate = Math.max(longestUpdate, update);
    }
    bench.execute("DROP TABLE " + t);
    return run;
  }

  /** The events-like table, the same for every figure: same statements, same physical state. */
  private void build(String t, long rows) throws SQLException {
    Bench.progress("building " + t + " (" + Bench.count(rows) + " rows)");
    bench.execute("CREATE TABLE " + t + " (id bigint NOT NULL, project_id bigint, author_id bigint NOT NULL,"
        + " target_id bigint, target_type character varying, action smallint NOT NULL,"
        + " created_at timestamp with time zone NOT NULL, updated_at timestamp with time zone NOT NULL,"
        + " fingerprint bytea, id_convert_to_bigint bigint)"
        + " WITH (fillfactor = 100, autovacuum_enabled = false)");
    bench.execute("INSERT INTO " + t + " SELECT g, 1 + (g * 7919) % 50000, 1 + (g * 104729) % 200000,"
        + " CASE WHEN g % 3 = 0 THEN NULL ELSE g * 3 END,"
        + " CASE g % 4 WHEN 0 THEN 'Issue' WHEN 1 THEN 'MergeRequest' WHEN 2 THEN 'Note' END,"
        + " (1 + g % 12)::smallint, timestamptz '2020-01-01 00:00:00+00' + g * interval '1 second',"
        + " timestamptz '2020-01-01 00:00:00+00' + g * interval '1 second',"
        + " CASE WHEN g % 5 = 0 THEN decode(md5(g::text), 'hex') END, NULL"
        + " FROM generate_series(1::bigint, " + rows + ") g");
    bench.execute("ALTER TABLE " + t + " ADD CONSTRAINT " + t + "_pkey PRIMARY KEY (id)");
    bench.execute("VACUUM (FREEZE, ANALYZE) " + t);
    bench.execute("CHECKPOINT");
  }
}
