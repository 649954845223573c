package dev.bbm.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bbm.domain.BatchedJob;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.jobs.KnownClass;
import dev.bbm.jobs.Lookup;
import dev.bbm.jobs.Resolution;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.OffsetDateTime;

/** Builds JSON results with an explicit shape (documented in docs/json.md); the mapper is made on first use. */
final class JsonNodes {
  private static ObjectMapper mapper;

  private JsonNodes() {}

  static synchronized ObjectMapper mapper() {
    if (mapper == null) {
      mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
    return mapper;
  }

  static ObjectNode object() {
    return mapper().createObjectNode();
  }

  static ArrayNode array() {
    return mapper().createArrayNode();
  }

  /** Job arguments as stored (JSON text) become JSON, not a string. */
  static JsonNode raw(String jsonText) {
    try {
      return mapper().readTree(jsonText);
    } catch (Exception e) {
      return mapper().getNodeFactory().textNode(jsonText);
    }
  }

  static String time(OffsetDateTime t) {
    return t == null ? null : t.toString();
  }

  static double seconds(Duration d) {
    return Math.round(d.toMillis() / 10.0) / 100.0;
  }

  static void print(PrintWriter out, JsonNode node) {
    try {
      out.println(mapper().writeValueAsString(node));
      out.flush();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** One JSON document on one line (NDJSON), flushed at once. */
  static void printLine(PrintWriter out, JsonNode node) {
    try {
      String text = mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node);
      synchronized (out) {
        out.println(text);
        out.flush();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A migration's id, status and configuration, the fields every result about one migration has. */
  /** A job's range: min_value/max_value, or for a cursor job null values and its min_cursor/max_cursor. */
  static void putRange(ObjectNode n, BatchedJob job) {
    if (job.cursorBased()) {
      n.putNull("min_value");
      n.putNull("max_value");
      n.set("min_cursor", raw(job.cursor().min().json()));
      n.set("max_cursor", raw(job.cursor().max().json()));
    } else {
      n.put("min_value", job.minValue());
      n.put("max_value", job.maxValue());
    }
  }

  static void putMigration(ObjectNode n, BatchedMigration m) {
    n.put("id", m.displayId());
    n.put("status", m.status().label());
    n.put("job_class_name", m.jobClassName());
    n.put("table_name", m.tableName());
    n.put("column_name", m.columnName());
    n.set("job_arguments", raw(m.jobArgumentsJson()));
  }

  /**
   * How a job class resolves: {@code how} (native, user definition, shipped definition, gitlab source,
   * shipped index, or none when bbm cannot run it), the class, the class it runs as, the file read,
   * GitLab's declarations followed, and where bbm looked when it found nothing.
   */
  static ObjectNode resolution(Lookup l) {
    ObjectNode n = object();
    Resolution r = l.resolution();
    n.put("how", r == null ? "none" : r.how() == KnownClass.How.GENERIC_PARENT ? "shipped index" : r.how().label());
    n.put("class", l.name());
    n.put("runs_as", r == null ? null : r.runsAs());
    n.put("file", r == null ? null : r.file());
    n.put("sentence", r == null ? null : r.sentence());
    ArrayNode chain = n.putArray("chain");
    if (r != null) {
      r.chain().forEach(s -> chain.addObject().put("class", s.name()).put("parent", s.parent()).put("file", s.file()));
    }
    ArrayNode looked = n.putArray("looked");
    l.looked().forEach(looked::add);
    return n;
  }
}
