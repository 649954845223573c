package dev.bbm.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.Durations;
import dev.bbm.domain.JobTransition;
import dev.bbm.engine.JobStory;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Renders one migration's audit trail ({@code bbm status ID --jobs}): the jobs table, then each job's history. */
final class JobStoryRenderer {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'", Locale.ROOT);

  private JobStoryRenderer() {}

  static void text(PrintWriter out, List<JobStory> jobs) {
    out.println();
    if (jobs.isEmpty()) {
      out.println("Jobs: none.");
      return;
    }
    out.println("Jobs (" + jobs.size() + ", by range):");
    TextTable t = new TextTable(List.of("JOB", "RANGE", "STATUS", "ATTEMPTS", "DURATION", "ROWS", "RAN BY"));
    for (JobStory s : jobs) {
      BatchedJob j = s.job();
      t.add(List.of(Long.toString(j.id()), j.rangeText(), j.status().label(), Integer.toString(j.attempts()),
          duration(s), s.rows() == null ? "-" : Long.toString(s.rows()), s.ranBy()));
    }
    t.print(out, "  ");
    boolean any = jobs.stream().anyMatch(s -> !s.history().isEmpty());
    if (!any) {
      out.println();
      out.println("History: no transition-log rows for these jobs.");
      return;
    }
    out.println();
    out.println("History (oldest first; who: bbm, or unknown when the row does not tell):");
    for (JobStory s : jobs) {
      if (s.history().isEmpty()) {
        continue;
      }
      out.println("  job " + s.job().id() + " (" + s.job().rangeText() + ")");
      for (JobStory.Entry e : s.history()) {
        out.println("    " + line(e));
      }
    }
  }

  /** One history row: when, the change, who, and the error or reason when there is one. */
  private static String line(JobStory.Entry e) {
    JobTransition t = e.transition();
    String change = t.previousLabel() + " -> " + t.nextLabel();
    String text = String.format(Locale.ROOT, "%s  %-21s  %-7s", time(t.at()), change, e.by());
    String error = error(t);
    return (error.isEmpty() ? text : text + "  " + error).stripTrailing();
  }

  private static String error(JobTransition t) {
    if (t.exceptionClass() == null && t.exceptionMessage() == null) {
      return "";
    }
    return (t.exceptionClass() == null ? "" : t.exceptionClass() + ": ")
        + (t.exceptionMessage() == null ? "" : t.exceptionMessage().replace('\n', ' '));
  }

  private static String time(OffsetDateTime t) {
    return t == null ? "-" : TIME.format(t.withOffsetSameInstant(ZoneOffset.UTC));
  }

  private static String duration(JobStory s) {
    if (s.seconds() == null) {
      return "-";
    }
    String d = s.seconds() < 60 ? String.format(Locale.ROOT, "%.1fs", s.seconds())
        : Durations.format(Duration.ofMillis(Math.round(s.seconds() * 1000)));
    return s.running() ? "running for " + d : d;
  }

  static ArrayNode json(List<JobStory> jobs) {
    ArrayNode out = JsonNodes.array();
    for (JobStory s : jobs) {
      BatchedJob j = s.job();
      ObjectNode n = out.addObject();
      n.put("id", j.id());
      JsonNodes.putRange(n, j);
      n.put("status", j.status().label());
      n.put("attempts", j.attempts());
      n.put("started_at", JsonNodes.time(j.startedAt()));
      n.put("finished_at", JsonNodes.time(j.finishedAt()));
      if (s.seconds() != null) {
        n.put("seconds", Math.round(s.seconds() * 1000) / 1000.0);
      } else {
        n.putNull("seconds");
      }
      n.put("running", s.running());
      if (s.rows() != null) {
        n.put("rows", s.rows());
      } else {
        n.putNull("rows");
      }
      n.put("ran_by", s.ranBy());
      ArrayNode h = n.putArray("history");
      for (JobStory.Entry e : s.history()) {
        JobTransition t = e.transition();
        ObjectNode r = h.addObject();
        r.put("previous_status", t.previousLabel());
        r.put("next_status", t.nextLabel());
        r.put("at", JsonNodes.time(t.at()));
        r.put("by", e.by());
        r.put("exception_class", t.exceptionClass());
        r.put("exception_message", t.exceptionMessage());
      }
    }
    return out;
  }
}
