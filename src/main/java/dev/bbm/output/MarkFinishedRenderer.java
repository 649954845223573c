package dev.bbm.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.JobRange;
import dev.bbm.domain.JobStatus;
import dev.bbm.domain.JobStatusGroup;
import dev.bbm.domain.UncoveredKeys;
import dev.bbm.engine.MarkFinishedOptions;
import dev.bbm.engine.MarkFinishedPlan;
import dev.bbm.engine.MarkFinishedResult;
import dev.bbm.engine.ProgressListener;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders mark-finished: the backup warning and what will change (stderr, before anything
 * changes), the prompt, and the result or the dry run's plan.
 */
public final class MarkFinishedRenderer implements ProgressListener {
  private final Output output;

  public MarkFinishedRenderer(Output output) {
    this.output = output;
  }

  @Override
  public void warning(String sentence) {
    output.warning(sentence);
  }

  /** The backup warning and the list of changes, on stderr whatever --quiet or --json say. */
  public void beforeChange(MarkFinishedPlan plan) {
    BatchedMigration m = plan.migration();
    output.warning("mark-finished does not run " + m.displayId() + " (" + m.jobClassName() + " on " + m.tableName()
        + "): the rows its " + plan.jobsToChange() + " unfinished job(s)" + (hasGaps(plan) ? " and uncovered ranges" : "")
        + " would have processed are left as they are, so that data is not migrated. Take a database backup first,"
        + " and make sure the data is migrated another way.");
    long running = plan.jobsWith(JobStatus.RUNNING);
    if (running > 0) {
      output.warning(running + " job(s) are marked running; if a Sidekiq worker still runs one, it keeps writing"
          + " and may mark the job failed afterwards, so stop it first.");
    }
    PrintWriter err = output.err();
    err.println("Changes to " + m.displayId() + ":");
    changes(plan).forEach(line -> err.println("  " + line));
    err.flush();
  }

  /** The question asked on a terminal without --yes; the answer is read by the caller. */
  public void prompt(MarkFinishedPlan plan) {
    PrintWriter err = output.err();
    err.print("Mark " + plan.migration().displayId() + " finished without running it? [y/N] ");
    err.flush();
  }

  public void result(MarkFinishedResult r) {
    if (output.json()) {
      JsonNodes.print(output.out(), json(r));
      return;
    }
    PrintWriter out = output.out();
    BatchedMigration m = r.migration();
    MarkFinishedPlan plan = r.plan();
    switch (r.outcome()) {
      case ALREADY_DONE:
        output.note(m.displayId() + " (" + m.configurationText() + ") is already " + m.status().label()
            + "; nothing was changed.");
        break;
      case DECLINED:
        output.error("not confirmed; nothing was changed (add --yes to confirm without a prompt)");
        break;
      case DRY_RUN:
        out.println("Would mark " + m.displayId() + " (" + m.configurationText() + ") finished without running it:");
        changes(plan).forEach(line -> out.println("  " + line));
        out.println("  SQL, in one transaction:");
        plan.sql().forEach(s -> out.println("    " + s));
        out.println("    " + plan.logsOutline());
        if (plan.lockHolder() != null) {
          out.println("  the migration is locked by " + plan.lockHolder() + "; mark-finished would exit 5 now");
        }
        out.println("dry run: nothing was changed");
        break;
      case MARKED:
        out.println(output.paint("Done.", "32") + " " + m.displayId() + " (" + m.configurationText() + ") is "
            + m.status().label() + " without running it: " + r.jobsChanged() + " job(s) marked succeeded"
            + (r.jobsChanged() > 0 ? " (" + byStatus(plan.toChange()) + ")" : "") + ", " + r.logsWritten()
            + " transition log row(s) with " + MarkFinishedOptions.EXCEPTION_CLASS + ".");
        if (hasGaps(plan)) {
          String c = coverage(plan);
          out.println(Character.toUpperCase(c.charAt(0)) + c.substring(1) + ".");
        }
        break;
      default:
        break;
    }
    out.flush();
  }

  private static List<String> changes(MarkFinishedPlan plan) {
    BatchedMigration m = plan.migration();
    List<String> lines = new ArrayList<>();
    lines.add("migration: " + m.status().label() + " -> finished, finished_at = now");
    for (JobStatusGroup g : plan.toChange()) {
      lines.add(g.count() + " " + g.status().label() + " job(s), " + g.span() + " -> succeeded");
    }
    long succeeded = plan.jobsWith(JobStatus.SUCCEEDED);
    if (succeeded > 0) {
      lines.add(succeeded + " succeeded job(s) stay as they are");
    }
    lines.add(coverage(plan));
    if (plan.jobsToChange() > 0) {
      lines.add("one transition log row per changed job: exception_class " + MarkFinishedOptions.EXCEPTION_CLASS
          + ", exception_message \"" + plan.reason() + "\"");
    }
    return lines;
  }

  private static boolean hasGaps(MarkFinishedPlan plan) {
    return plan.uncovered() != null && !plan.uncovered().isEmpty();
  }

  /** How much of the key range no job covered, so the operator knows which rows were never processed. */
  private static String coverage(MarkFinishedPlan plan) {
    BatchedMigration m = plan.migration();
    UncoveredKeys u = plan.uncovered();
    if (u == null) {
      return "key coverage unknown: the migration has no integer key range (cursor-based)";
    }
    String range = m.columnName() + " " + m.minValue() + ".." + m.maxValue();
    if (u.isEmpty()) {
      return "jobs cover the whole key range " + range;
    }
    if (plan.jobs().isEmpty()) {
      return "the migration has no jobs: no job covered " + range + " (" + u.keys()
          + " keys), those rows were never processed by it";
    }
    String shown = u.firstRanges().stream().map(JobRange::toString).collect(Collectors.joining(", "));
    long more = u.rangeCount() - u.firstRanges().size();
    return "no job covered " + m.columnName() + " " + shown + (more > 0 ? " and " + more + " more range(s)" : "")
        + " (" + u.keys() + " of " + (m.maxValue() - m.minValue() + 1) + " keys), those rows were never"
        + " processed by it";
  }

  private static String byStatus(List<JobStatusGroup> groups) {
    return groups.stream().map(g -> g.count() + " " + g.status().label()).collect(Collectors.joining(", "));
  }

  private static ObjectNode json(MarkFinishedResult r) {
    ObjectNode n = JsonNodes.object();
    n.put("outcome", r.outcome() == MarkFinishedResult.Outcome.MARKED ? "marked_finished"
        : r.outcome().name().toLowerCase(Locale.ROOT));
    JsonNodes.putMigration(n, r.migration());
    n.put("finished_at", JsonNodes.time(r.migration().finishedAt()));
    n.put("jobs_changed", r.jobsChanged());
    n.put("transition_logs_written", r.logsWritten());
    MarkFinishedPlan plan = r.plan();
    if (plan == null) {
      // already finished: nothing was read or planned, the fields are there and empty
      n.putNull("previous_status");
      n.putNull("reason");
      n.putArray("jobs");
      n.putNull("uncovered");
      n.putArray("sql");
      n.putNull("lock_holder");
      return n;
    }
    n.put("previous_status", plan.migration().status().label());
    n.put("reason", plan.reason());
    ArrayNode jobs = n.putArray("jobs");
    for (JobStatusGroup g : plan.jobs()) {
      ObjectNode j = jobs.addObject();
      j.put("status", g.status().label());
      j.put("count", g.count());
      j.put("min_value", g.minValue());
      j.put("max_value", g.maxValue());
      j.put("changes", g.status() != JobStatus.SUCCEEDED);
    }
    UncoveredKeys u = plan.uncovered();
    if (u == null) {
      n.putNull("uncovered");
    } else {
      ObjectNode un = n.putObject("uncovered");
      un.put("keys", u.keys());
      un.put("ranges", u.rangeCount());
      ArrayNode first = un.putArray("first_ranges");
      u.firstRanges().forEach(g -> first.addObject().put("min_value", g.min()).put("max_value", g.max()));
    }
    ArrayNode sql = n.putArray("sql");
    plan.sql().forEach(sql::add);
    n.put("lock_holder", plan.lockHolder());
    return n;
  }
}
