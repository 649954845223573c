package dev.bbm.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;

/**
 * A command that stops with an error under --json or --format ndjson still leaves one JSON
 * document (or a last NDJSON event) on stdout, so a script reading it never gets nothing.
 */
public final class ErrorRenderer {
  private ErrorRenderer() {}

  /** {@code {"error": "...", "exit_code": N}} */
  public static void json(PrintWriter out, String message, int exitCode) {
    ObjectNode n = JsonNodes.object();
    n.put("error", message);
    n.put("exit_code", exitCode);
    JsonNodes.print(out, n);
  }

  /** {@code {"event": "error", "time": "...", "message": "...", "exit_code": N}} */
  public static void ndjson(PrintWriter out, String message, int exitCode) {
    new NdjsonEvents(out).error(message, exitCode);
  }
}
