package dev.bbm.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bbm.engine.RetryResult;
import java.io.PrintWriter;

/** Renders bbm retry: the jobs made retriable, then the finalize result if one ran. */
public final class RetryRenderer {
  private final Output output;
  private final FinalizeRenderer finalizeRenderer;

  public RetryRenderer(Output output, FinalizeRenderer finalizeRenderer) {
    this.output = output;
    this.finalizeRenderer = finalizeRenderer;
  }

  public void render(RetryResult r) {
    if (output.ndjson()) {
      String event = r.finalized() != null ? FinalizeRenderer.event(r.finalized()) : r.dryRun() ? "dry_run" : "retried";
      new NdjsonEvents(output.out()).result(event, r.migration().displayId(), true, json(r));
      return;
    }
    if (output.json()) {
      JsonNodes.print(output.out(), json(r));
      return;
    }
    PrintWriter out = output.out();
    out.println((r.dryRun() ? "Would retry " : "Retried ") + r.migration().displayId() + ":");
    r.changes().forEach(c -> out.println("  " + c));
    if (r.dryRun()) {
      out.println("dry run: nothing was changed");
    }
    out.flush();
    if (r.finalized() != null) {
      finalizeRenderer.result(r.finalized());
    }
  }

  private static ObjectNode json(RetryResult r) {
    ObjectNode n = JsonNodes.object();
    n.put("id", r.migration().displayId());
    n.put("status", r.migration().status().label());
    n.put("dry_run", r.dryRun());
    ArrayNode changes = n.putArray("changes");
    r.changes().forEach(changes::add);
    if (r.finalized() != null) {
      n.set("finalize", FinalizeRenderer.json(r.finalized()));
    } else {
      n.putNull("finalize");
    }
    return n;
  }
}
