package dev.bbm.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.schema.MigrationFile;
import dev.bbm.schema.MigrateListener;
import dev.bbm.schema.MigrateResult;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Renders db migrate: Rails' "== VERSION Name: migrating ===" log on stderr while it runs (with an
 * inline finalize's job lines), then a summary (or the dry run's plan) on stdout.
 */
public final class MigrateRenderer implements MigrateListener {
  private static final int ANNOUNCE_WIDTH = 75;
  private final Output output;
  private final FinalizeRenderer finalize;
  private final NdjsonEvents events;

  public MigrateRenderer(Output output) {
    this.output = output;
    this.finalize = new FinalizeRenderer(output);
    this.events = output.ndjson() ? new NdjsonEvents(output.out()) : null;
  }

  /** Rails' announce line: {@code == 20240101000000 CreateNotes: migrating ====...}, 79 columns. */
  static String announce(MigrationFile f, String message) {
    String text = f.version() + " " + f.className() + ": " + message;
    return "== " + text + " " + "=".repeat(Math.max(0, ANNOUNCE_WIDTH - text.length()));
  }

  @Override
  public void waitingForLock(String holder) {
    if (events != null) {
      events.emit("waiting", null, false, n -> n.put("reason", "the schema migration lock is held by " + holder));
      return;
    }
    output.note("waiting for the schema migration lock, held by " + holder);
  }

  @Override
  public void createdTables(List<String> tables) {
    if (events != null) {
      events.emit("created_tables", null, false, n -> tables.forEach(n.putArray("tables")::add));
    }
  }

  @Override
  public void migrating(MigrationFile file, boolean transaction) {
    if (events != null) {
      events.emit("migrating", null, false, n -> file(n, file).put("transaction", transaction));
      return;
    }
    output.note(announce(file, "migrating" + (transaction ? "" : " (without a transaction)")));
  }

  @Override
  public void step(String description) {
    if (events != null) {
      events.emit("step", null, false, n -> n.put("description", description));
      return;
    }
    output.note("-- " + description);
  }

  @Override
  public void stepDone(Duration took, String outcome) {
    if (events != null) {
      events.emit("step_done", null, false, n -> n.put("seconds", JsonNodes.seconds(took)).put("outcome", outcome));
      return;
    }
    output.note("   -> " + seconds(took));
    if (outcome != null) {
      output.note("   -> " + outcome);
    }
  }

  @Override
  public void migrated(MigrationFile file, Duration took) {
    if (events != null) {
      events.emit("migrated", null, false, n -> file(n, file).put("seconds", JsonNodes.seconds(took)));
      return;
    }
    output.note(announce(file, "migrated (" + seconds(took) + ")"));
    output.note("");
  }

  @Override
  public void failed(MigrationFile file, boolean transaction) {
    if (events != null) {
      events.emit("migration_failed", null, false, n -> file(n, file).put("transaction", transaction));
      return;
    }
    output.note(announce(file, "failed, not recorded" + (transaction ? ", rolled back" : "")));
    output.note("");
  }

  @Override
  public void started(BatchedMigration migration, long totalKeys, long coveredKeys) {
    finalize.started(migration, totalKeys, coveredKeys);
  }

  @Override
  public void jobFinished(BatchedJob job, boolean succeeded, long rows, Duration took, String error,
      long coveredKeys, long totalKeys) {
    finalize.jobFinished(job, succeeded, rows, took, error, coveredKeys, totalKeys);
  }

  @Override
  public void throttled(String reason) {
    finalize.throttled(reason);
  }

  @Override
  public void waiting(String reason) {
    finalize.waiting(reason);
  }

  @Override
  public void note(String sentence) {
    finalize.note(events != null ? sentence : "   " + sentence);
  }

  @Override
  public void warning(String sentence) {
    finalize.warning(sentence);
  }

  @Override
  public void completed() {
    finalize.completed();
  }

  @Override
  public void ended() {
    finalize.ended();
  }

  public void result(MigrateResult r) {
    if (events != null) {
      events.result(r.dryRun() ? "dry_run" : r.failure() == null ? "finished" : "failed", null, false, json(r));
      return;
    }
    if (output.json()) {
      JsonNodes.print(output.out(), json(r));
      return;
    }
    PrintWriter out = output.out();
    String where = "database " + r.database() + " (" + r.databaseName() + ")";
    if (r.dryRun()) {
      dryRun(r, where, out);
    } else {
      if (!r.createdTables().isEmpty()) {
        out.println("Created the missing bookkeeping tables with GitLab's 17.6+ DDL on " + where + ": "
            + String.join(", ", r.createdTables()) + ".");
      }
      if (!r.applied().isEmpty()) {
        out.println("Migrated " + r.applied().size() + " file(s) on " + where + (r.failure() == null ? "."
            : " before the error."));
      } else if (r.failure() == null) {
        out.println("Nothing to migrate on " + where + ": " + r.upToDate() + " migration(s) up.");
      }
    }
    if (!r.skippedPostDeployment().isEmpty()) {
      out.println(r.skippedPostDeployment().size() + " post-deployment migration(s) "
          + (r.dryRun() ? "would be " : "") + "left down (SKIP_POST_DEPLOYMENT_MIGRATIONS is set): "
          + String.join(", ", r.skippedPostDeployment().stream().map(MigrationFile::version).toList()));
    }
    out.flush();
  }

  private static void dryRun(MigrateResult r, String where, PrintWriter out) {
    out.println("Dry run on " + where + "; nothing is changed.");
    if (!r.createdTables().isEmpty()) {
      out.println("Would create the missing bookkeeping tables with GitLab's 17.6+ DDL: "
          + String.join(", ", r.createdTables()));
    }
    if (r.plan().isEmpty()) {
      out.println("Nothing to migrate: " + r.upToDate() + " migration(s) up.");
    }
    for (MigrateResult.Planned p : r.plan()) {
      out.println();
      out.println(announce(p.file(), p.transaction() ? "would run in one transaction"
          : "would run without a transaction"));
      out.println("   (" + p.file().path() + ")");
      for (String step : p.steps()) {
        out.println(step.strip().indent(2).stripTrailing());
      }
    }
  }

  static ObjectNode json(MigrateResult r) {
    ObjectNode n = JsonNodes.object();
    n.put("database", r.database());
    n.put("database_name", r.databaseName());
    n.put("dry_run", r.dryRun());
    ArrayNode created = n.putArray("created_tables");
    r.createdTables().forEach(created::add);
    ArrayNode applied = n.putArray("applied");
    for (MigrateResult.Applied a : r.applied()) {
      ObjectNode m = file(applied.addObject(), a.file());
      m.put("seconds", JsonNodes.seconds(a.took()));
    }
    ArrayNode skipped = n.putArray("skipped_post_deployment");
    r.skippedPostDeployment().forEach(f -> file(skipped.addObject(), f));
    n.put("up_to_date", r.upToDate());
    if (!r.dryRun()) {
      n.putNull("plan");
    } else {
      ArrayNode plan = n.putArray("plan");
      for (MigrateResult.Planned p : r.plan()) {
        ObjectNode m = file(plan.addObject(), p.file());
        m.put("transaction", p.transaction());
        ArrayNode steps = m.putArray("steps");
        p.steps().forEach(steps::add);
      }
    }
    if (r.failure() == null) {
      n.putNull("error");
    } else {
      ObjectNode e = n.putObject("error");
      if (r.failure().file() != null) {
        file(e, r.failure().file());
      } else {
        e.putNull("version").putNull("name").putNull("file").putNull("post_deployment");
      }
      e.put("message", r.failure().message());
    }
    n.put("exit_code", r.exitCode().code());
    return n;
  }

  private static ObjectNode file(ObjectNode n, MigrationFile f) {
    n.put("version", f.version());
    n.put("name", f.humanizedName());
    n.put("file", f.path().toString());
    n.put("post_deployment", f.postDeployment());
    return n;
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.4fs", d.toNanos() / 1e9);
  }
}
