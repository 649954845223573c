package dev.bbm.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bbm.jobs.KnownClass;
import java.io.PrintWriter;
import java.util.List;

/** Renders bbm jobs list: a table, or JSON with one object per class. */
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
}
