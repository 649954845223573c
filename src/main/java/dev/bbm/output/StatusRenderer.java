package dev.bbm.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.Durations;
import dev.bbm.domain.FailedJob;
import dev.bbm.domain.JobCounts;
import dev.bbm.domain.MigrationStatus;
import dev.bbm.engine.MigrationDetail;
import dev.bbm.jobs.Lookup;
import dev.bbm.engine.MigrationSummary;
import dev.bbm.engine.StatusReport;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders bbm status: a table, GitLab's rake lines, one migration in detail, or JSON. */
public final class StatusRenderer {
  /** The list view's columns; fitted to a terminal, NOTE goes beneath its row instead. */
  private static final List<String> COLUMNS = List.of("ID", "STATUS", "JOB CLASS", "TABLE", "COLUMN", "JOB ARGUMENTS",
      "PROGRESS", "JOBS", "ETA", "NOTE");
  /**
   * How a terminal's width is met, step by step: the job arguments and the column go first (bbm status ID
   * shows them), then the class and the table are shortened, and left out only last; ID, STATUS, PROGRESS,
   * JOBS and ETA are never cut. A value cut to a few characters says nothing, hence the minimum widths.
   */
  private static final List<TextTable.Step> FIT = List.of(TextTable.Step.shorten(5, 16), TextTable.Step.drop(5),
      TextTable.Step.drop(4), TextTable.Step.shorten(2, 24), TextTable.Step.shorten(3, 14),
      TextTable.Step.shorten(2, 14), TextTable.Step.shorten(3, 10), TextTable.Step.drop(3), TextTable.Step.drop(2));

  private final Output output;
  private final int width;
  private final boolean unicode;

  public StatusRenderer(Output output) {
    this(output, 0, false);
  }

  /**
   * @param width the terminal's width the list view's lines are fitted into; 0 or less keeps them whole
   *              (a pipe, a file, --wide)
   * @param unicode whether the output's character set is UTF-8 (an ellipsis and a middle dot, not ASCII)
   */
  public StatusRenderer(Output output, int width, boolean unicode) {
    this.output = output;
    this.width = width;
    this.unicode = unicode;
  }

  public void list(List<StatusReport> reports, boolean rakeFormat) {
    if (output.json()) {
      ArrayNode dbs = JsonNodes.array();
      for (StatusReport r : reports) {
        ObjectNode db = dbs.addObject();
        db.put("database", r.database());
        db.put("layout", r.layout());
        db.put("bookkeeping_schema", r.schema());
        db.put("includes_done", r.includesDone());
        ArrayNode ms = db.putArray("migrations");
        r.migrations().forEach(s -> ms.add(summary(s)));
      }
      ObjectNode root = JsonNodes.object();
      root.set("databases", dbs);
      root.put("exit_code", reports.stream().map(StatusReport::exitCode).reduce((a, b) -> a.worst(b))
          .map(e -> e.code()).orElse(0));
      JsonNodes.print(output.out(), root);
      return;
    }
    PrintWriter out = output.out();
    for (StatusReport r : reports) {
      if (rakeFormat) {
        out.println("Database: " + r.database());
        for (MigrationSummary s : r.migrations()) {
          BatchedMigration m = s.migration();
          out.printf(Locale.ROOT, "%-10s | %s%n", m.status().label(), m.configurationText());
        }
        continue;
      }
      table(out, r);
    }
    out.flush();
  }

  /**
   * One frame of status --watch: on a terminal the screen is cleared and the frame drawn from its top
   * (as watch(1) does); into a pipe or a file, frames follow each other after a blank line, without escape
   * codes, so that a log of them reads from top to bottom.
   *
   * @param header the frame's first line, such as "Every 5s: bbm status   2026-06-01 02:00:05"
   */
  public void watchFrame(String header, List<StatusReport> reports, boolean terminal, boolean first) {
    PrintWriter out = output.out();
    if (terminal) {
      out.print("\u001b[H\u001b[2J");
    } else if (!first) {
      out.println();
    }
    out.println(header);
    out.println();
    list(reports, false);
  }

  private void table(PrintWriter out, StatusReport r) {
    if (r.migrations().isEmpty()) {
      out.println("Database " + r.database() + ": no " + (r.includesDone() ? "" : "unfinished ")
          + "batched background migrations.");
      return;
    }
    boolean fitted = width > 0;
    TextTable t = new TextTable(fitted ? COLUMNS.subList(0, COLUMNS.size() - 1) : COLUMNS)
        .fit(width, unicode ? "\u2026" : "...", FIT);
    long unfinished = 0;
    long failed = 0;
    for (MigrationSummary s : r.migrations()) {
      BatchedMigration m = s.migration();
      if (!m.status().isDone()) {
        unfinished++;
      }
      if (m.status() == MigrationStatus.FAILED) {
        failed++;
      }
      List<String> row = List.of(m.displayId(), paintStatus(m.status()), m.jobClassName(), m.tableName(),
          m.columnName(), m.jobArgumentsJson(), percent(s.progress()), jobs(s.jobs(), !fitted), eta(s),
          s.note() == null ? "" : s.note());
      if (fitted) {
        t.add(row.subList(0, row.size() - 1), s.note());
      } else {
        t.add(row);
      }
    }
    t.print(out, "  ");
    out.println();
    out.println("Database " + r.database() + ": " + unfinished + " unfinished" + (failed > 0 ? ", " + failed
        + " failed" : "") + " of " + r.migrations().size() + " shown.");
  }

  public void detail(MigrationDetail d) {
    if (output.json()) {
      JsonNodes.print(output.out(), detailJson(d));
      return;
    }
    PrintWriter out = output.out();
    List<String[]> rows = detailRows(d.summary());
    rows.add(3, new String[] {"runs as", runsAs(d.jobClass())});
    for (String[] r : rows) {
      out.printf(Locale.ROOT, "%-14s %s%n", r[0] + ":", r[1]);
    }
    if (!d.failedJobs().isEmpty()) {
      out.println();
      out.println("Failed jobs:");
      TextTable t = new TextTable(List.of("JOB", "RANGE", "ATTEMPTS", "LAST ERROR"));
      for (FailedJob f : d.failedJobs()) {
        t.add(List.of(Long.toString(f.id()), f.minValue() + ".." + f.maxValue(), Integer.toString(f.attempts()),
            lastError(f)));
      }
      t.print(out, "  ");
    }
    if (d.jobs() != null) {
      JobStoryRenderer.text(out, d.jobs());
    }
    out.flush();
  }

  /** How the job class resolves, or why bbm cannot run it (where it looked). */
  private static String runsAs(Lookup l) {
    if (l.found()) {
      return l.resolution().sentence();
    }
    return "bbm cannot run " + l.name() + " (" + String.join("; ", l.looked()) + ")";
  }

  private ObjectNode detailJson(MigrationDetail d) {
    ObjectNode root = summary(d.summary());
    root.put("database", d.database());
    root.put("bookkeeping_schema", d.schema());
    root.set("resolution", JsonNodes.resolution(d.jobClass()));
    ArrayNode failed = root.putArray("failed_jobs");
    for (FailedJob f : d.failedJobs()) {
      failed.add(failedJob(f));
    }
    ArrayNode latest = root.putArray("latest_jobs");
    for (BatchedJob j : d.latestJobs()) {
      ObjectNode n = latest.addObject();
      n.put("id", j.id());
      JsonNodes.putRange(n, j);
      n.put("status", j.status().label());
      n.put("attempts", j.attempts());
      n.put("batch_size", j.batchSize());
      n.put("sub_batch_size", j.subBatchSize());
      n.put("started_at", JsonNodes.time(j.startedAt()));
      n.put("finished_at", JsonNodes.time(j.finishedAt()));
    }
    if (d.jobs() != null) {
      root.set("all_jobs", JobStoryRenderer.json(d.jobs()));
    }
    return root;
  }

  /** The label and value lines of one migration's text detail. */
  private List<String[]> detailRows(MigrationSummary s) {
    BatchedMigration m = s.migration();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"id", m.displayId()});
    rows.add(new String[] {"status", paintStatus(m.status())});
    rows.add(new String[] {"job class", m.jobClassName()});
    rows.add(new String[] {"table", m.tableName()});
    rows.add(new String[] {"column", m.columnName()});
    rows.add(new String[] {"job arguments", m.jobArgumentsJson()});
    rows.add(new String[] {"range", m.cursorBased() ? "by cursor" : orDash(m.minValue()) + ".." + orDash(m.maxValue())});
    rows.add(new String[] {"progress", percent(s.progress()) + " of the key range"
        + (s.gitlabProgress() == null ? "" : " (GitLab's figure: " + percent(s.gitlabProgress()) + ")")});
    rows.add(new String[] {"jobs", jobs(s.jobs(), true)});
    if (s.etaSeconds() != null || s.etaBasis() != null) {
      rows.add(new String[] {"eta", eta(s) + (s.etaBasis() == null ? "" : " (" + s.etaBasis() + ")")});
    }
    rows.add(new String[] {"sizes", "batch " + m.batchSize() + ", sub-batch " + m.subBatchSize() + ", pause "
        + m.pauseMs() + " ms, interval " + m.interval() + " s"});
    rows.add(new String[] {"gitlab schema", orDash(m.gitlabSchema())});
    rows.add(new String[] {"created", orDash(m.createdAt())});
    rows.add(new String[] {"started", orDash(m.startedAt())});
    rows.add(new String[] {"finished", orDash(m.finishedAt())});
    if (m.onHoldUntil() != null) {
      rows.add(new String[] {"on hold until", m.onHoldUntil().toString()});
    }
    if (s.note() != null) {
      rows.add(new String[] {"note", s.note()});
    }
    rows.add(new String[] {"finalize with", m.finalizeCommand()});
    return rows;
  }

  /** Text views show "-" where a value is missing, never "null". */
  static String orDash(Object value) {
    return value == null ? "-" : value.toString();
  }

  static String lastError(FailedJob f) {
    if (f.exceptionClass() == null && f.exceptionMessage() == null) {
      return "(no error recorded)";
    }
    return (f.exceptionClass() == null ? "" : f.exceptionClass() + ": ")
        + (f.exceptionMessage() == null ? "" : f.exceptionMessage().replace('\n', ' '));
  }

  static ObjectNode failedJob(FailedJob f) {
    ObjectNode n = JsonNodes.object();
    n.put("id", f.id());
    n.put("min_value", f.minValue());
    n.put("max_value", f.maxValue());
    n.put("attempts", f.attempts());
    n.put("exception_class", f.exceptionClass());
    n.put("exception_message", f.exceptionMessage());
    n.put("failed_at", JsonNodes.time(f.failedAt()));
    return n;
  }

  private static ObjectNode summary(MigrationSummary s) {
    BatchedMigration m = s.migration();
    ObjectNode n = JsonNodes.object();
    n.put("id", m.displayId());
    n.put("numeric_id", m.id());
    n.put("status", m.status().label());
    n.put("status_code", m.status().code());
    n.put("job_class_name", m.jobClassName());
    n.put("table_name", m.tableName());
    n.put("column_name", m.columnName());
    n.set("job_arguments", JsonNodes.raw(m.jobArgumentsJson()));
    n.put("gitlab_schema", m.gitlabSchema());
    n.put("min_value", m.minValue());
    n.put("max_value", m.maxValue());
    n.put("batch_size", m.batchSize());
    n.put("sub_batch_size", m.subBatchSize());
    n.put("pause_ms", m.pauseMs());
    n.put("interval", m.interval());
    if (s.progress() != null) {
      n.put("progress", s.progress());
    } else {
      n.putNull("progress");
    }
    if (s.gitlabProgress() != null) {
      n.put("gitlab_progress", s.gitlabProgress());
    } else {
      n.putNull("gitlab_progress");
    }
    JobCounts c = s.jobs();
    ObjectNode jobs = n.putObject("jobs");
    jobs.put("pending", c.pending());
    jobs.put("running", c.running());
    jobs.put("failed", c.failed());
    jobs.put("succeeded", c.succeeded());
    jobs.put("total", c.total());
    n.put("on_hold_until", JsonNodes.time(m.onHoldUntil()));
    n.put("started_at", JsonNodes.time(m.startedAt()));
    n.put("finished_at", JsonNodes.time(m.finishedAt()));
    n.put("note", s.note());
    if (s.etaSeconds() != null) {
      n.put("eta_seconds", s.etaSeconds());
    } else {
      n.putNull("eta_seconds");
    }
    n.put("eta_basis", s.etaBasis());
    n.put("finalize_command", m.finalizeCommand());
    return n;
  }

  private String paintStatus(MigrationStatus st) {
    switch (st) {
      case FAILED: return output.paint(st.label(), "31");
      case FINISHED:
      case FINALIZED: return output.paint(st.label(), "32");
      case PAUSED: return output.paint(st.label(), "33");
      default: return st.label();
    }
  }

  private static String eta(MigrationSummary s) {
    return s.etaSeconds() == null ? "-" : Durations.format(Duration.ofSeconds(s.etaSeconds()));
  }

  private static String percent(Double p) {
    return p == null ? "-" : String.format(Locale.ROOT, "%.1f%%", p);
  }

  /**
   * Done and failed apart from what is left (pending and running): "12 done, 1 failed, 3 left (2 running)";
   * a fitted table leaves out the running count (the line beneath the row names the running job).
   */
  private String jobs(JobCounts c, boolean withRunning) {
    List<String> parts = new ArrayList<>();
    parts.add(c.succeeded() + " done");
    if (c.failed() > 0) {
      parts.add(c.failed() + " failed");
    }
    parts.add((c.pending() + c.running()) + " left" + (withRunning && c.running() > 0 ? " (" + c.running()
        + " running)" : ""));
    return String.join(unicode ? " \u00b7 " : ", ", parts);
  }
}
