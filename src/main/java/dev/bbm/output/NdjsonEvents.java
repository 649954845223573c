package dev.bbm.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/**
 * {@code --format ndjson}: one JSON object per line on stdout, each with {@code event}, {@code time}
 * (ISO-8601, UTC) and, for the events of one migration, {@code migration}. docs/json.md and
 * docs/schema/events.json describe every event.
 */
public final class NdjsonEvents {
  private final PrintWriter out;

  public NdjsonEvents(PrintWriter out) {
    this.out = out;
  }

  /** Writes one event; {@code fill} adds its own fields after the common ones. */
  public void emit(String event, String migration, boolean withMigration, Consumer<ObjectNode> fill) {
    ObjectNode n = JsonNodes.object();
    n.put("event", event);
    n.put("time", now());
    if (withMigration) {
      n.put("migration", migration);
    }
    fill.accept(n);
    JsonNodes.printLine(out, n);
  }

  /** The last line: the result with the fields --json prints, under an event named after the outcome. */
  public void result(String event, String migration, boolean withMigration, ObjectNode result) {
    emit(event, migration, withMigration, n -> n.setAll(result));
  }

  /** A command that stopped with an error: the last line. */
  public void error(String message, int exitCode) {
    emit("error", null, false, n -> {
      n.put("message", message);
      n.put("exit_code", exitCode);
    });
  }

  static String now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
  }
}
