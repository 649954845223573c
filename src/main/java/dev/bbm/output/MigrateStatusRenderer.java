package dev.bbm.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bbm.domain.ExitCode;
import dev.bbm.schema.MigrateStatusReport;
import java.io.PrintWriter;
import java.util.List;

/** Renders db migrate:status exactly in the layout of Rails' db:migrate:status. */
public final class MigrateStatusRenderer {
  private final Output output;

  public MigrateStatusRenderer(Output output) {
    this.output = output;
  }

  /**
   * Several databases: Rails' table for each in turn (each headed by its database name, as Rails
   * prints them); in JSON, {@code {"databases": [...], "exit_code": N}}.
   */
  public void render(List<MigrateStatusReport> reports) {
    if (reports.size() == 1) {
      render(reports.get(0));
      return;
    }
    if (output.json()) {
      ObjectNode root = JsonNodes.object();
      ArrayNode dbs = root.putArray("databases");
      reports.forEach(r -> dbs.add(json(r)));
      root.put("exit_code", reports.stream().map(MigrateStatusReport::exitCode)
          .reduce(ExitCode.OK, ExitCode::worst).code());
      JsonNodes.print(output.out(), root);
      return;
    }
    reports.forEach(this::render);
  }

  public void render(MigrateStatusReport r) {
    if (output.json()) {
      JsonNodes.print(output.out(), json(r));
      return;
    }
    text(r);
  }

  private ObjectNode json(MigrateStatusReport r) {
    ObjectNode n = JsonNodes.object();
    n.put("database", r.database());
    n.put("database_name", r.databaseName());
    n.put("schema_migrations_table", r.hasSchemaMigrations());
    ArrayNode rows = n.putArray("migrations");
    for (MigrateStatusReport.Row row : r.rows()) {
      ObjectNode m = rows.addObject();
      m.put("status", row.status());
      m.put("version", row.version());
      m.put("name", row.name());
      if (row.file() == null) {
        m.putNull("file");
        m.putNull("post_deployment");
      } else {
        m.put("file", row.file().path().toString());
        m.put("post_deployment", row.file().postDeployment());
      }
    }
    n.put("down", r.down());
    n.put("exit_code", r.exitCode().code());
    return n;
  }

  private void text(MigrateStatusReport r) {
    if (!r.hasSchemaMigrations()) {
      output.note("schema_migrations does not exist yet, so every migration is down; bbm db migrate creates it");
    }
    PrintWriter out = output.out();
    out.print("\ndatabase: " + r.databaseName() + "\n\n");
    out.print(center("Status", 8) + "  " + ljust("Migration ID", 14) + "  Migration Name\n");
    out.print("-".repeat(50) + "\n");
    for (MigrateStatusReport.Row row : r.rows()) {
      out.print(center(row.status(), 8) + "  " + ljust(row.version(), 14) + "  " + row.name() + "\n");
    }
    out.print("\n");
    out.flush();
  }

  /** Ruby's String#center: the odd padding character goes to the right. */
  static String center(String s, int width) {
    int pad = Math.max(0, width - s.length());
    int left = pad / 2;
    return " ".repeat(left) + s + " ".repeat(pad - left);
  }

  static String ljust(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }
}
