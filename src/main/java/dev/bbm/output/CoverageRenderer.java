package dev.bbm.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bbm.engine.Coverage;
import dev.bbm.jobs.CatalogEntry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders bbm jobs coverage: figures per GitLab version, as a table, JSON, or docs/catalog.md. */
public final class CoverageRenderer {
  private final Output output;

  public CoverageRenderer(Output output) {
    this.output = output;
  }

  public void render(Coverage.Report report) {
    if (output.json()) {
      json(report);
      return;
    }
    PrintWriter out = output.out();
    TextTable t = new TextTable(List.of("GITLAB", "MIGRATIONS", "BBM RUNS", "NOT SQL", "NO DEFINITION", "SQL COVERED"));
    report.versions().forEach(v -> t.add(figures(v)));
    t.add(figures(report.total()));
    t.print(out, "  ");
    Map<String, String> notSql = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (Coverage.Row r : report.rows()) {
      if (r.rubyOnly()) {
        notSql.putIfAbsent(r.entry().jobClass(), r.reason());
      } else if (!r.runnable() && !missing.contains(r.entry().jobClass())) {
        missing.add(r.entry().jobClass());
      }
    }
    out.println();
    out.println("Not SQL (" + notSql.size() + " classes; finish these with --via-rake or GitLab's Sidekiq):");
    notSql.forEach((c, why) -> out.println("  " + c + ": " + why));
    out.println();
    out.println("No definition yet (" + missing.size() + " classes; bbm jobs new CLASS TABLE starts one):");
    missing.forEach(c -> out.println("  " + c));
    out.flush();
  }

  private static List<String> figures(Coverage.Version v) {
    return List.of(v.milestone(), String.valueOf(v.migrations()), String.valueOf(v.runnable()),
        String.valueOf(v.rubyOnly()), String.valueOf(v.missing()), percent(v));
  }

  private static String percent(Coverage.Version v) {
    return String.format(Locale.ROOT, "%.0f %%", Math.floor(v.sqlCoveragePercent()));
  }

  private void json(Coverage.Report report) {
    ObjectNode root = JsonNodes.object();
    version(root.putObject("total"), report.total());
    ArrayNode versions = root.putArray("versions");
    report.versions().forEach(v -> version(versions.addObject(), v));
    ArrayNode rows = root.putArray("migrations");
    for (Coverage.Row r : report.rows()) {
      CatalogEntry e = r.entry();
      ObjectNode o = rows.addObject().put("finalized_in", e.finalizedIn()).put("finalize_migration", e.finalizeMigration())
          .put("job_class_name", e.jobClass()).put("table_name", e.table()).put("column_name", e.column())
          .put("job_arguments", e.jobArguments()).put("gitlab_schema", e.gitlabSchema().isEmpty() ? null
              : e.gitlabSchema());
      o.put("runnable", r.runnable()).put("how", r.runnable() ? r.how().label() : null).put("runs_as", r.runsAs())
          .put("not_sql", r.reason());
    }
    JsonNodes.print(output.out(), root);
  }

  private static void version(ObjectNode o, Coverage.Version v) {
    o.put("gitlab", v.milestone()).put("migrations", v.migrations()).put("runnable", v.runnable())
        .put("not_sql", v.rubyOnly()).put("no_definition", v.missing())
        .put("sql_covered_percent", Math.floor(v.sqlCoveragePercent() * 10) / 10);
  }

  /** docs/catalog.md: the text about the catalog, the figures, then every migration. */
  public void markdown(Coverage.Report report, String about) {
    PrintWriter out = output.out();
    out.print(about.endsWith("\n") ? about : about + "\n");
    out.println();
    out.println("## Coverage by GitLab version");
    out.println();
    out.println("| finalized in | migrations | bbm runs | not SQL | no definition yet | of those whose work is SQL, bbm runs |");
    out.println("|---|---:|---:|---:|---:|---:|");
    report.versions().forEach(v -> out.println(row(figures(v))));
    out.println(row(figures(report.total())).replace("| all |", "| **all** |"));
    out.println();
    out.println("## Every migration");
    out.println();
    out.println("| finalized in | job class | table | column | job arguments | how bbm runs it |");
    out.println("|---|---|---|---|---|---|");
    for (Coverage.Row r : report.rows()) {
      CatalogEntry e = r.entry();
      String how = r.runnable() ? r.how().label() + (r.runsAs().equals(e.jobClass()) ? "" : " (" + r.runsAs() + ")")
          : r.rubyOnly() ? "not SQL: " + r.reason() : "no definition yet";
      out.println(row(List.of(e.finalizedIn(), e.jobClass(), e.table(), e.column(), "`" + e.jobArguments() + "`",
          how)));
    }
    out.flush();
  }

  private static String row(List<String> cells) {
    return "| " + String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|")).toList()) + " |";
  }
}
