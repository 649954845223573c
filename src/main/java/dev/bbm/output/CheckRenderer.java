package dev.bbm.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.MigrationStatus;
import dev.bbm.engine.Blocker;
import dev.bbm.engine.CheckReport;
import dev.bbm.engine.MigrationSummary;
import java.io.PrintWriter;
import java.util.List;

/** Renders bbm check: one block per database, a verdict, the next commands. */
public final class CheckRenderer {
  private final Output output;

  public CheckRenderer(Output output) {
    this.output = output;
  }

  /**
   * Several databases: each database's block in turn; in JSON, {@code {"databases": [...], "exit_code": N}}
   * with one object per database as {@link #render(CheckReport)} prints it.
   */
  public void render(List<CheckReport> reports) {
    if (reports.size() == 1) {
      render(reports.get(0));
      return;
    }
    if (output.json()) {
      ObjectNode root = JsonNodes.object();
      ArrayNode dbs = root.putArray("databases");
      reports.forEach(r -> dbs.add(json(r)));
      root.put("exit_code", reports.stream().map(CheckReport::exitCode).reduce(ExitCode.OK, ExitCode::worst).code());
      JsonNodes.print(output.out(), root);
      return;
    }
    for (int i = 0; i < reports.size(); i++) {
      if (i > 0) {
        output.out().println();
      }
      render(reports.get(i));
    }
  }

  public void render(CheckReport r) {
    if (output.json()) {
      JsonNodes.print(output.out(), json(r));
      return;
    }
    text(r);
  }

  private ObjectNode json(CheckReport r) {
    ObjectNode n = JsonNodes.object();
    n.put("database", r.database());
    n.put("exit_code", r.exitCode().code());
    ArrayNode ms = n.putArray("unfinished_batched_migrations");
    for (MigrationSummary s : r.batched().migrations()) {
      ObjectNode m = ms.addObject();
      m.put("id", s.migration().displayId());
      m.put("status", s.migration().status().label());
      m.put("configuration", s.migration().configurationText());
      m.put("note", s.note());
    }
    if (r.legacyPending() != null) {
      ObjectNode legacy = n.putObject("pending_legacy_jobs");
      r.legacyPending().forEach(legacy::put);
    } else {
      n.putNull("pending_legacy_jobs");
    }
    if (r.schemaDown() != null) {
      ArrayNode down = n.putArray("schema_migrations_down");
      r.schemaDown().forEach(down::add);
    } else {
      n.putNull("schema_migrations_down");
    }
    n.put("migration_files", r.migrationFiles());
    n.put("gitlab_rails_root", r.blockers().railsRoot());
    n.put("blockers_note", r.blockers().note());
    ArrayNode blockers = n.putArray("blockers");
    r.blockers().calls().forEach(b -> blocker(blockers.addObject(), b));
    ArrayNode next = n.putArray("next_commands");
    r.nextCommands().forEach(next::add);
    return n;
  }

  private static void blocker(ObjectNode o, Blocker b) {
    o.put("file", b.file());
    o.put("line", b.line());
    o.put("verdict", b.verdict().label());
    o.put("configuration", b.configuration());
    o.put("migration", b.migrationId());
    o.put("status", b.status());
    o.put("progress", b.progress());
    if (b.runnable() == null) {
      o.putNull("runnable");
    } else {
      o.put("runnable", b.runnable());
    }
    o.put("finalize", b.finalizes());
    o.put("caveat", b.caveat());
    ArrayNode unreadable = o.putArray("unreadable");
    b.unreadable().forEach(unreadable::add);
    o.put("command", b.command());
    o.put("message", b.message());
  }

  /** The section of the calls the next db:migrate meets, or the one line saying where bbm looked. */
  private static void blockers(PrintWriter out, Blocker.Report report) {
    if (report.railsRoot() == null) {
      out.println("  pending ensure_batched_background_migration_is_finished calls: " + report.note());
      return;
    }
    List<Blocker> calls = report.calls();
    long blocking = calls.stream().filter(b -> b.verdict() == Blocker.Verdict.BLOCKS).count();
    out.println("  Blocking the next db:migrate: " + blocking + " of " + calls.size() + " call(s) ("
        + report.note() + ")");
    for (Blocker b : calls) {
      out.println("    " + b.message());
    }
  }

  private void text(CheckReport r) {
    PrintWriter out = output.out();
    long failed = r.batched().migrations().stream()
        .filter(s -> s.migration().status() == MigrationStatus.FAILED).count();
    out.println("Database " + r.database() + " (" + r.batched().layout() + "):");
    out.println("  batched background migrations: " + r.batched().migrations().size() + " unfinished"
        + (failed > 0 ? ", " + failed + " failed" : ""));
    for (MigrationSummary s : r.batched().migrations()) {
      BatchedMigration m = s.migration();
      out.println("    " + m.displayId() + "  " + m.status().label() + "  " + m.configurationText()
          + (s.note() == null ? "" : "  (" + s.note() + ")"));
    }
    if (r.legacyPending() == null) {
      out.println("  legacy background migration jobs: no background_migration_jobs table");
    } else {
      long total = r.legacyPending().values().stream().mapToLong(Long::longValue).sum();
      out.println("  legacy background migration jobs: " + total + " pending"
          + (total == 0 ? "" : " " + r.legacyPending()));
    }
    if (r.schemaDown() == null) {
      out.println("  schema migrations: not checked, " + r.migrationFiles());
    } else {
      out.println("  schema migrations: " + r.schemaDown().size() + " down (" + r.migrationFiles() + ")");
    }
    blockers(out, r.blockers());
    out.println();
    ExitCode code = r.exitCode();
    if (code == ExitCode.OK && r.schemaDown() != null && !r.schemaDown().isEmpty()) {
      out.println(output.paint("Ready: nothing blocks the next db:migrate.", "32"));
      out.println("Run next:");
      r.nextCommands().forEach(c -> out.println("  " + c));
    } else if (code == ExitCode.OK) {
      out.println(output.paint("Ready: nothing blocks the upgrade.", "32"));
    } else {
      out.println(output.paint(code == ExitCode.FAILED ? "Not ready: something failed." : "Not ready: work is unfinished.",
          code == ExitCode.FAILED ? "31" : "33"));
      out.println("Run next, in this order:");
      r.nextCommands().forEach(c -> out.println("  " + c));
    }
    out.flush();
  }
}
