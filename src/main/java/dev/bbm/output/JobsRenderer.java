package dev.bbm.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bbm.domain.ColumnInfo;
import dev.bbm.engine.JobSkeleton;
import dev.bbm.jobs.KnownClass;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Renders bbm jobs list (a table, or JSON with one object per class) and bbm jobs new (a definition skeleton). */
public final class JobsRenderer {
  private final Output output;

  public JobsRenderer(Output output) {
    this.output = output;
  }

  public void render(List<KnownClass> classes) {
    PrintWriter out = output.out();
    if (output.json()) {
      ObjectNode root = JsonNodes.object();
      root.put("count", classes.size());
      ArrayNode list = root.putArray("classes");
      for (KnownClass k : classes) {
        list.addObject().put("name", k.name()).put("how", k.how().label()).put("runs_as", k.runsAs())
            .put("source", k.source());
      }
      JsonNodes.print(out, root);
      return;
    }
    TextTable t = new TextTable(List.of("CLASS", "HOW", "RUNS AS", "SOURCE"));
    for (KnownClass k : classes) {
      t.add(List.of(k.name(), k.how().label(), k.runsAs(), k.source()));
    }
    t.print(out, "  ");
    out.println(classes.size() + " job classes");
    out.flush();
  }

  /** bbm jobs new: the YAML skeleton on stdout (or JSON carrying it), a note when bbm already runs the class. */
  public void skeleton(JobSkeleton k) {
    if (k.runsToday() != null) {
      output.note(k.runsToday() + " already; a definition is needed only to replace a shipped one or the index");
    }
    String yaml = yaml(k);
    PrintWriter out = output.out();
    if (output.json()) {
      ObjectNode root = JsonNodes.object();
      root.put("class", k.className()).put("table", k.table()).put("batch_column", k.batchColumn())
          .put("gitlab_file", k.gitlabFile()).put("runs_today", k.runsToday());
      ArrayNode columns = root.putArray("columns");
      for (ColumnInfo c : k.columns()) {
        columns.addObject().put("name", c.name()).put("type", c.type()).put("not_null", c.notNull())
            .put("default", c.defaultValue());
      }
      root.put("definition", yaml);
      JsonNodes.print(out, root);
      return;
    }
    out.print(yaml);
    out.flush();
  }

  /** A definition the loader reads once {@code set} is filled in; everything to fill in is marked TODO. */
  static String yaml(JobSkeleton k) {
    StringBuilder s = new StringBuilder();
    s.append("# A job definition for ").append(k.className()).append(" (see docs/job-definitions.md). Fill in set,\n")
        .append("# and scope if the Ruby has a scope_to, from what the class does; save this file as\n")
        .append("# ~/.config/bbm/jobs/").append(k.className()).append(".yml (or in a --jobs-dir), then check it with\n")
        .append("# bbm finalize SELECTION --dry-run before running it.\n");
    s.append("job_class_name: ").append(k.className()).append('\n');
    String from = k.gitlabFile() == null ? "" : " Read from GitLab's " + k.gitlabFile() + ".";
    s.append("description: ").append(quoted("TODO: what each sub-batch does." + from)).append('\n');
    s.append("job_arguments: []  # the names of GitLab's job_arguments, in order, e.g. [source_column]\n");
    s.append("# Table ").append(k.table()).append(", batched over ").append(k.batchColumn())
        .append(" (which set may not change). Its columns:\n");
    int width = k.columns().stream().mapToInt(c -> c.name().length()).max().orElse(0);
    for (ColumnInfo c : k.columns()) {
      s.append(String.format(Locale.ROOT, "#   %-" + width + "s  %s%s%s\n", c.name(), c.type(),
          c.notNull() ? " NOT NULL" : "", c.defaultValue() == null ? "" : " DEFAULT "
              + c.defaultValue().replaceAll("\\s+", " ")));
    }
    s.append("set: \"TODO_column = TODO_expression\"\n");
    s.append("# scope: \"TODO_column IS NULL\"\n");
    return s.toString();
  }

  /** A YAML double-quoted scalar. */
  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
