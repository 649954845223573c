package dev.bbm.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.engine.StatusChangeResult;
import java.io.PrintWriter;

/** Renders pause and resume: GitLab's "Done." naming the migration and its new status, or JSON. */
public final class StatusChangeRenderer {
  private final Output output;

  public StatusChangeRenderer(Output output) {
    this.output = output;
  }

  public void result(StatusChangeResult r) {
    if (output.json()) {
      JsonNodes.print(output.out(), json(r));
      return;
    }
    PrintWriter out = output.out();
    BatchedMigration before = r.before();
    if (r.dryRun()) {
      out.println("Would " + r.action().verb() + " " + before.displayId() + " (" + before.configurationText() + "): "
          + before.status().label() + " -> " + r.action().to().label() + ".");
      r.sql().forEach(s -> out.println("  " + s));
      out.println("dry run: nothing was changed");
    } else {
      BatchedMigration after = r.after();
      out.println(output.paint("Done.", "32") + " " + after.displayId() + " (" + after.configurationText()
          + ") is now " + after.status().label() + " (was " + before.status().label() + ").");
    }
    out.flush();
  }

  private static ObjectNode json(StatusChangeResult r) {
    ObjectNode n = JsonNodes.object();
    n.put("outcome", r.dryRun() ? "dry_run" : r.action() == StatusChangeResult.Action.PAUSE ? "paused" : "resumed");
    n.put("action", r.action().verb());
    n.put("dry_run", r.dryRun());
    JsonNodes.putMigration(n, r.after());
    n.put("previous_status", r.before().status().label());
    n.put("new_status", r.action().to().label());
    n.put("started_at", JsonNodes.time(r.after().startedAt()));
    ArrayNode sql = n.putArray("sql");
    r.sql().forEach(sql::add);
    return n;
  }
}
